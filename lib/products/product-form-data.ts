import type { ProductInput } from "@/lib/validations/product";
import type { Locale } from "@/lib/i18n/config";

function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
}

/** The product form's fields from its FormData; the currency is never read from it. */
export function productInputFromForm(form: FormData, locale: Locale): { input: ProductInput; image: File | null } {
  const image = form.get("image");
  return {
    input: {
      name: text(form, "name"),
      description: text(form, "description"),
      price: text(form, "price"),
      stock: text(form, "stock"),
      digital: form.get("digital") === "on",
      recurring: { billing: text(form, "billing") === "recurring" ? "recurring" : "once", interval: text(form, "interval"), intervalCount: text(form, "intervalCount") },
      removeImage: form.get("removeImage") === "on",
      locale,
    },
    image: image instanceof File && image.size > 0 ? image : null,
  };
}
