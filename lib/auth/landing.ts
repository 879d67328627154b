import type { Role } from "@/generated/prisma/enums";

/** Where a sign-in without a requested page lands (GET /landing picks by the signed-in role). */
export const LANDING_PATH = "/landing";

/** Each role's home: sellers their dashboard, operators the admin overview, buyers the shop front. */
export function landingPathFor(role: Role | null | undefined): string {
  if (role === "SELLER") return "/seller";
  if (role === "ADMIN") return "/admin";
  return "/";
}
