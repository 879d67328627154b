export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex justify-center py-24">
      <span className="size-8 animate-spin rounded-full border-4 border-stone-200 border-t-brand-600" />
      <span className="sr-only">Chargement… · Loading…</span>
    </div>
  );
}
