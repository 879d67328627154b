/**
 * The pages bench's second measure (bench/pages.ts): one keep-alive connection, the trivial page
 * and a target requested in turn, one request each, for `pairs` pairs after a warm-up. Requests a
 * few milliseconds apart see the same machine, so its drift (a third within a minute here) cancels
 * out; 50 connections in slices of seconds only average it. The ratio is of the mean latencies
 * with the slowest and fastest 5% of each side left out (a collection or a stall now and then).
 * Latency here includes each request's wait for PostgreSQL, which 50 connections overlap.
 */
import http from "node:http";

export type Alternating = { base: number; target: number; ratio: number };

function get(agent: http.Agent, url: URL, cookie: string | undefined): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((done, reject) => {
    const request = http.get(url, { agent, headers: cookie ? { cookie } : {} }, (response) => {
      response.resume();
      response.once("end", () => {
        if (response.statusCode !== 200) reject(new Error(`${url.pathname} answered ${response.statusCode}`));
        else done(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    request.once("error", reject);
  });
}

function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * 0.05);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

type Page = { path: string; cookie?: string };

export async function alternating(appUrl: string, trivial: Page, target: Page, pairs: number): Promise<Alternating> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (page: Page) => get(agent, new URL(page.path, appUrl), page.cookie);
  const base: number[] = [];
  const measured: number[] = [];
  try {
    // Warm-up, not counted: the connection, and the server's JIT for the target's code.
    for (let i = 0; i < 50; i++) {
      await request(trivial);
      await request(target);
    }
    for (let i = 0; i < pairs; i++) {
      // Which of the two goes first changes every pair, so neither always follows the other.
      if (i % 2 === 0) {
        base.push(await request(trivial));
        measured.push(await request(target));
      } else {
        measured.push(await request(target));
        base.push(await request(trivial));
      }
    }
  } finally {
    agent.destroy();
  }
  const [baseMs, targetMs] = [trimmedMean(base), trimmedMean(measured)];
  return { base: baseMs, target: targetMs, ratio: baseMs / targetMs };
}
