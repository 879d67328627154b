import { z } from "zod";
import { isSupportedCountry, isSupportedCurrency } from "@/lib/connect/countries";
import { SHOP_DESCRIPTION_MAX, SHOP_LOGO_MAX_BYTES, SHOP_NAME_MAX } from "@/lib/shops/limits";
import { slugProblem } from "@/lib/shops/slug-rules";

// Error messages are message keys of messages.shop.errors, so the form shows them in either language.

export { SHOP_DESCRIPTION_MAX, SHOP_LOGO_MAX_BYTES, SHOP_NAME_MAX };

export const shopSlugSchema = z
  .string({ error: "slugRequired" })
  .trim()
  .toLowerCase()
  .superRefine((slug, ctx) => {
    const problem = slugProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const createShopSchema = z.object({
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(SHOP_NAME_MAX, "nameTooLong"),
  slug: shopSlugSchema,
  description: z
    .string({ error: "descriptionTooLong" })
    .trim()
    .max(SHOP_DESCRIPTION_MAX, "descriptionTooLong")
    .optional()
    .transform((value) => value ?? ""),
  country: z
    .string({ error: "countryRequired" })
    .trim()
    .toUpperCase()
    .min(1, "countryRequired")
    .refine(isSupportedCountry, { error: "countryUnsupported" }),
  currency: z
    .string({ error: "currencyRequired" })
    .trim()
    .toLowerCase()
    .min(1, "currencyRequired")
    .refine(isSupportedCurrency, { error: "currencyUnsupported" }),
});

export type CreateShopInput = z.input<typeof createShopSchema>;
export type CreateShopData = z.output<typeof createShopSchema>;
export type ShopField = keyof CreateShopInput | "logo";
