import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { parseError, parseNotice } from "@/lib/admin/schemas";

/** The one-off message an admin action left in the address (?notice=… or ?error=…, with ?shop=). */
export function FlashMessage({ params }: { params: Record<string, string | string[] | undefined>; }) {
  const t = useTranslations("adminArea");
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const shop = (single(params.shop) ?? "").slice(0, 120);
  const error = parseError(single(params.error));
  if (error) return <Alert tone="error">{t(`errors.${error}`)}</Alert>;
  const notice = parseNotice(single(params.notice));
  if (notice) return <Alert tone={notice === "suspended" ? "warning" : "success"}>{t(`notices.${notice}`, { shop })}</Alert>;
  return null;
}
