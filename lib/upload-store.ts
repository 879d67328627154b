import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

/**
 * Where uploaded files live. With S3_BUCKET set, an S3-compatible object store (AWS S3, MinIO,
 * R2…, through the official SDK) that every web instance shares; otherwise a folder on this
 * machine (UPLOAD_DIR), the embedded default for development. Read at each call so tests can
 * point it elsewhere.
 */
export interface UploadStore {
  put(name: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(name: string): Promise<Uint8Array | null>;
  remove(name: string): Promise<void>;
}

export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
}

const diskStore: UploadStore = {
  async put(name, bytes) {
    const dir = uploadDir();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, name), bytes, { flag: "wx" });
  },
  async get(name) {
    try {
      return new Uint8Array(await readFile(path.join(uploadDir(), name)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
      throw error;
    }
  },
  async remove(name) {
    try {
      await unlink(path.join(uploadDir(), name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  },
};

let s3: { key: string; client: S3Client } | undefined;

function s3Client(): S3Client {
  const { S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = process.env;
  const key = [S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID].join("|");
  if (s3?.key !== key) {
    s3?.client.destroy();
    s3 = {
      key,
      client: new S3Client({
        region: S3_REGION || "us-east-1",
        endpoint: S3_ENDPOINT || undefined,
        // S3-compatible servers (MinIO, a local one in tests) address buckets by path.
        forcePathStyle: Boolean(S3_ENDPOINT),
        // Without keys, the SDK's own chain (instance role, AWS_* variables) applies.
        credentials: S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY ? { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY } : undefined,
      }),
    };
  }
  return s3.client;
}

function objectStore(bucket: string): UploadStore {
  const prefix = process.env.S3_PREFIX ?? "uploads/";
  return {
    async put(name, bytes, contentType) {
      await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: prefix + name, Body: bytes, ContentType: contentType }));
    },
    async get(name) {
      try {
        const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: prefix + name }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async remove(name) {
      await s3Client().send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + name }));
    },
  };
}

export function uploadStore(): UploadStore {
  const bucket = process.env.S3_BUCKET;
  return bucket ? objectStore(bucket) : diskStore;
}
