import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { parseAmountToMinor, type ParseAmountError } from "@/lib/money/parse-amount";
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_IMAGE_MAX_BYTES, PRODUCT_NAME_MAX, PRODUCT_STOCK_MAX } from "@/lib/products/limits";

// Error messages are message keys of messages.catalog.errors, so the form shows them in either language.

export { PRODUCT_DESCRIPTION_MAX, PRODUCT_IMAGE_MAX_BYTES, PRODUCT_NAME_MAX, PRODUCT_STOCK_MAX };

const PRICE_ERRORS: Record<ParseAmountError, string> = {
  invalid: "priceInvalid",
  tooManyDecimals: "priceTooManyDecimals",
  notPositive: "priceNotPositive",
  tooLarge: "priceTooLarge",
};

/** A price as typed in the form, read in the shop's currency and the seller's locale. */
export function priceSchema(currency: string, locale?: Locale) {
  return z.string({ error: "priceRequired" }).transform((text, ctx) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", message: "priceRequired" });
      return z.NEVER;
    }
    const parsed = parseAmountToMinor(text, currency, locale);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: PRICE_ERRORS[parsed.error] });
      return z.NEVER;
    }
    return parsed.amount;
  });
}

/** Stock as typed: empty means unlimited (null), else a whole number from 0 to PRODUCT_STOCK_MAX. */
export const stockSchema = z
  .union([z.string(), z.null(), z.undefined()], { error: "stockInvalid" })
  .transform((value, ctx) => {
    // Spaces are dropped so "1 000" reads as a thousand.
    const text = (value ?? "").replace(/[\s\u00a0\u202f]/g, "");
    if (text === "") return null;
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "stockInvalid" });
      return z.NEVER;
    }
    if (text.replace(/^0+/, "").length > String(PRODUCT_STOCK_MAX).length || Number(text) > PRODUCT_STOCK_MAX) {
      ctx.addIssue({ code: "custom", message: "stockTooLarge" });
      return z.NEVER;
    }
    return Number(text);
  });

/** Longest gap between two payments Stripe allows, per interval: one year. */
export const MAX_INTERVAL_COUNT = { week: 52, month: 12, year: 1 } as const;
export type RecurringIntervalName = keyof typeof MAX_INTERVAL_COUNT;

/**
 * Sold once (null) or by subscription: `billing=recurring` with an interval (week/month/year) and
 * how many of them between two payments. Error keys are in messages.subscriptions.errors.
 */
export const recurringSchema = z
  .object({
    billing: z.enum(["once", "recurring"]).optional(),
    interval: z.string().optional(),
    intervalCount: z.string().optional(),
  })
  .transform((value, ctx) => {
    if (value.billing !== "recurring") return null;
    const interval = value.interval as RecurringIntervalName;
    if (!(interval in MAX_INTERVAL_COUNT)) {
      ctx.addIssue({ code: "custom", message: "intervalInvalid" });
      return z.NEVER;
    }
    const text = (value.intervalCount ?? "1").trim() || "1";
    const count = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(count >= 1 && count <= MAX_INTERVAL_COUNT[interval])) {
      ctx.addIssue({ code: "custom", message: "intervalCountInvalid" });
      return z.NEVER;
    }
    return { interval, intervalCount: count };
  });

/** The product form's fields. The currency is never one of them: it is always the shop's. */
export function productSchema(currency: string, locale?: Locale) {
  return z.object({
    name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(PRODUCT_NAME_MAX, "nameTooLong"),
    description: z
      .string({ error: "descriptionTooLong" })
      .trim()
      .max(PRODUCT_DESCRIPTION_MAX, "descriptionTooLong")
      .optional()
      .transform((value) => value ?? ""),
    price: priceSchema(currency, locale),
    stock: stockSchema,
    // Digital / no delivery (issue 15): a cart of only these asks for no address.
    digital: z.boolean({ error: "digitalInvalid" }).optional().default(false),
    recurring: recurringSchema.optional().transform((value) => value ?? null),
  });
}

export type ProductInput = z.input<ReturnType<typeof productSchema>> & {
  /** The seller's locale, which settles "1,234" / "1.234" (see parseAmountToMinor). */
  locale?: Locale;
  /** On edit: drop the current image (ignored when a new image is sent). */
  removeImage?: boolean;
};
export type ProductData = z.output<ReturnType<typeof productSchema>>;
export type ProductField = "name" | "description" | "price" | "stock" | "image" | "recurring";
