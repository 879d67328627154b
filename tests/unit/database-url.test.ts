import { describe, expect, it } from "vitest";
import { splitSchema } from "@/lib/database-url.mjs";
import { appTable } from "@/lib/db";
import { jobDatabase } from "@/lib/jobs/boss";

describe("splitSchema", () => {
  it("takes `schema` out of the URL and keeps the other parameters", () => {
    const { url, schema } = splitSchema("postgresql://u:p@db:5432/app?schema=t_1&sslmode=require");
    expect(schema).toBe("t_1");
    expect(new URL(url).searchParams.has("schema")).toBe(false);
    expect(new URL(url).searchParams.get("sslmode")).toBe("require");
    expect(url.startsWith("postgresql://u:p@db:5432/app")).toBe(true);
  });
  it("names no schema when there is none or it is empty", () => {
    expect(splitSchema("postgresql://db/app").schema).toBeUndefined();
    expect(splitSchema("postgresql://db/app?schema=").schema).toBeUndefined();
  });
  it("reads `prepare=false` (connections that share one session) and takes it out of the URL", () => {
    const shared = splitSchema("postgresql://db/app?sslmode=disable&prepare=false&schema=t_1");
    expect(shared).toMatchObject({ schema: "t_1", prepare: false });
    expect([...new URL(shared.url).searchParams.keys()]).toEqual(["sslmode"]);
    expect(splitSchema("postgresql://db/app?schema=t_1").prepare).toBe(true);
  });
  it("gives the job queue its schema beside the app's", () => {
    expect(jobDatabase("postgresql://db/app?schema=t_1")).toMatchObject({ jobSchema: "t_1_jobs" });
    expect(jobDatabase("postgresql://db/app")).toMatchObject({ jobSchema: "pgboss" });
  });
  it("names raw SQL's tables in the URL's schema, else public (appTable)", () => {
    const url = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL = "postgresql://db/app?schema=t_1";
      expect(appTable("Cart")).toBe('"t_1"."Cart"');
      process.env.DATABASE_URL = "postgresql://db/app";
      expect(appTable("Cart")).toBe('"public"."Cart"');
    } finally {
      process.env.DATABASE_URL = url;
    }
  });
});
