import type { Emulator } from "../emulator";
import type { P } from "./params";

export interface ApiContext {
  emu: Emulator;
  method: string;
  path: string;
  pathParams: Record<string, string>;
  p: P;
  /** PLATFORM, or the connected account named by the Stripe-Account header. */
  owner: string;
  stripeAccount: string | null;
  requestId: string;
  /** true when the caller used a publishable key (only on routes registered with `{ publishable: true }`). */
  publishable: boolean;
  /** Applies `expand[]` of the request to an object. */
  expand<T>(obj: T): T;
}

export type ApiHandler = (ctx: ApiContext) => unknown;

export interface RouteOptions {
  /** Stripe.js may call it with a publishable key (and from any origin: CORS). */
  publishable?: boolean;
}

interface Route {
  method: string;
  parts: string[];
  handler: ApiHandler;
  options: RouteOptions;
}

/** Minimal method + path router with `:param` segments. */
export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, handler: ApiHandler, options: RouteOptions = {}): this {
    this.routes.push({ method, parts: pattern.split("/").filter(Boolean), handler, options });
    return this;
  }

  get(p: string, h: ApiHandler, o?: RouteOptions) {
    return this.add("GET", p, h, o);
  }
  post(p: string, h: ApiHandler, o?: RouteOptions) {
    return this.add("POST", p, h, o);
  }
  delete(p: string, h: ApiHandler) {
    return this.add("DELETE", p, h);
  }

  match(method: string, path: string): { handler: ApiHandler; params: Record<string, string>; options: RouteOptions } | null {
    const segs = path.split("/").filter(Boolean);
    for (const r of this.routes) {
      if (r.method !== method || r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segs.length; i++) {
        const part = r.parts[i] ?? "";
        const seg = decodeURIComponent(segs[i] ?? "");
        if (part.startsWith(":")) params[part.slice(1)] = seg;
        else if (part !== seg) {
          ok = false;
          break;
        }
      }
      if (ok) return { handler: r.handler, params, options: r.options };
    }
    return null;
  }
}
