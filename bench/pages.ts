/**
 * `npm run bench` (third part): buyer pages on a production build (`next start` in its own
 * process), a real PostgreSQL (BENCH_DATABASE_URL; the embedded PGlite otherwise) seeded with the
 * demo marketplace plus BENCH_SHOPS × BENCH_PRODUCTS_PER_SHOP products, and the emulator in its own
 * process. The load comes from autocannon in a process of its own (the server has the CPU to
 * itself as far as a 2-core machine allows), 50 connections, BENCH_PAGE_SECONDS (10) per target.
 *
 * Each run measures home, a shop, a product, search results and a signed-in buyer's cart, each
 * against the trivial dynamic page (app/(storefront)/bench-trivial, the baseline) in alternating
 * slices of BENCH_PAGE_SLICE_SECONDS (3) counted seconds each: this machine's speed drifts by a
 * third within a minute (other tenants), so ten seconds of one then ten of the other compared two
 * machines; slices a few seconds apart see the same one. A target's ratio is its steady rate over
 * the trivial page's in its own slices. Prints req/s, ratio, p50 and p97.5 (over whole slices,
 * first second included) and non-2xx per target, the SQL queries of one render of each page
 * (Prisma's query events) and the server's RSS after each of BENCH_PAGE_RUNS (3) runs.
 * Then each target again, one request at a time in turn with the trivial page (bench/alternating.ts:
 * BENCH_PAGE_PAIRS pairs, 300), a ratio that varies by 0.01–0.02 where the slices' varies by 0.07.
 * BENCH_PAGES (e.g. `cart` or `home,cart`) measures only those targets; BENCH_CPU_PROFILE=dir
 * writes the server's CPU profile of each slice there.
 * Asserts nothing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { alternating } from "./alternating";
import { benchSetup, buildIfNeeded, KEY, startEmulator, startServer, adoptBenchEnvironment, type BenchSetup } from "./support";

const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 10);
// Each slice runs one second longer than it counts (bench/load-slice.mjs).
const SLICE_SECONDS = Math.max(1, Math.min(SECONDS, Number(process.env.BENCH_PAGE_SLICE_SECONDS ?? 3)));
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
// Pairs of requests per target in the alternating measure (bench/alternating.ts); 0 skips it.
const PAIRS = Number(process.env.BENCH_PAGE_PAIRS ?? 300);
const CONNECTIONS = 50;
const SHOPS = Number(process.env.BENCH_SHOPS ?? 8);
const PRODUCTS_PER_SHOP = Number(process.env.BENCH_PRODUCTS_PER_SHOP ?? 40);
const BUYER = { email: "alice@comptoir.test", password: "motdepasse-demo" };
const SEARCH = "tasse";
// BENCH_PAGES=cart,home: only those targets (home, shop, product, search, cart); all by default.
const ONLY = process.env.BENCH_PAGES?.split(",").map((name) => name.trim()).filter(Boolean);

type Target = { name: string; path: string; cookie?: string; key?: string };
type Result = { requests: number; seconds: number; p50: number; p975: number; non2xx: number; errors: number };

/**
 * One slice of load in its own process (bench/load-slice.mjs): the responses of its steady seconds,
 * the first second left out (see there), and its latency.
 */
function loadSlice(url: string, cookie: string | undefined, seconds: number, connections = CONNECTIONS): Promise<Result> {
  const args = [resolve("bench/load-slice.mjs"), url, String(seconds), String(connections), ...(cookie ? [cookie] : [])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`load slice exited with ${code}`));
      const json = JSON.parse(out) as { ticks: number[]; p50: number; p975: number; non2xx: number; errors: number };
      // ticks[0] is the ramp-up second; ticks past `seconds` are the partial end.
      const steady = json.ticks.slice(1, seconds);
      done({ requests: steady.reduce((sum, n) => sum + n, 0), seconds: steady.length, p50: json.p50, p975: json.p975, non2xx: json.non2xx, errors: json.errors });
    });
  });
}

const rate = (r: Result) => r.requests / r.seconds;

