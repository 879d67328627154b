import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveUpload } from "@/app/uploads/[...path]/route";
import { deleteUpload, saveImageUpload } from "@/lib/uploads";

const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
const BUCKET = "comptoir-test";
const saved = { ...process.env };
let server: S3rver;
let storage: string;
const localDirs: string[] = [];

/** An instance of the app: its own empty local folder, the shared object store. */
async function instance() {
  const dir = await mkdtemp(path.join(tmpdir(), "comptoir-instance-"));
  localDirs.push(dir);
  process.env.UPLOAD_DIR = dir;
  return dir;
}

const serve = (publicPath: string) =>
  serveUpload(new Request(`http://localhost${publicPath}`), { params: Promise.resolve({ path: [publicPath.slice("/uploads/".length)] }) });

beforeAll(async () => {
  storage = await mkdtemp(path.join(tmpdir(), "comptoir-s3-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: storage, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  process.env = saved;
  await server.close();
  for (const dir of [storage, ...localDirs]) await rm(dir, { recursive: true, force: true });
});

describe("uploads in an S3-compatible object store", () => {
  it("an image written by one instance is served by another, and deleted for all", async () => {
    const first = await instance();
    const upload = await saveImageUpload(new Blob([PNG]), { maxBytes: 1024 });
    if (!upload.ok) throw new Error(upload.error);
    // Nothing on the writer's disk: the object store holds it.
    expect(await readdir(first)).toEqual([]);
    const listed = await new S3Client({ region: "us-east-1", endpoint: process.env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } }).send(
      new ListObjectsV2Command({ Bucket: BUCKET }),
    );
    expect(listed.Contents?.map((object) => object.Key)).toEqual([`uploads/${upload.path.slice("/uploads/".length)}`]);

    await instance(); // another machine, with an empty disk of its own
    const response = await serve(upload.path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);

    await deleteUpload(upload.path);
    expect((await serve(upload.path)).status).toBe(404);
  });

  it("answers 404 for a name that was never stored", async () => {
    await instance();
    expect((await serve(`/uploads/${"a".repeat(32)}.png`)).status).toBe(404);
  });
});
