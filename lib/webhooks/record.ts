import type Stripe from "stripe";
import { appTable } from "@/lib/db";
import { webQueue } from "@/lib/jobs/boss";
import { STRIPE_EVENT_QUEUE } from "@/lib/jobs/queues";
import type { WebhookEndpoint } from "./process-event";

export type RecordResult = "queued" | "duplicate" | "ignored";

/**
 * The whole of a webhook's work in the request: one short transaction records the event by id
 * (its unique key is what makes it apply once) and enqueues its handling; a worker does the rest.
 * An event already recorded is a duplicate and enqueues nothing. An event no handler wants is
 * recorded as ignored, in a single statement. The raw body is stored as received.
 */
export async function recordStripeEvent(event: Stripe.Event, body: string, endpoint: WebhookEndpoint, handled: boolean): Promise<RecordResult> {
  const { pool, boss } = await webQueue();
  const insert = `INSERT INTO ${appTable("StripeEvent")} ("id", "type", "account", "stripeCreated", "status", "payload")
    VALUES ($1, $2, $3, to_timestamp($4), $5, $6::jsonb) ON CONFLICT ("id") DO NOTHING RETURNING "id"`;
  const values = [event.id, event.type, event.account ?? null, event.created, handled ? "PROCESSING" : "IGNORED", body];
  if (!handled) {
    const { rowCount } = await pool.query(insert, values);
    return rowCount ? "ignored" : "duplicate";
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rowCount } = await client.query(insert, values);
    if (rowCount) {
      const db = { executeSql: (text: string, params?: unknown[]) => client.query(text, params) };
      await boss.send(STRIPE_EVENT_QUEUE, { eventId: event.id, endpoint }, { db });
    }
    await client.query("COMMIT");
    return rowCount ? "queued" : "duplicate";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
