import type { EventHandlers } from "./process-event";
import { accountUpdated } from "./handlers/account-updated";

/** Events of connected accounts (the Connect endpoint), one handler per type. */
export const connectHandlers: EventHandlers = {
  "account.updated": accountUpdated,
};
