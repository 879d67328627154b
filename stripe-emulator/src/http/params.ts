import { invalidRequest, missingParam } from "./errors";
import type { ParamValue, Params } from "./form";

interface StrOpts {
  required?: boolean;
  max?: number;
  oneOf?: readonly string[];
}
interface IntOpts {
  required?: boolean;
  min?: number;
  max?: number;
}

/**
 * Typed reader over decoded params that reports errors with Stripe's full
 * bracketed param name (e.g. `line_items[0][price_data][unit_amount]`), so
 * clients get the same `param` they would get from Stripe.
 */
export class P {
  constructor(
    readonly data: Params,
    private readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  raw(key: string): ParamValue | undefined {
    return this.data[key];
  }

  /** Stripe treats an empty string as "unset". */
  has(key: string): boolean {
    const v = this.data[key];
    return v !== undefined && v !== null && v !== "";
  }

  keys(): string[] {
    return Object.keys(this.data);
  }

  str(key: string, o: StrOpts = {}): string | undefined {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") {
      if (o.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v === "object") throw invalidRequest(`Invalid string: ${JSON.stringify(v)}`, this.name(key));
    const s = String(v);
    if (o.max !== undefined && s.length > o.max)
      throw invalidRequest(`Invalid string: ${s.slice(0, 20)}...; must be at most ${o.max} characters`, this.name(key));
    if (o.oneOf && !o.oneOf.includes(s))
      throw invalidRequest(`Invalid ${key}: must be one of ${o.oneOf.join(", ")}`, this.name(key));
    return s;
  }

  int(key: string, o: IntOpts = {}): number | undefined {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") {
      if (o.required) throw missingParam(this.name(key));
      return undefined;
    }
    const s = typeof v === "object" ? "" : String(v);
    if (!/^-?\d+$/.test(s)) throw invalidRequest(`Invalid integer: ${typeof v === "object" ? "object" : s}`, this.name(key));
    const n = Number(s);
    if (o.min !== undefined && n < o.min) {
      throw invalidRequest(
        o.min === 0 ? `Invalid non-negative integer` : `This value must be greater than or equal to ${o.min}.`,
        this.name(key),
      );
    }
    if (o.max !== undefined && n > o.max)
      throw invalidRequest(`This value must be less than or equal to ${o.max}.`, this.name(key));
    return n;
  }

  bool(key: string): boolean | undefined {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (v === true || v === "true") return true;
    if (v === false || v === "false") return false;
    throw invalidRequest(`Invalid boolean: ${String(v)}`, this.name(key));
  }

  obj(key: string, required = false): P | undefined {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") {
      if (required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v !== "object" || Array.isArray(v)) throw invalidRequest(`Invalid object`, this.name(key));
    return new P(v, this.name(key));
  }

  list(key: string, required = false): P[] {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") {
      if (required) throw missingParam(this.name(key));
      return [];
    }
    if (!Array.isArray(v)) throw invalidRequest(`Invalid array`, this.name(key));
    return v.map((item, i) => {
      if (typeof item !== "object" || item === null || Array.isArray(item))
        throw invalidRequest(`Invalid object`, `${this.name(key)}[${i}]`);
      return new P(item, `${this.name(key)}[${i}]`);
    });
  }

  strList(key: string): string[] | undefined {
    const v = this.data[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "string") return [v];
    if (!Array.isArray(v)) throw invalidRequest(`Invalid array`, this.name(key));
    return v.map((x, i) => {
      if (typeof x === "object") throw invalidRequest(`Invalid string`, `${this.name(key)}[${i}]`);
      return String(x);
    });
  }

  url(key: string, required = false): string | undefined {
    const s = this.str(key, { required, max: 5000 });
    if (s === undefined) return undefined;
    try {
      const u = new URL(s.replace("{CHECKOUT_SESSION_ID}", "x"));
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("protocol");
    } catch {
      throw invalidRequest(`Not a valid URL`, this.name(key), "url_invalid");
    }
    return s;
  }

  email(key: string): string | undefined {
    const s = this.str(key, { max: 800 });
    if (s !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s))
      throw invalidRequest(`Invalid email address: ${s}`, this.name(key), "email_invalid");
    return s;
  }

  /** Metadata as Stripe validates it; `""` for the whole hash or a key means "remove". */
  metadata(key = "metadata"): Record<string, string | null> | undefined {
    const v = this.data[key];
    if (v === undefined || v === null) return undefined;
    if (v === "") return {};
    if (typeof v !== "object" || Array.isArray(v)) throw invalidRequest(`Invalid object`, this.name(key));
    const out: Record<string, string | null> = {};
    const entries = Object.entries(v);
    if (entries.length > 50)
      throw invalidRequest(`Invalid metadata: metadata cannot have more than 50 keys`, this.name(key));
    for (const [k, val] of entries) {
      if (k.length > 40)
        throw invalidRequest(`Metadata keys can be at most 40 characters long`, `${this.name(key)}[${k}]`);
      if (typeof val === "object" && val !== null)
        throw invalidRequest(`Invalid string`, `${this.name(key)}[${k}]`);
      const s = val === null ? "" : String(val);
      if (s.length > 500)
        throw invalidRequest(`Metadata values can have up to 500 characters`, `${this.name(key)}[${k}]`);
      out[k] = s === "" ? null : s;
    }
    return out;
  }

  /** Rejects parameters Stripe would not know, catching typos like `sucess_url`. */
  allowOnly(allowed: readonly string[]): void {
    for (const k of Object.keys(this.data)) {
      if (!allowed.includes(k)) throw invalidRequest(`Received unknown parameter: ${this.name(k)}`, this.name(k), "parameter_unknown");
    }
  }
}

/** Apply a metadata patch the way Stripe does: null removes a key. */
export function mergeMetadata(
  current: Record<string, string>,
  patch: Record<string, string | null> | undefined,
  replace = false,
): Record<string, string> {
  if (patch === undefined) return current;
  const base = replace ? {} : { ...current };
  if (Object.keys(patch).length === 0) return {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete base[k];
    else base[k] = v;
  }
  return base;
}
