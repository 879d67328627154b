import { notFound } from "next/navigation";

// Any path no page matches (proxy.ts rewrites every path under /{locale}): the localised 404.
export const dynamic = "force-dynamic";

export default function UnknownPage() {
  notFound();
}
