import { invalidRequest } from "./errors";

export type Resolver = (id: string) => unknown;

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Stripe's `expand[]`: replace id strings by the objects they name, following
 * dotted paths (`payment_intent.latest_charge`, `data.charge` in lists).
 * Works on a deep copy so stored objects keep their ids.
 */
export function expandObject<T>(obj: T, paths: string[], resolve: Resolver): T {
  if (paths.length === 0) return obj;
  const copy = structuredClone(obj);
  for (const path of paths) walk(copy, path.split("."), path, resolve);
  return copy;
}

function walk(node: unknown, segs: string[], full: string, resolve: Resolver): void {
  if (!isNode(node) || segs.length === 0) return;
  const [seg, ...rest] = segs as [string, ...string[]];
  if (node.object === "list" && seg === "data" && Array.isArray(node.data)) {
    for (const item of node.data) walk(item, rest, full, resolve);
    return;
  }
  if (!(seg in node)) throw invalidRequest(`This property cannot be expanded (${full}).`, "expand");
  let value = node[seg];
  if (typeof value === "string") {
    const found = resolve(value);
    if (found !== undefined) {
      value = structuredClone(found);
      node[seg] = value;
    }
  }
  if (rest.length) walk(value, rest, full, resolve);
}
