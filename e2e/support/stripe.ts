import type { APIRequestContext } from "@playwright/test";

/** The Stripe emulator the harness started (scripts/test.ts passes its address). */
export const emulatorUrl = process.env.STRIPE_API_HOST ?? "http://127.0.0.1:12111";
const key = process.env.STRIPE_SECRET_KEY ?? "sk_test_emulator_local";
const headers = { authorization: `Bearer ${key}` };

/** Calls the emulator's control API (/_emulator/...), as a test playing Stripe would. */
export async function emulatorControl(request: APIRequestContext, path: string, data: Record<string, unknown> = {}) {
  const response = await request.post(`${emulatorUrl}/_emulator/${path}`, { headers, data });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** The connected account Stripe holds for this email (the seller's). */
export async function accountIdForEmail(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get(`${emulatorUrl}/v1/accounts?limit=100`, { headers });
  const list = (await response.json()) as { data: { id: string; email: string | null }[] };
  const account = list.data.find((entry) => entry.email === email);
  if (!account) throw new Error(`No connected account for ${email}`);
  return account.id;
}
