import type { EventHandlers } from "./process-event";
import { applicationFeeChanged } from "./handlers/application-fee";

/** The platform's own events (the platform endpoint). Fee ledger events arrive here. */
export const platformHandlers: EventHandlers = {
  "application_fee.created": applicationFeeChanged,
  "application_fee.refunded": applicationFeeChanged,
};
