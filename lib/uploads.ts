import { randomBytes } from "node:crypto";
import { uploadStore } from "./upload-store";

/**
 * Images uploaded by sellers (shop logos, product photos), stored in the object store when one is
 * configured (shared by every instance), else on disk under UPLOAD_DIR (lib/upload-store.ts), and
 * served by app/uploads/[...path]/route.ts. The kind is decided by the file's first bytes,
 * never by the name or the type the browser declared. SVG is refused: it can carry scripts.
 */
export type ImageKind = "png" | "jpeg" | "webp" | "gif";

export const IMAGE_KINDS: readonly ImageKind[] = ["png", "jpeg", "webp", "gif"];

export const IMAGE_CONTENT_TYPES: Record<ImageKind, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

const EXTENSIONS: Record<ImageKind, string> = { png: "png", jpeg: "jpg", webp: "webp", gif: "gif" };

const CONTENT_TYPE_BY_EXTENSION: Record<string, string> = {
  png: IMAGE_CONTENT_TYPES.png,
  jpg: IMAGE_CONTENT_TYPES.jpeg,
  webp: IMAGE_CONTENT_TYPES.webp,
  gif: IMAGE_CONTENT_TYPES.gif,
};

export const UPLOADS_PUBLIC_PREFIX = "/uploads/";

/** Names this module gives files: 32 hex characters and a known extension. */
const STORED_NAME = /^[a-f0-9]{32}\.(png|jpg|webp|gif)$/;

export type UploadError = "tooLarge" | "unsupportedType";

export type InspectedImage = { ok: true; kind: ImageKind; bytes: Uint8Array } | { ok: false; error: UploadError };

export type SavedUpload = { ok: true; path: string; kind: ImageKind } | { ok: false; error: UploadError };

export interface ImageUploadOptions {
  maxBytes: number;
  kinds?: readonly ImageKind[];
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** The image format announced by a file's magic bytes, or null when it is none we accept. */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  return null;
}

/** Checks size and content without writing anything. */
export async function inspectImageUpload(file: Blob, { maxBytes, kinds = IMAGE_KINDS }: ImageUploadOptions): Promise<InspectedImage> {
  // The declared size first, so an oversized upload is refused before being read into memory.
  if (file.size > maxBytes) return { ok: false, error: "tooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > maxBytes) return { ok: false, error: "tooLarge" };
  const kind = sniffImageKind(bytes);
  if (!kind || !kinds.includes(kind)) return { ok: false, error: "unsupportedType" };
  return { ok: true, kind, bytes };
}

/** Writes an accepted image under a random name; returns its public path ("/uploads/<name>"). */
export async function saveImageUpload(file: Blob, options: ImageUploadOptions): Promise<SavedUpload> {
  const inspected = await inspectImageUpload(file, options);
  if (!inspected.ok) return inspected;
  const name = `${randomBytes(16).toString("hex")}.${EXTENSIONS[inspected.kind]}`;
  await uploadStore().put(name, inspected.bytes, IMAGE_CONTENT_TYPES[inspected.kind]);
  return { ok: true, path: `${UPLOADS_PUBLIC_PREFIX}${name}`, kind: inspected.kind };
}

/** The stored file name of a public path, or null for anything this module did not write. */
export function storedUploadName(publicPath: string): string | null {
  if (!publicPath.startsWith(UPLOADS_PUBLIC_PREFIX)) return null;
  const name = publicPath.slice(UPLOADS_PUBLIC_PREFIX.length);
  return STORED_NAME.test(name) ? name : null;
}

/** Removes an upload; a missing file or a path this module did not write is ignored. */
export async function deleteUpload(publicPath: string): Promise<void> {
  const name = storedUploadName(publicPath);
  if (!name) return;
  await uploadStore().remove(name);
}

/** Reads a stored upload by file name for serving, or null when it does not exist or is not ours. */
export async function readUpload(name: string): Promise<{ body: Uint8Array; contentType: string } | null> {
  if (!STORED_NAME.test(name)) return null;
  const contentType = CONTENT_TYPE_BY_EXTENSION[name.slice(name.lastIndexOf(".") + 1)];
  if (!contentType) return null;
  const body = await uploadStore().get(name);
  return body ? { body, contentType } : null;
}
