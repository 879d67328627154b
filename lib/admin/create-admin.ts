import { randomBytes } from "node:crypto";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { emailSchema, passwordSchema } from "@/lib/validations/auth";

const inputSchema = z.object({ email: emailSchema, password: passwordSchema.optional() });

export type CreateAdminResult =
  | { ok: true; status: "created"; userId: string; email: string; generatedPassword: string | null }
  | { ok: true; status: "promoted" | "unchanged"; userId: string; email: string; generatedPassword: null }
  | { ok: false; error: "invalidEmail" | "passwordTooShort" | "passwordTooLong" };

/** 18 random bytes, URL-safe: 24 characters, shown once. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Makes `email` an administrator: promotes an existing user (keeping their password), or creates
 * the account with the given password or a generated one, which is returned so it can be shown
 * once (only its hash is stored).
 */
export async function createOrPromoteAdmin(input: { email: string; password?: string }): Promise<CreateAdminResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message;
    return { ok: false, error: code === "passwordTooShort" || code === "passwordTooLong" ? code : "invalidEmail" };
  }
  const { email, password } = parsed.data;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (existing) {
      if (existing.role === "ADMIN") return { ok: true, status: "unchanged", userId: existing.id, email, generatedPassword: null };
      await db.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
      return { ok: true, status: "promoted", userId: existing.id, email, generatedPassword: null };
    }
    const generatedPassword = password ? null : generatePassword();
    try {
      const user = await db.user.create({
        data: { email, role: "ADMIN", passwordHash: await hashPassword(password ?? generatedPassword!) },
        select: { id: true },
      });
      return { ok: true, status: "created", userId: user.id, email, generatedPassword };
    } catch (error) {
      // Created meanwhile (by a sign-up, say): promote it instead.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Could not create or promote ${email}`);
}
