import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "../emulator";
import { API_VERSION } from "../emulator";
import { newRequestId } from "../ids";
import { PLATFORM_ACCOUNT_ID } from "../domain/accounts";
import { findAnyObject } from "../domain/lookup";
import { PLATFORM } from "../state";
import { authenticateKey, publishableRefused } from "./auth";
import { ApiError, type ErrorBody } from "./errors";
import { expandObject } from "./expand";
import { parseBody, parseForm } from "./form";
import { IdempotencyStore } from "./idempotency";
import { P } from "./params";
import { readBody, sendJson } from "./respond";
import type { ApiContext, Router } from "./router";

function errorResponse(e: unknown, requestId: string): { status: number; body: { error: ErrorBody } } {
  if (e instanceof ApiError) {
    return {
      status: e.status,
      body: { error: { ...e.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } },
    };
  }
  console.error("[stripe-emulator] internal error", e);
  return {
    status: 500,
    body: {
      error: {
        type: "api_error",
        message: `An unknown error occurred (${e instanceof Error ? e.message : String(e)})`,
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
      },
    },
  };
}

/** Resolve the Stripe-Account header to an owner key; unknown accounts are refused like Stripe does. */
function resolveOwner(emu: Emulator, header: string | null, key: string): string {
  if (!header || header === PLATFORM_ACCOUNT_ID) return PLATFORM;
  if (!emu.state.accounts[header]) {
    throw new ApiError(403, {
      type: "invalid_request_error",
      code: "account_invalid",
      message: `The provided key '${key.slice(0, 8)}***${key.slice(-4)}' does not have access to account '${header}' (or that account does not exist). Application access may have been revoked.`,
    });
  }
  return header;
}

const CORS_ALLOW_HEADERS = "Authorization, Content-Type, Stripe-Account, Stripe-Version, Idempotency-Key";

/**
 * Routes Stripe.js calls with a publishable key answer any origin, as api.stripe.com does;
 * secret-key routes get no CORS headers, so a browser cannot read them cross-origin.
 */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": typeof req.headers.origin === "string" ? req.headers.origin : "*",
    "Access-Control-Allow-Methods": "GET, POST, DELETE",
    "Access-Control-Allow-Headers": CORS_ALLOW_HEADERS,
    "Access-Control-Max-Age": "300",
    Vary: "Origin",
  };
}

/** Handle one `/v1/...` request: auth, faults, parsing, idempotency, routing, Stripe-shaped errors. */
export async function handleApi(emu: Emulator, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://localhost");
  if (method === "OPTIONS") {
    const wanted = String(req.headers["access-control-request-method"] ?? "GET").toUpperCase();
    const pre = router.match(wanted, url.pathname);
    res.writeHead(204, pre?.options.publishable ? corsHeaders(req) : {});
    res.end();
    return;
  }
  const route = router.match(method, url.pathname);
  const headers: Record<string, string> = {
    ...(route?.options.publishable ? corsHeaders(req) : {}),
    "Request-Id": requestId,
    "Stripe-Version": String(req.headers["stripe-version"] ?? API_VERSION),
  };
  const idemKey = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
  if (idemKey) headers["Idempotency-Key"] = idemKey;
  const stripeAccount = typeof req.headers["stripe-account"] === "string" ? req.headers["stripe-account"] : null;
  if (stripeAccount) headers["Stripe-Account"] = stripeAccount;
  const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    emu.log(`${method} ${url.pathname} -> ${status}`);
    sendJson(res, status, body, { ...headers, ...extra });
  };

  let scope: string | null = null;
  let silent = false;
  try {
    const { key: apiKey, publishable } = authenticateKey(req, emu.opts.keyPrefixes);
    if (publishable && route && !route.options.publishable) throw publishableRefused();
    const fault = emu.faults.takeApi(method, url.pathname);
    if (fault) {
      if (fault.status === 429) {
        throw new ApiError(429, {
          type: "invalid_request_error",
          code: "rate_limit",
          message: "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.",
        });
      }
      if (fault.status === 500) {
        throw new ApiError(500, { type: "api_error", message: "An unknown error occurred (injected fault)." });
      }
    }
    if (fault?.status === "timeout") {
      const hold = fault.hold_ms ?? 30_000;
      emu.setTimer(() => res.destroy(), hold);
      if (!fault.execute) return;
      silent = true; // run the request (state changes) but never answer it
    }
    const raw = method === "GET" || method === "DELETE" ? url.search.slice(1) : await readBody(req);
    const params =
      method === "GET" || method === "DELETE" ? parseForm(raw) : parseBody(raw, req.headers["content-type"]);
    const owner = resolveOwner(emu, stripeAccount, apiKey);

    if (method === "POST" && idemKey) {
      const s = IdempotencyStore.scope(apiKey, owner, idemKey);
      const replay = emu.idempotency.begin(s, idemKey, method, url.pathname, params);
      if (replay) {
        if (!silent) send(replay.status, replay.body, { "Idempotent-Replayed": "true", "Original-Request": replay.requestId });
        return;
      }
      scope = s;
    }

    if (fault?.status === "delay") await new Promise((r) => setTimeout(r, fault.delay_ms ?? 1000));

    const match = route;
    if (!match) {
      throw new ApiError(404, {
        type: "invalid_request_error",
        message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      });
    }
    const p = new P(params);
    const expandList = p.strList("expand") ?? [];
    const ctx: ApiContext = {
      emu,
      method,
      path: url.pathname,
      pathParams: match.params,
      p,
      owner,
      stripeAccount,
      requestId,
      publishable,
      expand: (obj) => expandObject(obj, expandList, (id) => findAnyObject(emu, id)),
    };
    let status = 200;
    let body: unknown;
    try {
      body = emu.withRequest({ id: requestId, idempotency_key: idemKey }, () => match.handler(ctx));
    } catch (e) {
      const r = errorResponse(e, requestId);
      status = r.status;
      body = r.body;
    }
    if (scope) {
      emu.idempotency.finish(scope, { status, body, requestId });
      scope = null;
    }
    if (!silent) send(status, body);
  } catch (e) {
    if (scope) emu.idempotency.abandon(scope);
    const r = errorResponse(e, requestId);
    if (!silent) send(r.status, r.body);
  }
}