/** Slices of one target taken together: its rate overall, the median p50, the worst p97.5. */
function combined(slices: Result[]): Result {
  const sum = (key: "requests" | "seconds" | "non2xx" | "errors") => slices.reduce((total, r) => total + r[key], 0);
  const p50s = slices.map((r) => r.p50).sort((a, b) => a - b);
  return { requests: sum("requests"), seconds: sum("seconds"), p50: p50s[Math.floor(p50s.length / 2)]!, p975: Math.max(...slices.map((r) => r.p975)), non2xx: sum("non2xx"), errors: sum("errors") };
}

/**
 * The trivial page and a target in alternating slices, SECONDS of each in all (see the top of
 * this file for why): [trivial, target], each combined over its slices.
 */
async function interleaved(appUrl: string, trivial: Target, target: Target, run: number): Promise<[Result, Result]> {
  const slices = Math.ceil(SECONDS / SLICE_SECONDS);
  const base: Result[] = [];
  const measured: Result[] = [];
  for (let slice = 1; slice <= slices; slice++) {
    base.push(await profiled(appUrl, `${trivial.key}-with-${target.key}-${run}.${slice}`, () => loadSlice(`${appUrl}${trivial.path}`, trivial.cookie, SLICE_SECONDS + 1)));
    measured.push(await profiled(appUrl, `${target.key}-${run}.${slice}`, () => loadSlice(`${appUrl}${target.path}`, target.cookie, SLICE_SECONDS + 1)));
  }
  return [combined(base), combined(measured)];
}

/** Resident memory of the server and of any process it started (kB in /proc). */
function rssMiB(pid: number): number {
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return kb / 1024;
}

