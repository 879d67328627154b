// @ts-check
/**
 * One slice of the pages bench's load (bench/pages.ts), in a process of its own so the load does
 * not share the bench's event loop: autocannon for `seconds` against one URL, 50 connections.
 * Prints JSON: the responses completed in each second (autocannon's ticks), latency p50 and
 * p97.5, non-2xx and errors. The bench drops the first second: every connection's first request
 * is still being served then, so counting it would understate the slower page most.
 *
 * Usage: node bench/load-slice.mjs <url> <seconds> <connections> [cookie]
 */
import autocannon from "autocannon";

const [url, seconds, connections, cookie] = process.argv.slice(2);
/** @type {number[]} */
const ticks = [];
const instance = autocannon(
  { url, duration: Number(seconds), connections: Number(connections), headers: cookie ? { cookie } : {} },
  (error, result) => {
    if (error) throw error;
    const { p50, p97_5: p975 } = result.latency;
    process.stdout.write(JSON.stringify({ ticks, p50, p975, non2xx: result.non2xx, errors: result.errors }));
  },
);
instance.on("tick", (/** @type {{ counter: number }} */ { counter }) => ticks.push(counter));
