/**
 * Decoder for the bracket notation stripe-node sends (`a[b][0][c]=v`,
 * `expand[]=x`), both in form bodies and GET query strings. Objects whose keys
 * are all indices become arrays, as Stripe's own parser does.
 */

export type ParamValue = string | number | boolean | null | ParamValue[] | Params;
export interface Params {
  [key: string]: ParamValue;
}

function splitKey(raw: string): string[] {
  const first = raw.indexOf("[");
  if (first <= 0) return [raw];
  const parts = [raw.slice(0, first)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  re.lastIndex = first;
  while ((m = re.exec(raw)) !== null) parts.push(m[1] ?? "");
  return parts;
}

function isParams(v: ParamValue | undefined): v is Params {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function setDeep(root: Params, path: string[], value: string): void {
  let node: Params = root;
  for (let i = 0; i < path.length; i++) {
    let key = path[i] ?? "";
    // `key[]` appends: give it the next free index so it normalises into an array.
    if (key === "") key = String(Object.keys(node).length);
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (!isParams(next)) node[key] = {};
    node = node[key] as Params;
  }
}

function normalize(v: ParamValue): ParamValue {
  if (!isParams(v)) return v;
  const keys = Object.keys(v);
  for (const k of keys) v[k] = normalize(v[k] as ParamValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map((k) => Number(k))
      .sort((a, b) => a - b)
      .map((k) => v[String(k)] as ParamValue);
  }
  return v;
}

export function parseForm(body: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(body)) setDeep(root, splitKey(key), value);
  return normalize(root) as Params;
}

export function parseBody(raw: string, contentType: string | undefined): Params {
  if (!raw.trim()) return {};
  if (contentType?.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return parsed as Params;
  }
  return parseForm(raw);
}
