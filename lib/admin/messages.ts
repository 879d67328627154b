import type { Locale } from "@/lib/i18n/config";
import { messages, type Messages } from "@/lib/i18n/messages";

export type AdminMessages = Messages["adminArea"];

/** The admin area's strings in `locale`. */
export function adminMessages(locale: Locale): AdminMessages {
  return messages[locale].adminArea;
}
