import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { consume } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";
import { checkSlugAvailability } from "@/lib/shops/slug";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  slug: z.string({ error: "slug is required" }).trim().toLowerCase().min(1, "slug is required").max(200, "slug is too long"),
});

const noStore = { "Cache-Control": "no-store" };

/** GET ?slug= → { slug, available, reason? } for the shop form, to signed-in users only. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  const limit = await consume(POLICIES.slugCheckUser, user.id);
  if (!limit.ok) {
    return Response.json({ error: "too many checks" }, { status: 429, headers: { ...noStore, "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const parsed = querySchema.safeParse({ slug: new URL(request.url).searchParams.get("slug") ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message ?? "invalid query" }, { status: 400, headers: noStore });
  }
  const { slug } = parsed.data;
  return Response.json({ slug, ...(await checkSlugAvailability(slug)) }, { headers: noStore });
}
