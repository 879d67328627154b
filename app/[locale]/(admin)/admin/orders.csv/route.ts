import { csvResponse } from "@/lib/admin/csv";
import { dayString, parseLedgerFilters } from "@/lib/admin/ledger";
import { ordersCsv } from "@/lib/admin/orders-export";
import { requireAdmin } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Every order as CSV (?shop=&from=&to= on the creation date). Admins only; 404 to anyone else. */
export async function GET(request: Request) {
  await requireAdmin();
  const filters = parseLedgerFilters(Object.fromEntries(new URL(request.url).searchParams));
  const period = [filters.from && dayString(filters.from), filters.to && dayString(filters.to)].filter(Boolean).join("_");
  return csvResponse(`comptoir-orders${period ? `-${period}` : ""}.csv`, ordersCsv(filters));
}
