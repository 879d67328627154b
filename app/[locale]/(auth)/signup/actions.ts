"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { registerUser, type RegisterResult } from "@/lib/auth/register";
import { getLocale } from "@/lib/i18n/server";

/** Creates the account; the form then signs in with the same credentials through next-auth. */
export async function signUpAction(input: {
  name?: string;
  email: string;
  password: string;
  role: string;
}): Promise<RegisterResult> {
  return registerUser(input, await getLocale(), clientAddress(await headers()));
}
