import type { RecurringInterval } from "@/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

/** "every 2 week(s)" in the page's language. */
export function everyLabel(t: Messages["subscriptions"], interval: RecurringInterval, count: number): string {
  return interpolate(t.every[interval], { count });
}
