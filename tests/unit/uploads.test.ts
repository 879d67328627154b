import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as serveUpload } from "@/app/uploads/[...path]/route";
import { deleteUpload, inspectImageUpload, saveImageUpload, sniffImageKind } from "@/lib/uploads";

const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const GIF = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
const WEBP = Uint8Array.from([...new TextEncoder().encode("RIFF"), 0x1a, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 ")]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let dir: string;
const previous = process.env.UPLOAD_DIR;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "comptoir-uploads-"));
  process.env.UPLOAD_DIR = dir;
});

beforeEach(async () => {
  for (const name of await readdir(dir)) await rm(path.join(dir, name));
});

afterAll(async () => {
  process.env.UPLOAD_DIR = previous;
  await rm(dir, { recursive: true, force: true });
});

describe("sniffImageKind", () => {
  it("recognises PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(sniffImageKind(PNG)).toBe("png");
    expect(sniffImageKind(JPEG)).toBe("jpeg");
    expect(sniffImageKind(GIF)).toBe("gif");
    expect(sniffImageKind(WEBP)).toBe("webp");
  });

  it("refuses SVG, other RIFF files, truncated headers and empty files", () => {
    expect(sniffImageKind(SVG)).toBeNull();
    expect(sniffImageKind(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffImageKind(PNG.slice(0, 7))).toBeNull();
    expect(sniffImageKind(new Uint8Array())).toBeNull();
    expect(sniffImageKind(new TextEncoder().encode("%PDF-1.7"))).toBeNull();
  });
});

describe("inspectImageUpload", () => {
  it("trusts the bytes, not the declared type", async () => {
    const disguised = new File([SVG], "logo.png", { type: "image/png" });
    expect(await inspectImageUpload(disguised, { maxBytes: 1024 })).toEqual({ ok: false, error: "unsupportedType" });
    const undeclared = new File([PNG], "logo.txt", { type: "text/plain" });
    expect(await inspectImageUpload(undeclared, { maxBytes: 1024 })).toMatchObject({ ok: true, kind: "png" });
  });

  it("refuses files over the limit and kinds not asked for", async () => {
    const big = new File([PNG, new Uint8Array(2000)], "big.png", { type: "image/png" });
    expect(await inspectImageUpload(big, { maxBytes: 2000 })).toEqual({ ok: false, error: "tooLarge" });
    expect(await inspectImageUpload(new File([PNG], "ok.png"), { maxBytes: PNG.length })).toMatchObject({ ok: true });
    expect(await inspectImageUpload(new File([GIF], "a.gif"), { maxBytes: 1024, kinds: ["png", "jpeg"] })).toEqual({
      ok: false,
      error: "unsupportedType",
    });
  });
});

describe("saveImageUpload and deleteUpload", () => {
  it("writes under UPLOAD_DIR with a random name and the sniffed extension", async () => {
    const first = await saveImageUpload(new File([JPEG], "photo.png", { type: "image/png" }), { maxBytes: 1024 });
    const second = await saveImageUpload(new File([JPEG], "photo.png"), { maxBytes: 1024 });
    if (!first.ok || !second.ok) throw new Error("expected both uploads to be saved");
    expect(first.path).toMatch(/^\/uploads\/[a-f0-9]{32}\.jpg$/);
    expect(second.path).not.toBe(first.path);
    const stored = await readFile(path.join(dir, first.path.slice("/uploads/".length)));
    expect(new Uint8Array(stored)).toEqual(JPEG);

    await deleteUpload(first.path);
    expect(await readdir(dir)).toEqual([second.path.slice("/uploads/".length)]);
    await expect(deleteUpload(first.path)).resolves.toBeUndefined();
  });

  it("writes nothing for a refused file", async () => {
    expect(await saveImageUpload(new File([SVG], "x.svg", { type: "image/svg+xml" }), { maxBytes: 1024 })).toEqual({
      ok: false,
      error: "unsupportedType",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("never deletes outside the uploads it wrote", async () => {
    const outside = path.join(dir, "..", `keep-${path.basename(dir)}.txt`);
    await writeFile(outside, "keep");
    try {
      await deleteUpload(`/uploads/../${path.basename(outside)}`);
      await deleteUpload(outside);
      expect(await readFile(outside, "utf8")).toBe("keep");
    } finally {
      await rm(outside, { force: true });
    }
  });
});

describe("GET /uploads/[...path]", () => {
  const get = (segments: string[]) =>
    serveUpload(new Request(`http://localhost/uploads/${segments.join("/")}`), { params: Promise.resolve({ path: segments }) });

  it("serves a stored image with its type and long-lived caching", async () => {
    const saved = await saveImageUpload(new File([PNG], "logo.png"), { maxBytes: 1024 });
    if (!saved.ok) throw new Error("expected the upload to be saved");
    const response = await get([saved.path.slice("/uploads/".length)]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("answers 404 for missing files and refuses path traversal", async () => {
    const secretName = `${path.basename(dir)}-secret.png`;
    const secret = path.join(dir, "..", secretName);
    await writeFile(secret, PNG);
    try {
      expect((await get([`${"a".repeat(32)}.png`])).status).toBe(404);
      expect((await get(["..", secretName])).status).toBe(404);
      expect((await get([`..%2F${secretName}`])).status).toBe(404);
      expect((await get([`../${secretName}`])).status).toBe(404);
      expect((await get([".env"])).status).toBe(404);
      expect((await get(["sub", `${"a".repeat(32)}.png`])).status).toBe(404);
    } finally {
      await rm(secret, { force: true });
    }
  });
});
