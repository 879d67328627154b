import { Session } from "node:inspector/promises";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { connection } from "next/server";

// The pages bench (BENCH_CPU_PROFILE=dir) profiles the server around one target's load: POST
// ?action=start starts V8's sampling profiler in this process, POST ?action=stop&name=… writes the
// profile to dir/<name>.cpuprofile (open it in Chrome's DevTools). Absent (404) unless the bench
// started this server with a profile directory; the name is a plain word, never a path.
let session: Session | null = null;

export async function POST(request: Request) {
  await connection();
  const dir = process.env.BENCH_CPU_PROFILE;
  if (process.env.BENCH_BARE_ROUTE !== "1" || !dir) return new Response(null, { status: 404 });
  const params = new URL(request.url).searchParams;
  if (params.get("action") === "start" && !session) {
    session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    return new Response(null, { status: 204 });
  }
  const name = params.get("name") ?? "";
  if (params.get("action") === "stop" && session && /^[a-z0-9-]{1,40}$/.test(name)) {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    session = null;
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    return new Response(null, { status: 204 });
  }
  return new Response(null, { status: 400 });
}
