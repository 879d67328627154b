import type { EventHandlers } from "./process-event";

/** The platform's own events (the platform endpoint). Fee ledger events arrive here. */
export const platformHandlers: EventHandlers = {};
