import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { elision } from "@/lib/i18n/elision";

type FormAction = (form: FormData) => Promise<void>;

/**
 * Re-sync, suspend and reinstate buttons for one shop: plain form posts to the server actions the
 * page passes in (components hold no data access), which redirect back to `returnTo` with a message.
 */
export function ShopActions({
  shop,
  hasAccount,
  returnTo,
  actions,
}: {
  shop: { id: string; name: string; status: "ACTIVE" | "SUSPENDED" };
  hasAccount: boolean;
  returnTo: string;
  actions: { resync: FormAction; suspend: FormAction; reinstate: FormAction };
}) {
  const t = useTranslations("adminArea.accounts");
  const hidden = (
    <>
      <input type="hidden" name="shopId" value={shop.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  return (
    <div className="flex flex-col items-start gap-2">
      {hasAccount && (
        <form action={actions.resync}>
          {hidden}
          <Button type="submit" variant="secondary" className="whitespace-nowrap px-3 py-1.5 text-xs" aria-label={t("resyncLabel", { shop: shop.name, shopStart: elision(shop.name) })}>
            {t("resync")}
          </Button>
        </form>
      )}
      {shop.status === "ACTIVE" ? (
        <form action={actions.suspend}>
          {hidden}
          <Button type="submit" variant="danger" className="whitespace-nowrap px-3 py-1.5 text-xs" aria-label={t("suspendLabel", { shop: shop.name })}>
            {t("suspend")}
          </Button>
        </form>
      ) : (
        <form action={actions.reinstate}>
          {hidden}
          <Button type="submit" variant="primary" className="whitespace-nowrap px-3 py-1.5 text-xs" aria-label={t("reinstateLabel", { shop: shop.name })}>
            {t("reinstate")}
          </Button>
        </form>
      )}
    </div>
  );
}
