import type { SubscriptionStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Messages } from "@/lib/i18n/messages";

const TONE: Record<SubscriptionStatus, BadgeTone> = {
  ACTIVE: "success",
  PAST_DUE: "warning",
  UNPAID: "danger",
  CANCELED: "neutral",
  INCOMPLETE: "neutral",
  PAUSED: "info",
};

export function SubscriptionStatusBadge({ status, t }: { status: SubscriptionStatus; t: Messages["subscriptions"]["status"] }) {
  return <Badge tone={TONE[status]}>{t[status]}</Badge>;
}
