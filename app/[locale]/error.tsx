"use client";

// Rendered when a page throws. It cannot read the server's locale, so it speaks both languages.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md py-20 text-center">
      <h1 className="text-2xl font-bold">Une erreur est survenue · Something went wrong</h1>
      <p className="mt-2 text-stone-600">Réessayez dans un instant. · Please try again in a moment.</p>
      <button onClick={reset} className="mt-8 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
        Réessayer · Try again
      </button>
    </div>
  );
}
