import type { Locale } from "@/lib/i18n/config";
import { inputDecimals, MAX_CHARGE_MINOR, minorUnitDecimals } from "./currencies";

/** Stripe's ceiling for one amount (see lib/money/currencies.ts). */
export const MAX_AMOUNT_MINOR = MAX_CHARGE_MINOR;

export type ParseAmountError = "invalid" | "tooManyDecimals" | "notPositive" | "tooLarge";

export type ParseAmountResult = { ok: true; amount: number } | { ok: false; error: ParseAmountError };

// Spaces a person or a copied formatted amount may use between thousands: space, no-break space,
// narrow no-break space (what Intl writes in French), thin space.
const SPACES = /[ \u00a0\u202f\u2009]/;
const MINUS = /^[-\u2212]/;
const DECIMAL_SYMBOL: Record<Locale, "," | "."> = { fr: ",", en: "." };

const fail = (error: ParseAmountError): ParseAmountResult => ({ ok: false, error });

/** "1 234", "1.234", "1,234,567": a first group of 1 to 3 digits, then groups of exactly 3. */
function ungroup(integer: string, separator: "space" | "," | "."): string | null {
  const groups = separator === "space" ? integer.split(SPACES) : integer.split(separator);
  if (groups.length === 1) return /^\d+$/.test(integer) ? integer : null;
  const [first = "", ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join("");
}

/** The integer part's grouping separator, or null when it has none; "mixed" when several kinds. */
function groupingOf(integer: string): "space" | "," | "." | "mixed" | null {
  const kinds = new Set<"space" | "," | ".">();
  for (const char of integer) {
    if (char === "," || char === ".") kinds.add(char);
    else if (SPACES.test(char)) kinds.add("space");
  }
  if (kinds.size > 1) return "mixed";
  return kinds.values().next().value ?? null;
}

/**
 * Splits a typed amount into its integer digits and its fraction digits, without any float.
 * Returns null when the text is not an amount, or when it is ambiguous and no locale settles it.
 */
function split(body: string, locale: Locale | undefined): { integer: string; fraction: string } | null {
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  let decimal: "," | "." | null = null;

  if (commas > 0 && dots > 0) {
    // Both symbols: the last one is the decimal separator and must appear once.
    decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    if ((decimal === "," ? commas : dots) !== 1) return null;
  } else if (commas + dots === 1) {
    const symbol = commas === 1 ? "," : ".";
    const after = body.slice(body.indexOf(symbol) + 1);
    if (after.length === 3 && /^\d{3}$/.test(after)) {
      // "1,234" or "1.500": a thousands separator in one language, a decimal separator in the
      // other. Only the seller's locale can tell; without it the amount is refused.
      if (!locale) return null;
      decimal = symbol === DECIMAL_SYMBOL[locale] ? symbol : null;
    } else {
      // Followed by 1-2 digits (or 4 and more, which can only be decimals): the decimal separator.
      decimal = symbol;
    }
  }
  // Otherwise no symbol, or the same symbol several times: thousands separators only.

  const [integerText = "", fraction = "", ...extra] = decimal ? body.split(decimal) : [body];
  if (extra.length > 0) return null;
  if (decimal && !/^\d+$/.test(fraction)) return null;
  if (integerText === "" && !decimal) return null;

  const grouping = groupingOf(integerText);
  if (grouping === "mixed" || (grouping !== null && grouping === decimal)) return null;
  const integer = integerText === "" ? "0" : grouping ? ungroup(integerText, grouping) : integerText;
  if (integer === null || !/^\d+$/.test(integer)) return null;
  return { integer, fraction };
}

/**
 * Reads a price typed by a seller ("24,50", "24.50", "1 234,56", "1,234.56", "1500") into an
 * integer of the currency's minor unit. A single "," or "." followed by one or two digits is the
 * decimal separator; thousands are grouped by spaces or by the other symbol, in groups of three.
 * "1,234" and "1.234" are read with the locale's decimal symbol (French ",", English ".").
 * Integer arithmetic only: the digits are concatenated, never multiplied as floats.
 */
export function parseAmountToMinor(input: string, currency: string, locale?: Locale): ParseAmountResult {
  let text = input.trim();
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1).trimStart();
  if (text === "" || !/^[\d.,]/.test(text) || !/^[\d., \u00a0\u202f\u2009]+$/.test(text) || !/\d$/.test(text)) {
    return fail("invalid");
  }

  const parts = split(text, locale);
  if (!parts) return fail("invalid");
  // What a person may type (HUF: whole forints; KWD: two decimals), padded to Stripe's minor unit,
  // so the amount is always a multiple of the currency's step.
  if (parts.fraction.length > inputDecimals(currency)) return fail("tooManyDecimals");
  if (negative) return fail("notPositive");

  const digits = (parts.integer + parts.fraction.padEnd(minorUnitDecimals(currency), "0")).replace(/^0+/, "");
  if (digits === "") return fail("notPositive");
  // Compared as text first, so a huge amount never goes through an imprecise number.
  if (digits.length > String(MAX_AMOUNT_MINOR).length) return fail("tooLarge");
  const amount = Number(digits);
  if (amount > MAX_AMOUNT_MINOR) return fail("tooLarge");
  return { ok: true, amount };
}

/**
 * An amount in minor units as a seller would type it back, for the edit form: no thousands
 * separator, the locale's decimal symbol (2450 eur fr -> "24,50"; 1500 jpy -> "1500"; 150000 huf
 * -> "1500"). Decimals beyond what may be typed are shown only when they are not zero.
 */
export function formatAmountForInput(minor: number, currency: string, locale: Locale): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`);
  const decimals = minorUnitDecimals(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  if (decimals === 0) return sign + digits;
  let fraction = digits.slice(-decimals);
  while (fraction.length > inputDecimals(currency) && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return `${sign}${digits.slice(0, -decimals)}${fraction ? DECIMAL_SYMBOL[locale] + fraction : ""}`;
}
