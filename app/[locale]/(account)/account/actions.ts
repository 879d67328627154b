"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, type ChangePasswordResult } from "@/lib/auth/change-password";
import { requireUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";

/** Changes the password; every session ends, so the browser goes to sign in again. */
export async function changePasswordAction(input: { currentPassword: string; newPassword: string }): Promise<ChangePasswordResult> {
  const user = await requireUser("/account");
  const result = await changePassword(user.id, input, clientAddress(await headers()));
  if (result.ok) redirect("/signin?passwordChanged=1");
  return result;
}
