/**
 * `npm run admin:create -- <email> [--password=...]`: makes <email> an administrator. An existing
 * user is promoted (their password is kept); a new one is created with the given password or a
 * generated one, printed once.
 */
import { loadDotEnv } from "./lib/local-env";

const USAGE = "Usage: npm run admin:create -- <email> [--password=<at least 8 characters>]";
const ERRORS = {
  invalidEmail: "is not a valid email address",
  passwordTooShort: "the password must have at least 8 characters",
  passwordTooLong: "the password must have at most 128 characters",
} as const;

async function main(): Promise<number> {
  loadDotEnv();
  const args = process.argv.slice(2);
  const passwordArg = args.find((arg) => arg.startsWith("--password="));
  const positional = args.filter((arg) => !arg.startsWith("--"));
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== passwordArg);
  if (positional.length !== 1 || unknown.length > 0) {
    console.error(positional.length === 0 ? `An email address is required.\n${USAGE}` : `Unexpected arguments: ${[...positional.slice(1), ...unknown].join(" ")}\n${USAGE}`);
    return 1;
  }
  if (!process.env.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Point it at the app's database; next to `npm run dev` (embedded database):\n" +
        "  DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable&prepare=false npm run admin:create -- <email>",
    );
    return 1;
  }
  const email = positional[0]!;
  const { createOrPromoteAdmin } = await import("@/lib/admin/create-admin");
  const { db } = await import("@/lib/db");
  try {
    const result = await createOrPromoteAdmin({ email, password: passwordArg?.slice("--password=".length) });
    if (!result.ok) {
      console.error(result.error === "invalidEmail" ? `"${email}" ${ERRORS.invalidEmail}.\n${USAGE}` : `${ERRORS[result.error]}.\n${USAGE}`);
      return 1;
    }
    if (result.status === "unchanged") console.log(`${result.email} is already an administrator.`);
    if (result.status === "promoted") console.log(`${result.email} is now an administrator (their password is unchanged).`);
    if (result.status === "created") {
      console.log(`Created the administrator ${result.email}.`);
      if (result.generatedPassword) {
        console.log(`Password (shown once, store it now): ${result.generatedPassword}`);
      }
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
