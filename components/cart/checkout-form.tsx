"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * One shop's pay button: a plain POST to /api/checkout, which answers with a 303 to Stripe's
 * Checkout (or back to the cart with an error). While the browser leaves, the button says so and
 * a second click is ignored; coming back with the Back button (page restored from the
 * back/forward cache) makes it usable again.
 */
export function CheckoutForm({ shopId, label, pendingLabel }: { shopId: string; label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setPending(false);
    };
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);
  return (
    <form
      method="post"
      action="/api/checkout"
      onSubmit={(event) => {
        if (pending) event.preventDefault();
        else setPending(true);
      }}
    >
      <input type="hidden" name="shopId" value={shopId} />
      <Button type="submit" aria-busy={pending || undefined} className="w-full sm:w-auto">
        {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
