import { db } from "@/lib/db";
import { signUpSchema } from "@/lib/validations/auth";
import { hashPassword } from "./password";
import { enqueueExistingAccountEmail } from "./existing-account-email";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { consume } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";
import type { Locale } from "@/lib/i18n/config";

/** The sign-up form's fields as typed (checked by registerUser, not trusted). */
export type SignUpInput = { name?: string; email: string; password: string; role: string };

export type RegisterResult =
  | { ok: true }
  | { ok: false; fieldErrors: Partial<Record<"name" | "email" | "password" | "role", string>>; retryAfterSeconds?: number };

/**
 * Creates a buyer or seller account. The answer is the same whether or not the email already has
 * an account (its owner gets an email instead), so sign-up does not tell who is a member. Errors are message keys of messages.auth. Sign-ups are
 * limited per client address (lib/rate-limit/policies.ts); invalid forms are not counted.
 */
export async function registerUser(input: unknown, locale: Locale, client = "unknown"): Promise<RegisterResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "email");
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const { name, email, password, role } = parsed.data;
  const limit = await consume(POLICIES.signUpClient, client);
  if (!limit.ok) return { ok: false, fieldErrors: {}, retryAfterSeconds: limit.retryAfterSeconds };
  // Hashed first in both cases, so a known email answers as fast as a new one.
  const passwordHash = await hashPassword(password);
  try {
    await db.user.create({ data: { email, name, role, locale, passwordHash }, select: { id: true } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same answer as a new account: the address's owner is told by email instead.
    await enqueueExistingAccountEmail(email);
  }
  return { ok: true };
}
