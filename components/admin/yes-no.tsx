import { Badge } from "@/components/ui/badge";

/** A boolean as a coloured badge with its word (never colour alone). */
export function YesNo({ value, yes, no }: { value: boolean; yes: string; no: string }) {
  return <Badge tone={value ? "success" : "danger"}>{value ? yes : no}</Badge>;
}
