import type { Locale } from "@/lib/i18n/config";
import type { formats } from "@/lib/i18n/formats";
import type { Messages } from "@/lib/i18n/messages";

// Keys, namespaces and named formats are checked by TypeScript (a typo in t("…") fails the typecheck).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
