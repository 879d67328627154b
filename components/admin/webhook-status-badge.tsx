import { useTranslations } from "next-intl";
import type { StripeEventStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<StripeEventStatus, BadgeTone> = { PROCESSING: "info", PROCESSED: "success", IGNORED: "neutral", FAILED: "danger" };

export function WebhookStatusBadge({ status }: { status: StripeEventStatus; }) {
  const t = useTranslations("adminMoney.webhooks.status");
  return <Badge tone={tones[status]}>{t(`${status}`)}</Badge>;
}
