import { readUpload } from "@/lib/uploads";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "X-Content-Type-Options": "nosniff" } });

/**
 * Serves images written by lib/uploads.ts. Only a single segment named as that module names files
 * is accepted ("<32 hex>.png"), so "..", slashes or encoded separators can never reach the disk.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  if (path.length !== 1 || !path[0]) return notFound();
  const file = await readUpload(path[0]);
  if (!file) return notFound();
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
