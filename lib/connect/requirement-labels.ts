/**
 * Stripe names requirements with dotted paths ("individual.verification.document",
 * "representative.address.city"). Sellers read them in plain words: the most specific known
 * label wins, then a label for the path's last meaningful part, then the path itself.
 */
export function requirementLabel(code: string, labels: Record<string, string>): string {
  if (labels[code]) return labels[code];
  const parts = code.split(".");
  for (let end = parts.length - 1; end > 0; end--) {
    const prefix = parts.slice(0, end).join(".");
    if (labels[prefix]) return labels[prefix];
  }
  for (const part of parts.slice(1)) if (labels[part]) return labels[part];
  return code;
}

/** Labels for a list of codes, merged when several codes read the same (dob.day, dob.month…). */
export function requirementLabels(
  items: { code: string; pastDue: boolean }[],
  labels: Record<string, string>,
): { label: string; pastDue: boolean }[] {
  const merged = new Map<string, boolean>();
  for (const item of items) {
    const label = requirementLabel(item.code, labels);
    merged.set(label, (merged.get(label) ?? false) || item.pastDue);
  }
  return [...merged].map(([label, pastDue]) => ({ label, pastDue }));
}
