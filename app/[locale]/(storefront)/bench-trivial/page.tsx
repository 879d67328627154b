import { notFound } from "next/navigation";
import { connection } from "next/server";

// The pages bench's baseline (bench/pages.ts): one short paragraph under the normal root layout,
// rendered per request. Absent (404) unless the bench started this server with BENCH_BARE_ROUTE=1.
export const dynamic = "force-dynamic";

export default async function BenchTrivialPage() {
  await connection();
  if (process.env.BENCH_BARE_ROUTE !== "1") notFound();
  return <p>Comptoir</p>;
}
