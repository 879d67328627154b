"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/?signedOut=1" })}
      className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-stone-100"
    >
      {label}
    </button>
  );
}
