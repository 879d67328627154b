"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { setProductActive } from "@/lib/products/set-product-active";
import { productListHref } from "@/lib/products/list-href";
import { isProductStatusFilter } from "@/lib/products/types";

/** The list's address with the tab, search and page the seller was looking at, plus a one-off message. */
function listHref(form: FormData, message: Record<string, string>): string {
  const status = form.get("status");
  const q = form.get("q");
  const page = Number(form.get("page"));
  return productListHref(
    {
      status: isProductStatusFilter(status) ? status : "active",
      q: typeof q === "string" ? q.trim() : "",
      page: Number.isInteger(page) && page > 1 ? page : 1,
    },
    message,
  );
}

async function setActive(form: FormData, active: boolean): Promise<never> {
  const user = await requireRole("SELLER", "/seller/products");
  const productId = form.get("productId");
  const result = typeof productId === "string" ? await setProductActive(user.id, productId, active) : ({ ok: false } as const);
  if (result.ok) refresh(); // the current page; cached catalogue pages were invalidated by lib/cache/catalogue.ts
  redirect(listHref(form, result.ok ? { [active ? "restored" : "archived"]: "1" } : { error: "notFound" }));
}

/** Takes a product out of the shop without deleting it (orders keep it). A plain form post: works without JavaScript. */
export async function archiveProductAction(form: FormData): Promise<void> {
  await setActive(form, false);
}

/** Puts an archived product back on sale. */
export async function restoreProductAction(form: FormData): Promise<void> {
  await setActive(form, true);
}
