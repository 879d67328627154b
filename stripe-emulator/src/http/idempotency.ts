import { ApiError } from "./errors";

export interface StoredResponse {
  status: number;
  body: unknown;
  requestId: string;
}

interface Entry {
  fingerprint: string;
  createdMs: number;
  response: StoredResponse | null; // null while the first request is still running
}

const TTL_MS = 24 * 60 * 60 * 1000;

/** Deterministic JSON (sorted keys) so parameter order does not matter. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * Stripe's idempotency layer: keys are scoped per API key and per account
 * (Stripe-Account header), remembered for 24 h, replay the first status + body,
 * and refuse a reuse with other parameters (400 idempotency_error) or while the
 * first request is still running (409).
 */
export class IdempotencyStore {
  private entries = new Map<string, Entry>();

  constructor(private readonly nowMs: () => number) {}

  static scope(apiKey: string, account: string, key: string): string {
    return `${apiKey}\u0000${account}\u0000${key}`;
  }

  /** Returns a stored response to replay, or null when the caller should execute the request. */
  begin(scope: string, key: string, method: string, path: string, params: unknown): StoredResponse | null {
    this.prune();
    const fingerprint = `${method} ${path} ${canonical(params)}`;
    const existing = this.entries.get(scope);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new ApiError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      if (!existing.response) {
        throw new ApiError(409, {
          type: "invalid_request_error",
          code: "idempotency_key_in_use",
          message:
            "There is currently another in-progress request using this Stripe-Idempotency-Key. Please try again later.",
        });
      }
      return existing.response;
    }
    this.entries.set(scope, { fingerprint, createdMs: this.nowMs(), response: null });
    return null;
  }

  /** Results are kept only when the endpoint actually ran (2xx, 402, 5xx), as Stripe documents. */
  finish(scope: string, response: StoredResponse): void {
    const entry = this.entries.get(scope);
    if (!entry) return;
    const s = response.status;
    if ((s >= 200 && s < 300) || s === 402 || s >= 500) entry.response = response;
    else this.entries.delete(scope);
  }

  abandon(scope: string): void {
    const entry = this.entries.get(scope);
    if (entry && !entry.response) this.entries.delete(scope);
  }

  private prune(): void {
    const now = this.nowMs();
    for (const [k, e] of this.entries) if (now - e.createdMs > TTL_MS) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }
}
