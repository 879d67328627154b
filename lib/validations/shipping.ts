import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { amountStep, MAX_CHARGE_MINOR } from "@/lib/money/currencies";
import { parseAmountToMinor } from "@/lib/money/parse-amount";

// Error messages are message keys of messages.shipping.errors (lib/i18n/messages/shipping.ts).

/** An amount typed in the form (shop currency, seller's locale): 0 allowed, at most Stripe's maximum. */
function amountField(currency: string, locale: Locale | undefined, required: boolean) {
  return z.string({ error: "amountInvalid" }).transform((text, ctx) => {
    const trimmed = text.trim();
    if (trimmed === "") {
      if (required) ctx.addIssue({ code: "custom", message: "amountRequired" });
      return required ? z.NEVER : null;
    }
    if (/^0+([.,]0*)?$/.test(trimmed)) return 0;
    const parsed = parseAmountToMinor(trimmed, currency, locale);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error === "tooLarge" ? "amountTooLarge" : "amountInvalid" });
      return z.NEVER;
    }
    return parsed.amount;
  });
}

/** Minor units from a trusted caller (tests, seed): a non-negative integer, a multiple of the currency's step. */
export function minorAmountSchema(currency: string) {
  return z
    .number()
    .int("amountInvalid")
    .min(0, "amountInvalid")
    .max(MAX_CHARGE_MINOR, "amountTooLarge")
    .refine((n) => n % amountStep(currency) === 0, { error: "amountInvalid" });
}

const REGIONS = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** A two-letter ISO country code Intl knows (buyers can live anywhere, not only in Connect countries). */
function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && REGIONS.of(code) !== undefined;
}

export const shipsToSchema = z
  .array(z.string().trim().toUpperCase().refine(isCountryCode, { error: "countryUnsupported" }))
  .min(1, "countryRequired")
  .max(60, "tooManyCountries")
  .transform((list) => [...new Set(list)].sort());

/** The shop's shipping settings form: countries shipped to, flat rate and free-shipping threshold in its currency. */
export function shippingSettingsSchema(currency: string, locale?: Locale) {
  return z
    .object({
      shipsTo: shipsToSchema,
      flatAmount: amountField(currency, locale, true),
      freeAbove: amountField(currency, locale, false),
    })
    .transform((v) => ({ shipsTo: v.shipsTo, flatAmount: v.flatAmount as number, freeAbove: v.freeAbove }));
}

/** The same settings in minor units (server code and tests). */
export function shippingSettingsMinorSchema(currency: string) {
  return z.object({ shipsTo: shipsToSchema, flatAmount: minorAmountSchema(currency), freeAbove: minorAmountSchema(currency).nullable() });
}

export type ShippingSettings = { shipsTo: string[]; flatAmount: number; freeAbove: number | null };
export const feeBaseSchema = z.enum(["goods", "total"], { error: "feeBaseInvalid" });
export type FeeBase = z.output<typeof feeBaseSchema>;

export const fulfilmentSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("SHIPPED"),
    carrier: z.string({ error: "carrierRequired" }).trim().min(1, "carrierRequired").max(60, "carrierTooLong"),
    trackingNumber: z.string({ error: "trackingRequired" }).trim().min(1, "trackingRequired").max(80, "trackingTooLong"),
  }),
  z.object({ status: z.literal("DELIVERED") }),
  z.object({ status: z.literal("READY_FOR_PICKUP") }),
]);
export type FulfilmentInput = z.output<typeof fulfilmentSchema>;

/**
 * The delivery address typed on our payment page (Payment Element experience): the country must
 * be one the order was planned for (the shop's countries when the attempt started).
 */
export function deliveryAddressSchema(allowedCountries: string[]) {
  const text = (max: number, required: string, tooLong: string) => z.string({ error: required }).trim().min(1, required).max(max, tooLong);
  return z
    .object({
      name: text(100, "nameRequired", "nameTooLong"),
      line1: text(200, "line1Required", "lineTooLong"),
      line2: z.string().trim().max(200, "lineTooLong").optional().default(""),
      postalCode: text(20, "postalCodeRequired", "postalCodeInvalid").regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "postalCodeInvalid"),
      city: text(100, "cityRequired", "cityTooLong"),
      country: z
        .string({ error: "countryRequired" })
        .trim()
        .toUpperCase()
        .refine((code) => allowedCountries.includes(code), { error: "countryNotShipped" }),
    })
    .strict();
}
export type DeliveryAddressInput = z.input<ReturnType<typeof deliveryAddressSchema>>;
