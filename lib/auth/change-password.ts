import { z } from "zod";
import { db } from "@/lib/db";
import { passwordSchema } from "@/lib/validations/auth";
import { hashPassword, verifyPassword } from "./password";
import { revokeUserSessions } from "./sessions";
import { recordFailure, secondsUntilAllowed } from "./sign-in-throttle";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: passwordSchema });

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "invalidCredentials" | "passwordTooShort" | "passwordTooLong" }
  | { ok: false; error: "tooManyAttempts"; retryAfterSeconds: number };

/**
 * Changes a user's password after checking the current one, then signs every browser out
 * (a stolen session cookie must not outlive the password it was obtained with). Wrong current
 * passwords are throttled like failed sign-ins, so a session cannot be used to guess it.
 */
export async function changePassword(userId: string, input: unknown, client = "unknown"): Promise<ChangePasswordResult> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) {
    const code = parsed.error.issues.find((issue) => issue.path[0] === "newPassword")?.message;
    return { ok: false, error: code === "passwordTooShort" || code === "passwordTooLong" ? code : "invalidCredentials" };
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) return { ok: false, error: "invalidCredentials" };
  const wait = await secondsUntilAllowed(user.email, client);
  if (wait > 0) return { ok: false, error: "tooManyAttempts", retryAfterSeconds: wait };
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
    await recordFailure(user.email, client);
    return { ok: false, error: "invalidCredentials" };
  }
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(parsed.data.newPassword) } });
  await revokeUserSessions(userId);
  return { ok: true };
}
