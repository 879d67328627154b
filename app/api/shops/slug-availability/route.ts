import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { checkSlugAvailability } from "@/lib/shops/slug";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  slug: z.string({ error: "slug is required" }).trim().toLowerCase().min(1, "slug is required").max(200, "slug is too long"),
});

const noStore = { "Cache-Control": "no-store" };

/** GET ?slug= → { slug, available, reason? } for the shop form, to signed-in users only. */
export async function GET(request: Request) {
  if (!(await getCurrentUser())) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  const parsed = querySchema.safeParse({ slug: new URL(request.url).searchParams.get("slug") ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message ?? "invalid query" }, { status: 400, headers: noStore });
  }
  const { slug } = parsed.data;
  return Response.json({ slug, ...(await checkSlugAvailability(slug)) }, { headers: noStore });
}
