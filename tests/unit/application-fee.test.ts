import { describe, expect, it } from "vitest";
import { applicationFee } from "@/lib/fees/application-fee";

describe("applicationFee", () => {
  it("takes basis points of the total plus the fixed amount", () => {
    expect(applicationFee(10_000, { feeBps: 500, feeFixed: 30 })).toBe(530);
    expect(applicationFee(2400, { feeBps: 500, feeFixed: 0 })).toBe(120);
  });

  it("rounds the percentage up, by less than one minor unit", () => {
    // 5 % of 2 401 = 120.05 -> 121
    expect(applicationFee(2401, { feeBps: 500, feeFixed: 0 })).toBe(121);
    // 2.9 % of 1 = 0.029 -> 1
    expect(applicationFee(1, { feeBps: 290, feeFixed: 0 })).toBe(1);
    // exact values are not rounded
    expect(applicationFee(2000, { feeBps: 250, feeFixed: 0 })).toBe(50);
    for (let total = 1; total < 5000; total += 7) {
      const fee = applicationFee(total, { feeBps: 333, feeFixed: 0 });
      const exact = (total * 333) / 10_000;
      expect(fee - exact).toBeGreaterThanOrEqual(0);
      expect(fee - exact).toBeLessThan(1);
    }
  });

  it("never takes more than the total", () => {
    expect(applicationFee(20, { feeBps: 500, feeFixed: 30 })).toBe(20);
    expect(applicationFee(30, { feeBps: 0, feeFixed: 30 })).toBe(30);
    expect(applicationFee(100, { feeBps: 10_000, feeFixed: 1 })).toBe(100);
  });

  it("is zero on a zero total and with no fee configured", () => {
    expect(applicationFee(0, { feeBps: 500, feeFixed: 30 })).toBe(0);
    expect(applicationFee(5000, { feeBps: 0, feeFixed: 0 })).toBe(0);
  });

  it("stays exact on the largest amounts Stripe accepts", () => {
    expect(applicationFee(99_999_999, { feeBps: 500, feeFixed: 30 })).toBe(5_000_030);
    expect(applicationFee(99_999_999, { feeBps: 1, feeFixed: 0 })).toBe(10_000);
  });

  it("refuses amounts that are not whole minor units", () => {
    expect(() => applicationFee(12.5, { feeBps: 500, feeFixed: 0 })).toThrow(RangeError);
    expect(() => applicationFee(-1, { feeBps: 500, feeFixed: 0 })).toThrow(RangeError);
  });
});
