/**
 * The marketplace's business time zone (BUSINESS_TIME_ZONE, default Europe/Paris): every date shown
 * and every day/week/month boundary of the admin's reports are in it, whatever the server's zone.
 * Read from process.env directly (validated by lib/env.ts at start-up) so emails and scripts agree.
 */
export function businessTimeZone(): string {
  return process.env.BUSINESS_TIME_ZONE?.trim() || "Europe/Paris";
}
