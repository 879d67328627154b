import { useTranslations } from "next-intl";
import type { SubscriptionStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<SubscriptionStatus, BadgeTone> = {
  ACTIVE: "success",
  PAST_DUE: "warning",
  UNPAID: "danger",
  CANCELED: "neutral",
  INCOMPLETE: "neutral",
  PAUSED: "info",
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus; }) {
  const t = useTranslations("subscriptions.status");
  return <Badge tone={TONE[status]}>{t(`${status}`)}</Badge>;
}
