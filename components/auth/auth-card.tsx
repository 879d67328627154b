import type { ReactNode } from "react";

export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md rounded-2xl border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-1 text-sm text-stone-600">{subtitle}</p>
      <div className="mt-8">{children}</div>
      <div className="mt-6 text-center text-sm text-stone-600">{footer}</div>
    </div>
  );
}
