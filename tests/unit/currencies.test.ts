import { describe, expect, it } from "vitest";
import { applicationFee } from "@/lib/fees/application-fee";
import { formatMoney } from "@/lib/i18n/format";
import { amountStep, chargeAmountProblem, inputDecimals, minimumCharge, minorUnitDecimals, roundToStep } from "@/lib/money/currencies";
import { formatAmountForInput, parseAmountToMinor } from "@/lib/money/parse-amount";
import { decimalsOf, formatAmount } from "@/stripe-emulator/src/domain/money";

const plain = (text: string) => text.replace(/[\s\u202f\u00a0]/g, " ");

describe("Stripe's currency rules", () => {
  it("counts minor units as Stripe does, not as Intl does", () => {
    expect(minorUnitDecimals("eur")).toBe(2);
    expect(minorUnitDecimals("jpy")).toBe(0);
    expect(minorUnitDecimals("huf")).toBe(2); // Intl says 0
    expect(minorUnitDecimals("twd")).toBe(2);
    expect(minorUnitDecimals("kwd")).toBe(3);
    // The emulator reads the same table.
    for (const currency of ["eur", "jpy", "huf", "twd", "kwd", "bhd", "krw"]) expect(decimalsOf(currency)).toBe(minorUnitDecimals(currency));
  });

  it("prices HUF in whole forints, three-decimal currencies in multiples of 10", () => {
    expect(parseAmountToMinor("1500", "huf", "fr")).toEqual({ ok: true, amount: 150_000 });
    expect(parseAmountToMinor("1500,50", "huf", "fr")).toEqual({ ok: false, error: "tooManyDecimals" });
    expect(parseAmountToMinor("5,12", "kwd", "fr")).toEqual({ ok: true, amount: 5120 });
    expect(parseAmountToMinor("5,125", "kwd", "fr")).toEqual({ ok: false, error: "tooManyDecimals" });
    expect(parseAmountToMinor("1500", "jpy", "en")).toEqual({ ok: true, amount: 1500 });
    expect(formatAmountForInput(150_000, "huf", "fr")).toBe("1500");
    expect(formatAmountForInput(5120, "kwd", "en")).toBe("5.12");
    expect([amountStep("huf"), amountStep("kwd"), amountStep("eur")]).toEqual([100, 10, 1]);
    expect([inputDecimals("huf"), inputDecimals("kwd"), inputDecimals("jpy")]).toEqual([0, 2, 0]);
  });

  it("displays through Intl from Stripe's minor units, in the app and the emulator", () => {
    expect(plain(formatMoney(150_000, "huf", "fr"))).toBe("1 500 HUF");
    expect(plain(formatAmount(150_000, "huf", "fr"))).toMatch(/^1 500(,00)? HUF$/);
    expect(formatMoney(1500, "jpy", "en")).toBe("JP¥1,500");
    expect(plain(formatMoney(5120, "kwd", "en"))).toBe("KWD 5.120");
  });

  it("knows Stripe's minimum and maximum and refuses amounts it would refuse", () => {
    expect(minimumCharge("eur")).toBe(50);
    expect(minimumCharge("huf")).toBe(17_500);
    expect(minimumCharge("jpy")).toBe(50);
    expect(chargeAmountProblem(49, "eur")).toEqual({ code: "below_minimum", minimum: 50 });
    expect(chargeAmountProblem(50, "eur")).toBeNull();
    expect(chargeAmountProblem(100_000_000, "eur")).toEqual({ code: "above_maximum", maximum: 99_999_999 });
    expect(chargeAmountProblem(2 ** 31, "usd")).toMatchObject({ code: "above_maximum" });
    expect(chargeAmountProblem(5125, "kwd")).toEqual({ code: "not_chargeable", step: 10 });
    expect(chargeAmountProblem(5120, "kwd")).toBeNull();
  });

  it("rounds the platform's fee to the currency's step", () => {
    expect(roundToStep(171, "kwd")).toBe(180);
    expect(applicationFee(5120, { feeBps: 333, feeFixed: 0 }, "kwd")).toBe(180);
    expect(applicationFee(5120, { feeBps: 333, feeFixed: 0 }, "eur")).toBe(171);
  });
});
