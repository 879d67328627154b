"use client";

import { useEffect } from "react";
import { announceVisitorChange } from "@/components/layout/visitor-events";

/**
 * On the cart page: whenever the server renders a new count (a line changed or was removed, even
 * by a form that unmounted with its line), the header's island asks for it again.
 */
export function CartCountAnnouncer({ count }: { count: number }) {
  useEffect(() => {
    announceVisitorChange();
  }, [count]);
  return null;
}
