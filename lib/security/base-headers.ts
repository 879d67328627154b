// Imported by next.config.ts, which cannot resolve the "@/" alias: no imports here.

/** Headers that do not depend on the environment: every path gets them (next.config.ts). */
export const BASE_SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
