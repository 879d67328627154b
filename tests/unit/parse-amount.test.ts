import { describe, expect, it } from "vitest";
import { currencyAffix } from "@/lib/money/currency-affix";
import { formatAmountForInput, MAX_AMOUNT_MINOR, parseAmountToMinor } from "@/lib/money/parse-amount";

const ok = (amount: number) => ({ ok: true, amount });
const error = (kind: string) => ({ ok: false, error: kind });

describe("parseAmountToMinor", () => {
  it.each([
    ["24,50", 2450],
    ["24.50", 2450],
    ["24", 2400],
    ["24,5", 2450],
    ["24.5", 2450],
    ["0,01", 1],
    ["1,23", 123],
    ["0.99", 99],
    [",50", 50],
    ["007", 700],
    ["  12,50  ", 1250],
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1\u202f234,56", 123456],
    ["1,234.56", 123456],
    ["1.234,56", 123456],
    ["12 345,67", 1234567],
    ["12.345,67", 1234567],
    ["12,345.67", 1234567],
    ["123 456", 12345600],
  ] as const)("reads %j in euros as %i cents", (input, expected) => {
    expect(parseAmountToMinor(input, "eur", "fr")).toEqual(ok(expected));
  });

  it("reads the same amounts whatever the locale when they are unambiguous", () => {
    for (const locale of ["fr", "en", undefined] as const) {
      expect(parseAmountToMinor("24,50", "eur", locale)).toEqual(ok(2450));
      expect(parseAmountToMinor("24.50", "eur", locale)).toEqual(ok(2450));
      expect(parseAmountToMinor("1 234,56", "eur", locale)).toEqual(ok(123456));
      expect(parseAmountToMinor("1,234.56", "eur", locale)).toEqual(ok(123456));
      expect(parseAmountToMinor("1,234,567.8", "usd", locale)).toEqual(error("tooLarge"));
      expect(parseAmountToMinor("12,345,678", "jpy", locale)).toEqual(ok(12345678));
      expect(parseAmountToMinor("12.345.678", "jpy", locale)).toEqual(ok(12345678));
    }
  });

  it("settles a lone separator before three digits with the locale, and refuses it without one", () => {
    // French: "," is the decimal symbol, so 1,234 € has too many decimals; "." groups thousands.
    expect(parseAmountToMinor("1,234", "eur", "fr")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1.234", "eur", "fr")).toEqual(ok(123400));
    // English: the other way round.
    expect(parseAmountToMinor("1,234", "eur", "en")).toEqual(ok(123400));
    expect(parseAmountToMinor("1.234", "eur", "en")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1,234", "eur")).toEqual(error("invalid"));
    expect(parseAmountToMinor("1.234", "eur")).toEqual(error("invalid"));
    // A three-decimal currency is typed with two (Stripe wants its last digit to be 0).
    expect(parseAmountToMinor("1,23", "kwd", "fr")).toEqual(ok(1230));
    expect(parseAmountToMinor("1,234", "kwd", "fr")).toEqual(error("tooManyDecimals"));
  });

  it("handles zero-decimal currencies such as the yen", () => {
    expect(parseAmountToMinor("1500", "jpy", "fr")).toEqual(ok(1500));
    expect(parseAmountToMinor("1 500", "jpy", "fr")).toEqual(ok(1500));
    expect(parseAmountToMinor("1,500", "jpy", "en")).toEqual(ok(1500));
    expect(parseAmountToMinor("1.500", "jpy", "fr")).toEqual(ok(1500));
    expect(parseAmountToMinor("1500,5", "jpy", "fr")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1500.50", "jpy", "en")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1500,0", "jpy", "fr")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1", "JPY", "fr")).toEqual(ok(1));
    expect(parseAmountToMinor("99999999", "jpy", "fr")).toEqual(ok(99_999_999));
    expect(parseAmountToMinor("100000000", "jpy", "fr")).toEqual(error("tooLarge"));
  });

  it("refuses more decimals than the currency has", () => {
    expect(parseAmountToMinor("24,505", "eur", "fr")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("24.5000", "eur", "en")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("1 234,567", "eur", "fr")).toEqual(error("tooManyDecimals"));
    expect(parseAmountToMinor("0,001", "eur", "fr")).toEqual(error("tooManyDecimals"));
  });

  it("refuses zero and negative amounts", () => {
    for (const input of ["0", "0,00", "0.0", "000", "-0", "-5", "-24,50", "\u221212", "- 3"]) {
      expect(parseAmountToMinor(input, "eur", "fr"), input).toEqual(error("notPositive"));
    }
    expect(parseAmountToMinor("0", "jpy", "fr")).toEqual(error("notPositive"));
  });

  it("refuses amounts above Stripe's 99 999 999 minor units", () => {
    expect(parseAmountToMinor("999 999,99", "eur", "fr")).toEqual(ok(MAX_AMOUNT_MINOR));
    expect(parseAmountToMinor("999999.99", "eur", "en")).toEqual(ok(99_999_999));
    expect(parseAmountToMinor("1 000 000", "eur", "fr")).toEqual(error("tooLarge"));
    expect(parseAmountToMinor("1000000,00", "eur", "fr")).toEqual(error("tooLarge"));
    expect(parseAmountToMinor("9".repeat(40), "eur", "fr")).toEqual(error("tooLarge"));
    expect(parseAmountToMinor("1" + "0".repeat(400), "eur", "fr")).toEqual(error("tooLarge"));
  });

  it.each([
    "",
    "   ",
    "abc",
    "12abc",
    "12 €",
    "€12",
    "1e3",
    "0x10",
    "+5",
    "Infinity",
    "NaN",
    "24,",
    "24.",
    ",",
    ".",
    "-",
    "12,34,56",
    "12.5.3",
    "1.2,3",
    "1 23,45",
    "1  234",
    "12 34",
    "1 234.567,89",
    "1,234.567,89",
    "1.234.56",
    "24 ,50",
    "24, 50",
    "24,5 0",
    "1_000",
    "١٢",
    "1\t000",
  ])("refuses %j as not an amount", (input) => {
    expect(parseAmountToMinor(input, "eur", "fr")).toEqual(error("invalid"));
    expect(parseAmountToMinor(input, "eur", "en")).toEqual(error("invalid"));
  });

  it("never goes through floats (amounts that floats get wrong)", () => {
    expect(parseAmountToMinor("0,29", "eur", "fr")).toEqual(ok(29));
    expect(parseAmountToMinor("1.15", "eur", "en")).toEqual(ok(115));
    expect(parseAmountToMinor("4,35", "eur", "fr")).toEqual(ok(435));
    expect(parseAmountToMinor("999999,99", "eur", "fr")).toEqual(ok(99_999_999));
  });
});

describe("formatAmountForInput", () => {
  it("writes minor units back with the locale's decimal symbol and no grouping", () => {
    expect(formatAmountForInput(2450, "eur", "fr")).toBe("24,50");
    expect(formatAmountForInput(2450, "eur", "en")).toBe("24.50");
    expect(formatAmountForInput(5, "eur", "fr")).toBe("0,05");
    expect(formatAmountForInput(123456, "eur", "fr")).toBe("1234,56");
    expect(formatAmountForInput(1500, "jpy", "fr")).toBe("1500");
    expect(formatAmountForInput(1234, "kwd", "en")).toBe("1.234");
    expect(formatAmountForInput(MAX_AMOUNT_MINOR, "eur", "fr")).toBe("999999,99");
  });

  it("round-trips through parseAmountToMinor", () => {
    for (const [amount, currency] of [[1, "eur"], [2450, "eur"], [99_999_999, "usd"], [1500, "jpy"], [100, "chf"]] as const) {
      for (const locale of ["fr", "en"] as const) {
        expect(parseAmountToMinor(formatAmountForInput(amount, currency, locale), currency, locale)).toEqual(ok(amount));
      }
    }
  });

  it("refuses what is not an integer", () => {
    expect(() => formatAmountForInput(24.5, "eur", "fr")).toThrow(RangeError);
  });
});

describe("currencyAffix", () => {
  it("places the currency as the locale writes it", () => {
    expect(currencyAffix("eur", "fr")).toEqual({ symbol: "€", code: "EUR", position: "suffix" });
    expect(currencyAffix("eur", "en")).toEqual({ symbol: "€", code: "EUR", position: "prefix" });
    expect(currencyAffix("jpy", "en").position).toBe("prefix");
    expect(currencyAffix("chf", "fr").symbol).toBe("CHF");
  });
});
