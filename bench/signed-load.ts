/**
 * The webhook bench's load generator, run in a process of its own (bench/webhooks.ts starts it) so
 * the client's own work does not slow the server it measures: autocannon keeps `connections`
 * requests in flight and sends each prepared POST (body + signature header) once, in order.
 * Usage: tsx bench/signed-load.ts <url> <connections> <requests.json>; prints one JSON line with
 * the rate, p50 and p95 (from every response time) and the count of non-2xx answers.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { percentile } from "./support";

type Prepared = { body: string; headers: Record<string, string> };

const [url, connections, file] = process.argv.slice(2);
const prepared = JSON.parse(readFileSync(file!, "utf8")) as Prepared[];
let next = 0;
const latencies: number[] = [];

const instance = autocannon(
  {
    url: url!,
    connections: Number(connections),
    amount: prepared.length,
    method: "POST",
    requests: [
      {
        setupRequest: (request) => {
          const { body, headers } = prepared[next++ % prepared.length]!;
          return { ...request, method: "POST", body, headers: { ...request.headers, ...headers } };
        },
      },
    ],
  },
  (error, result) => {
    if (error) throw error;
    const completed = result["2xx"] + result.non2xx;
    const seconds = result.duration;
    console.log(JSON.stringify({ rate: completed / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), failures: result.non2xx + result.errors }));
  },
);
instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
