"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { registerUser, type RegisterResult, type SignUpInput } from "@/lib/auth/register";
import { getLocale } from "@/lib/i18n/server";

/** Creates the account; the form then signs in with the same credentials through next-auth. */
export async function signUpAction(input: SignUpInput): Promise<RegisterResult> {
  return registerUser(input, await getLocale(), clientAddress(await headers()));
}
