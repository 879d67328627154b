import type { StripeEventStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AdminMoneyMessages } from "@/lib/i18n/messages/admin-money";

const tones: Record<StripeEventStatus, BadgeTone> = { PROCESSING: "info", PROCESSED: "success", IGNORED: "neutral", FAILED: "danger" };

export function WebhookStatusBadge({ status, t }: { status: StripeEventStatus; t: AdminMoneyMessages["webhooks"]["status"] }) {
  return <Badge tone={tones[status]}>{t[status]}</Badge>;
}
