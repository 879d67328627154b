/**
 * Structured, one-line JSON logs (what log collectors expect), with Error objects expanded.
 * Quiet in tests unless LOG_LEVEL asks otherwise.
 */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  if (configured && configured in order) return order[configured];
  return process.env.VITEST ? order.error + 1 : order.info;
}

// No secret reaches a log line: fields named like one are masked, and secrets inside strings
// (passwords in connection URLs, Stripe keys and signing secrets, bearer tokens) are cut out.
const SECRET_FIELD = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|credential/i;
const SECRET_TEXT: [RegExp, string][] = [
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]+@/gi, "$1***@"],
  [/\b(sk|rk|whsec|pk)_(test|live)_[A-Za-z0-9_]+/g, "$1_$2_***"],
  [/\bwhsec_[A-Za-z0-9_]+/g, "whsec_***"],
  [/\b(Bearer)\s+[A-Za-z0-9._~+/-]+=*/gi, "$1 ***"],
];

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return SECRET_TEXT.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), value);
  if (value instanceof Error) return redact({ name: value.name, message: value.message, stack: value.stack }, depth);
  if (depth > 5 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_FIELD.test(key) ? "***" : redact(item, depth + 1)]),
  );
}

function serialise(value: unknown): unknown {
  return redact(value);
}

function log(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold()) return;
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message: redact(message) };
  for (const [key, value] of Object.entries(fields)) entry[key] = SECRET_FIELD.test(key) ? "***" : serialise(value);
  const line = JSON.stringify(entry);
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => log("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => log("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => log("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => log("error", message, fields),
};
