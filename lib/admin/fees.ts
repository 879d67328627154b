import { z } from "zod";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { parseAmountToMinor } from "@/lib/money/parse-amount";

/** Bounds of the fee settings: at most 100 % and at most 10 000 minor units (100,00 €). */
export const MAX_FEE_BPS = 10_000;
export const MAX_FEE_FIXED = 10_000;
/** The platform's fixed fee is typed and shown in euros. */
export const PLATFORM_FEE_CURRENCY = "eur";

export type FeeFieldError = "bpsInvalid" | "bpsRange" | "fixedInvalid" | "fixedDecimals" | "fixedRange" | "overrideEmpty" | "shopNotFound";
export type FeeFormErrors = Partial<Record<"feeBps" | "feeFixed" | "form", FeeFieldError>>;
export type FeeUpdateResult = { ok: true } | { ok: false; errors: FeeFormErrors };

const bpsSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "bpsInvalid")
  .transform(Number)
  .pipe(z.number().int().min(0, "bpsRange").max(MAX_FEE_BPS, "bpsRange"));

/**
 * A fixed amount typed as a decimal ("0,30", "0.30", "1"), read into minor units of `currency`
 * with parseAmountToMinor; zero is allowed here (no fixed part), a negative amount is not.
 */
export function parseFixedFee(text: string, currency: string, locale?: Locale): { ok: true; amount: number } | { ok: false; error: FeeFieldError } {
  const trimmed = text.trim();
  if (/^[-\u2212]/.test(trimmed)) return { ok: false, error: "fixedRange" };
  const parsed = parseAmountToMinor(trimmed, currency, locale);
  if (!parsed.ok) {
    if (parsed.error === "notPositive") return { ok: true, amount: 0 };
    if (parsed.error === "tooManyDecimals") return { ok: false, error: "fixedDecimals" };
    if (parsed.error === "tooLarge") return { ok: false, error: "fixedRange" };
    return { ok: false, error: "fixedInvalid" };
  }
  if (parsed.amount > MAX_FEE_FIXED) return { ok: false, error: "fixedRange" };
  return { ok: true, amount: parsed.amount };
}

const platformFeesSchema = z.object({ feeBps: z.string().max(32), feeFixed: z.string().max(32) });
const overrideSchema = z.object({ shopId: z.string().min(1).max(64), feeBps: z.string().max(32).default(""), feeFixed: z.string().max(32).default("") });

function firstIssue(error: z.ZodError): FeeFieldError {
  return (error.issues[0]?.message as FeeFieldError | undefined) ?? "bpsInvalid";
}

function readBps(text: string): { ok: true; value: number } | { ok: false; error: FeeFieldError } {
  const parsed = bpsSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: firstIssue(parsed.error) };
}

export async function getPlatformFees() {
  const row = await db.platformSettings.findUnique({ where: { id: 1 } });
  return { feeBps: row?.feeBps ?? 0, feeFixed: row?.feeFixed ?? 0, updatedAt: row?.updatedAt ?? null };
}

/**
 * Changes the platform's default fee. Checkout reads the settings when it starts, so this applies
 * to new checkouts only: existing orders keep the fee they were created with.
 */
export async function updatePlatformFees(input: unknown, locale?: Locale): Promise<FeeUpdateResult> {
  const fields = platformFeesSchema.safeParse(input);
  if (!fields.success) return { ok: false, errors: { form: "bpsInvalid" } };
  const errors: FeeFormErrors = {};
  const bps = readBps(fields.data.feeBps);
  if (!bps.ok) errors.feeBps = bps.error;
  const fixed = parseFixedFee(fields.data.feeFixed, PLATFORM_FEE_CURRENCY, locale);
  if (!fixed.ok) errors.feeFixed = fixed.error;
  if (!bps.ok || !fixed.ok) return { ok: false, errors };
  const data = { feeBps: bps.value, feeFixed: fixed.amount };
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  return { ok: true };
}

/**
 * Sets a shop's own fee. Each field may be left empty to keep the platform's value for it (that is
 * how checkout reads it, field by field); at least one must be given. The fixed part is typed in
 * the shop's currency, the one its orders are charged in.
 */
export async function setShopFeeOverride(input: unknown, locale?: Locale): Promise<FeeUpdateResult> {
  const fields = overrideSchema.safeParse(input);
  if (!fields.success) return { ok: false, errors: { form: "shopNotFound" } };
  const { shopId, feeBps, feeFixed } = fields.data;
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { id: true, currency: true } });
  if (!shop) return { ok: false, errors: { form: "shopNotFound" } };
  if (feeBps.trim() === "" && feeFixed.trim() === "") return { ok: false, errors: { form: "overrideEmpty" } };

  const errors: FeeFormErrors = {};
  let bps: number | null = null;
  let fixed: number | null = null;
  if (feeBps.trim() !== "") {
    const read = readBps(feeBps);
    if (read.ok) bps = read.value;
    else errors.feeBps = read.error;
  }
  if (feeFixed.trim() !== "") {
    const read = parseFixedFee(feeFixed, shop.currency, locale);
    if (read.ok) fixed = read.amount;
    else errors.feeFixed = read.error;
  }
  if (errors.feeBps || errors.feeFixed) return { ok: false, errors };
  await db.shop.update({ where: { id: shop.id }, data: { feeBps: bps, feeFixed: fixed } });
  return { ok: true };
}

/** Back to the platform's settings for the shop's new checkouts. */
export async function clearShopFeeOverride(shopId: string): Promise<boolean> {
  const result = await db.shop.updateMany({ where: { id: shopId }, data: { feeBps: null, feeFixed: null } });
  return result.count > 0;
}

export type ShopFeeRow = {
  id: string;
  name: string;
  slug: string;
  currency: string;
  feeBps: number | null;
  feeFixed: number | null;
  effectiveBps: number;
  effectiveFixed: number;
};

export const SHOP_FEES_PAGE_SIZE = 20;

/**
 * Shops with their override (if any) and the fee their next checkout will use, a page at a time,
 * optionally only those with an override or matching a name.
 */
export async function listShopFees(options: { q?: string; overridesOnly?: boolean; page?: number } = {}) {
  const q = options.q?.trim();
  const where = {
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { slug: { contains: q.toLowerCase() } }] } : {}),
    ...(options.overridesOnly ? { NOT: { feeBps: null, feeFixed: null } } : {}),
  };
  const [platform, total] = await Promise.all([getPlatformFees(), db.shop.count({ where })]);
  const pages = Math.max(1, Math.ceil(total / SHOP_FEES_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const shops = await db.shop.findMany({
    where,
    select: { id: true, name: true, slug: true, currency: true, feeBps: true, feeFixed: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * SHOP_FEES_PAGE_SIZE,
    take: SHOP_FEES_PAGE_SIZE,
  });
  const rows: ShopFeeRow[] = shops.map((shop) => ({
    ...shop,
    effectiveBps: shop.feeBps ?? platform.feeBps,
    effectiveFixed: shop.feeFixed ?? platform.feeFixed,
  }));
  return { rows, total, page, pages };
}

/** "5 %", "2,5 %", "12,34 %": basis points as a percentage, in the reader's language. */
export function formatBps(bps: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 }).format(bps / 100)} %`;
}
