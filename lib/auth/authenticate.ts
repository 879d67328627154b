import { db } from "@/lib/db";
import { signInSchema } from "@/lib/validations/auth";
import { verifyPassword } from "./password";
import { clearFailures, recordFailure, secondsUntilAllowed } from "./sign-in-throttle";
import type { Role } from "@/generated/prisma/enums";

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: Role; locale: string | null };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password. Unknown email and wrong password give the same answer and take
 * the same time; repeated failures are slowed down per email and per client address
 * (`client`, lib/auth/sign-in-throttle.ts).
 */
export async function authenticate(input: unknown, client = "unknown"): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_credentials" };
  const { email, password } = parsed.data;

  const wait = await secondsUntilAllowed(email, client);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, locale: true, passwordHash: true },
  });
  if (!(await verifyPassword(password, user?.passwordHash)) || !user) {
    await recordFailure(email, client);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearFailures(email, client);
  const { passwordHash: _hash, ...safeUser } = user;
  return { ok: true, user: safeUser };
}
