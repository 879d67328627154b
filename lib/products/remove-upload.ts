import { deleteUpload } from "@/lib/uploads";

/**
 * Removes an uploaded image the database no longer points to. A failure here only leaves an
 * orphan file behind, never a broken product, so it is logged rather than thrown.
 */
export async function removeUploadQuietly(publicPath: string | null | undefined, context: string): Promise<void> {
  if (!publicPath) return;
  await deleteUpload(publicPath).catch((error: unknown) => console.error(`${context}: could not remove upload`, publicPath, error));
}
