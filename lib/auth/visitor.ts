import type { Role } from "@/generated/prisma/enums";

/** What /api/me tells the header's island about the visitor (the only per-visitor data of a catalogue page). */
export type VisitorSummary = {
  user: { name: string | null; email: string; role: Role } | null;
  cartCount: number;
};

/** Where the island asks, and the event that makes it ask again (after add-to-cart, a cart change). */
export const VISITOR_ENDPOINT = "/api/me";
export const VISITOR_CHANGED_EVENT = "comptoir:visitor-changed";
