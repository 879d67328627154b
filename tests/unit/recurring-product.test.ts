import { describe, expect, it } from "vitest";
import { productSchema } from "@/lib/validations/product";

const base = { name: "Café du mois", description: "", price: "12,50", stock: "" };
const parse = (recurring?: { billing?: "once" | "recurring"; interval?: string; intervalCount?: string }) =>
  productSchema("eur", "fr").safeParse({ ...base, recurring });

describe("a product sold by subscription", () => {
  it("is sold once unless billing=recurring", () => {
    expect(parse()).toMatchObject({ success: true, data: { recurring: null, price: 1250 } });
    expect(parse({ billing: "once", interval: "month", intervalCount: "2" })).toMatchObject({ success: true, data: { recurring: null } });
  });

  it("reads every N weeks, months or years", () => {
    expect(parse({ billing: "recurring", interval: "week", intervalCount: "2" })).toMatchObject({ data: { recurring: { interval: "week", intervalCount: 2 } } });
    expect(parse({ billing: "recurring", interval: "month", intervalCount: "" })).toMatchObject({ data: { recurring: { interval: "month", intervalCount: 1 } } });
  });

  it("refuses an unknown interval and more than a year between payments", () => {
    const issue = (r: Parameters<typeof parse>[0]) => {
      const result = parse(r);
      return result.success ? null : result.error.issues.map((i) => [i.path[0], i.message]);
    };
    expect(issue({ billing: "recurring", interval: "day", intervalCount: "1" })).toEqual([["recurring", "intervalInvalid"]]);
    expect(issue({ billing: "recurring", interval: "month", intervalCount: "13" })).toEqual([["recurring", "intervalCountInvalid"]]);
    expect(issue({ billing: "recurring", interval: "year", intervalCount: "2" })).toEqual([["recurring", "intervalCountInvalid"]]);
    expect(issue({ billing: "recurring", interval: "week", intervalCount: "0" })).toEqual([["recurring", "intervalCountInvalid"]]);
    expect(issue({ billing: "recurring", interval: "week", intervalCount: "1.5" })).toEqual([["recurring", "intervalCountInvalid"]]);
  });
});
