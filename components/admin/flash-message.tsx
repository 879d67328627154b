import { Alert } from "@/components/ui/alert";
import type { AdminMessages } from "@/lib/admin/messages";
import { parseError, parseNotice } from "@/lib/admin/schemas";
import { interpolate } from "@/lib/i18n/format";

/** The one-off message an admin action left in the address (?notice=… or ?error=…, with ?shop=). */
export function FlashMessage({ params, t }: { params: Record<string, string | string[] | undefined>; t: AdminMessages }) {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const shop = (single(params.shop) ?? "").slice(0, 120);
  const error = parseError(single(params.error));
  if (error) return <Alert tone="error">{t.errors[error]}</Alert>;
  const notice = parseNotice(single(params.notice));
  if (notice) return <Alert tone={notice === "suspended" ? "warning" : "success"}>{interpolate(t.notices[notice], { shop })}</Alert>;
  return null;
}
