import { csvResponse } from "@/lib/admin/csv";
import { dayString, ledgerCsv, parseLedgerFilters } from "@/lib/admin/ledger";
import { requireAdmin } from "@/lib/auth/session";

// Always read at request time: an export is of the ledger as it is now.
export const dynamic = "force-dynamic";

/** The fee ledger as CSV, with the page's filters (?shop=&from=&to=). Admins only; 404 to anyone else. */
export async function GET(request: Request) {
  await requireAdmin();
  const filters = parseLedgerFilters(Object.fromEntries(new URL(request.url).searchParams));
  const period = [filters.from && dayString(filters.from), filters.to && dayString(filters.to)].filter(Boolean).join("_");
  return csvResponse(`comptoir-fee-ledger${period ? `-${period}` : ""}.csv`, ledgerCsv(filters));
}
