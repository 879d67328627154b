"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { createShop, type CreateShopResult } from "@/lib/shops/create-shop";

function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
}

/**
 * Opens the signed-in user's shop from the form's FormData (the logo travels as a File). Errors come
 * back as message keys for the form to show; unexpected failures are logged and answered with
 * `unexpected`, without internals.
 */
export async function createShopAction(form: FormData): Promise<CreateShopResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: { form: "notSignedIn" } };
  const logo = form.get("logo");
  try {
    return await createShop(
      user.id,
      {
        name: text(form, "name"),
        slug: text(form, "slug"),
        description: text(form, "description"),
        country: text(form, "country"),
        currency: text(form, "currency"),
      },
      logo instanceof File && logo.size > 0 ? logo : null,
    );
  } catch (error) {
    console.error("createShopAction failed", { userId: user.id }, error);
    return { ok: false, fieldErrors: { form: "unexpected" } };
  }
}
