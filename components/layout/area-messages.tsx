import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages, type ClientArea } from "@/lib/i18n/client-messages";
import { getLocale } from "@/lib/i18n/server";

/**
 * A route group's messages for its client components (lib/i18n/client-messages.ts), in place of the
 * root layout's below this point; locale, time zone and formats come from lib/i18n/request.ts.
 */
export async function AreaMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getLocale(), area)}>{children}</NextIntlClientProvider>;
}