/** The demo seed, the emulator's copies of its accounts, and a larger catalogue beside it. */
async function seedCatalogue(setup: BenchSetup) {
  const { db } = await import("../lib/db");
  const { seed } = await import("../prisma/seed");
  const { demoConnectedAccounts } = await import("../prisma/seed-data");
  const { productSearchText } = await import("../lib/catalog/search-text");
  await seed(db, setup.env.AUTH_SECRET);
  for (const account of demoConnectedAccounts) {
    await fetch(`${setup.emulatorUrl}/_emulator/accounts/${account.stripeAccountId}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify(account.emulator),
    });
  }
  const nouns = ["Tasse", "Bol", "Carnet", "Savon", "Bougie", "Plaid", "Affiche", "Panier"];
  const adjectives = ["bleu", "en lin", "ancien", "parfumé", "en grès", "brodé", "vert", "doré"];
  for (let s = 0; s < SHOPS; s++) {
    const owner = await db.user.create({ data: { email: `bench-seller-${s}@example.com`, role: "SELLER", name: `Vendeur ${s}` } });
    const shop = await db.shop.create({
      data: { ownerId: owner.id, slug: `bench-shop-${s}`, name: `Boutique banc ${s}`, description: "Une boutique du banc d'essai.", country: "FR", currency: "eur" },
    });
    await db.connectedAccount.create({ data: { shopId: shop.id, stripeAccountId: `acct_bench_${s}`, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true } });
    await db.product.createMany({
      data: Array.from({ length: PRODUCTS_PER_SHOP }, (_, p) => {
        const name = `${nouns[(s + p) % nouns.length]} ${adjectives[p % adjectives.length]} n°${s * PRODUCTS_PER_SHOP + p}`;
        const description = `Fait main par la boutique ${s}, pièce ${p}.`;
        return {
          shopId: shop.id,
          name,
          description,
          priceAmount: 900 + ((s * 37 + p * 11) % 9000),
          currency: "eur",
          stock: p % 5 === 0 ? null : 5 + (p % 30),
          imageUrl: "/seed/products/ceramic-mug.svg",
          searchText: productSearchText({ name, description }),
          createdAt: new Date(Date.now() - (s * PRODUCTS_PER_SHOP + p) * 60_000),
        };
      }),
    });
  }
  // The buyer's cart: a few lines from three shops.
  const buyer = await db.user.findUniqueOrThrow({ where: { email: BUYER.email }, select: { id: true } });
  const cart = await db.cart.upsert({ where: { userId: buyer.id }, create: { userId: buyer.id }, update: {}, select: { id: true } });
  const lines = [
    ...(await db.product.findMany({ where: { shop: { slug: "atelier-lumiere" }, active: true, recurringInterval: null }, take: 2, select: { id: true } })),
    ...(await db.product.findMany({ where: { shop: { slug: "bench-shop-0" } }, take: 2, select: { id: true } })),
    ...(await db.product.findMany({ where: { shop: { slug: "bench-shop-1" } }, take: 1, select: { id: true } })),
  ];
  await db.cartItem.deleteMany({ where: { cartId: cart.id } });
  await db.cartItem.createMany({ data: lines.map((line) => ({ cartId: cart.id, productId: line.id, quantity: 1 })) });
  const product = await db.product.findFirstOrThrow({ where: { shop: { slug: "atelier-lumiere" }, active: true }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const counts = { products: await db.product.count(), shops: await db.shop.count() };
  await db.$disconnect();
  return { productId: product.id, shopSlug: "bench-shop-0", counts };
}

/** Signs the buyer in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(appUrl: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: BUYER.email, password: BUYER.password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in failed (${response.status})`);
  return session;
}

/** SQL queries of one render, read from the server's counter around a lone request. */
async function queriesPerRender(appUrl: string, target: Target): Promise<number> {
  const read = async () => (await serverStats(appUrl)).queries;
  const before = await read();
  const response = await fetch(`${appUrl}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} });
  await response.arrayBuffer();
  return (await read()) - before;
}

type Stats = { queries: number; memory: NodeJS.MemoryUsage; collected: boolean };
const serverStats = async (appUrl: string, gc = false): Promise<Stats> => (await (await fetch(`${appUrl}/api/bench/stats${gc ? "?gc=1" : ""}`)).json()) as Stats;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

/**
 * RSS from /proc, and V8's view: a live heap that keeps growing is a leak; RSS far above it is
 * memory kept, not used. With BENCH_SERVER_NODE_OPTIONS=--expose-gc, the live heap after a full
 * collection too (read after the RSS, which it would lower).
 */
async function memoryLine(appUrl: string, pid: number): Promise<string> {
  const rss = rssMiB(pid).toFixed(0);
  const { memory } = await serverStats(appUrl);
  const collected = await serverStats(appUrl, true);
  const live = collected.collected ? `, live after a full GC ${mib(collected.memory.heapUsed)}` : "";
  return `RSS ${rss} MiB (V8 heap used ${mib(memory.heapUsed)} of ${mib(memory.heapTotal)}${live}, external ${mib(memory.external)}, array buffers ${mib(memory.arrayBuffers)})`;
}

const fmt = (n: number, width: number, digits = 0) => n.toFixed(digits).padStart(width);

async function main() {
  if (process.env.BENCH_CPU_PROFILE) mkdirSync(process.env.BENCH_CPU_PROFILE, { recursive: true });
  const setup = await benchSetup();
  let server: ChildProcess | null = null;
  try {
    await startEmulator(setup);
    adoptBenchEnvironment(setup);
    // Seeded before the build, so that whatever the build prerenders shows this catalogue.
    const { productId, shopSlug, counts } = await seedCatalogue(setup);
    await buildIfNeeded(setup.env);
    // BENCH_SERVER_NODE_OPTIONS: Node options for the server alone (e.g. a heap limit, to compare).
    const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS;
    // The server writes the profiles itself (app/api/bench/profile), into this directory only.
    const profileDir: Record<string, string> = process.env.BENCH_CPU_PROFILE ? { BENCH_CPU_PROFILE: resolve(process.env.BENCH_CPU_PROFILE) } : {};
    server = await startServer(setup, { DB_QUERY_EVENTS: "1", ...profileDir, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) });
    console.log(`\nserver after start: ${await memoryLine(setup.appUrl, server.pid!)}${nodeOptions ? ` · NODE_OPTIONS=${nodeOptions}` : ""}`);
    const cookie = await signIn(setup.appUrl);

    const trivial: Target = { name: "trivial dynamic page", path: "/bench-trivial", key: "trivial" };
    const pages: Target[] = [
      { name: "home", path: "/", key: "home" },
      { name: `shop (${PRODUCTS_PER_SHOP} products)`, path: `/shops/${shopSlug}`, key: "shop" },
      { name: "product", path: `/products/${productId}`, key: "product" },
      { name: `search "${SEARCH}"`, path: `/search?q=${SEARCH}`, key: "search" },
      { name: "cart, signed-in buyer", path: "/cart", cookie, key: "cart" },
    ].filter((target) => !ONLY || ONLY.includes(target.key));
    const load = await import("node:os").then((os) => os.loadavg().map((n) => n.toFixed(2)).join(" "));
    console.log(`\nPages: ${setup.embedded ? "embedded PGlite" : "BENCH_DATABASE_URL"} · ${counts.products} products in ${counts.shops} shops · production build · node ${process.version}`);
    console.log(`autocannon in its own process, ${CONNECTIONS} connections, ${SECONDS} s per target in ${SLICE_SECONDS} s slices alternating with the trivial page · load average ${load}`);

    for (const target of [trivial, ...pages]) {
      const response = await fetch(`${setup.appUrl}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${target.path} answered ${response.status}`);
    }
    console.log("\nSQL queries per render (Prisma query events, layout included):");
    for (const target of [trivial, ...pages]) console.log(`  ${target.name.padEnd(28)} ${await queriesPerRender(setup.appUrl, target)}`);

    // Warm-up: the JIT and the pools, not counted.
    for (const target of [trivial, ...pages]) await loadSlice(`${setup.appUrl}${target.path}`, target.cookie, 2, 10);
    console.log(`\nserver after warm-up: ${await memoryLine(setup.appUrl, server.pid!)}`);

    const ratios = new Map<string, number[]>();
    for (let run = 1; run <= RUNS; run++) {
      const baselines: Result[] = [];
      const results: [Target, Result, Result][] = [];
      for (const target of pages) {
        const [base, measured] = await interleaved(setup.appUrl, trivial, target, run);
        baselines.push(base);
        results.push([target, measured, base]);
      }
      const base = combined(baselines);
      console.log(`\nrun ${run}/${RUNS}                      req/s    ratio    p50 ms  p97.5 ms  non-2xx+errors`);
      console.log(`  ${trivial.name.padEnd(28)} ${fmt(rate(base), 7)}     1.00  ${fmt(base.p50, 8)}  ${fmt(base.p975, 8)}  ${fmt(base.non2xx + base.errors, 7)}  (all its slices)`);
      for (const [target, r, own] of results) {
        // Against the trivial page's slices taken alongside this target's.
        const ratio = rate(r) / rate(own);
        ratios.set(target.name, [...(ratios.get(target.name) ?? []), ratio]);
        console.log(`  ${target.name.padEnd(28)} ${fmt(rate(r), 7)}  ${fmt(ratio, 6, 2)}×  ${fmt(r.p50, 8)}  ${fmt(r.p975, 8)}  ${fmt(r.non2xx + r.errors, 7)}`);
      }
      console.log(`  server after run ${run}: ${await memoryLine(setup.appUrl, server.pid!)}`);
    }
    console.log("\nratio to the trivial page, per run:");
    for (const [name, values] of ratios) console.log(`  ${name.padEnd(28)} ${values.map((v) => `${v.toFixed(2)}×`).join("  ")}`);
    if (PAIRS > 0) {
      console.log(`\none connection, the trivial page and the target requested in turn, ${PAIRS} pairs (bench/alternating.ts):`);
      console.log("                                 trivial ms  target ms  ratio");
      for (const target of pages) {
        const { base, target: ms, ratio } = await alternating(setup.appUrl, trivial, target, PAIRS);
        console.log(`  ${target.name.padEnd(28)} ${fmt(base, 10, 2)}  ${fmt(ms, 9, 2)}  ${fmt(ratio, 5, 2)}×`);
      }
    }
    console.log(`load average after: ${(await import("node:os")).loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  } finally {
    await setup.close();
  }
}

/**
 * BENCH_CPU_PROFILE=dir: the server's CPU profile during one measurement, written to
 * dir/<target>-<run>.<slice>.cpuprofile (app/api/bench/profile; the baseline's slices are
 * trivial-with-<target>-<run>.<slice>). Sampling slows the server a little, alike
 * for every target.
 */
async function profiled<T>(appUrl: string, name: string, measure: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return measure();
  const control = (query: string) => fetch(`${appUrl}/api/bench/profile?${query}`, { method: "POST" });
  await control("action=start");
  try {
    return await measure();
  } finally {
    await control(`action=stop&name=${encodeURIComponent(name)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
