"use server";

import { redirect } from "next/navigation";
import { signOutThisBrowser } from "@/lib/auth/sign-out";

/** The header's "Sign out": a plain form post (no auth client code in the page), then the home page says so. */
export async function signOutAction(): Promise<void> {
  await signOutThisBrowser();
  redirect("/?signedOut=1");
}
