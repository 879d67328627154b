/** An admin page's title and the sentence that says what it is for. */
export function AdminPageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="max-w-3xl text-sm text-stone-600">{intro}</p>
    </header>
  );
}
