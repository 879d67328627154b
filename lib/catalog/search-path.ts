import { z } from "zod";

// Search results are cached pages like the rest of the catalogue: proxy.ts rewrites the visible
// `/search?q=…&page=…` to an internal path that carries the query in its segments
// (`/search/{page}/{query as base64url}`), a page Next.js renders once per query and serves from
// its cache until the catalogue changes. Search parameters cannot key a cached page; path
// segments can. base64url because a query may hold `/`, `%` or anything else a segment cannot.

export const SEARCH_MAX_LENGTH = 100;
/** Pages past this are refused rather than cached: no listing here is that long. */
export const SEARCH_MAX_PAGE = 1000;

export type SearchRequest = { query: string; page: number };

/** The query as searched: trimmed, bounded, and valid Unicode (the cut may split a surrogate pair). */
const boundQuery = (query: string) => query.trim().slice(0, SEARCH_MAX_LENGTH).toWellFormed().trim();

/** What a visitor asked, from the visible URL's parameters: the query bounded, the page 1 unless a positive integer. */
export function readSearchParams(params: URLSearchParams): SearchRequest {
  const query = boundQuery(params.get("q") ?? "");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return { query, page: Number.isInteger(page) && page >= 1 && page <= SEARCH_MAX_PAGE ? page : 1 };
}

/** The internal segments after `/search` for a non-empty query. */
export function searchResultsSegments({ query, page }: SearchRequest): string {
  return `${page}/${Buffer.from(query, "utf8").toString("base64url")}`;
}

const segments = z.object({
  page: z.string().regex(/^[1-9]\d{0,3}$/).transform(Number).pipe(z.number().max(SEARCH_MAX_PAGE)),
  query: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
});

/**
 * The request the internal segments stand for, or null when they are not ones proxy.ts writes
 * (the page answers 404): the query must decode to valid text and encode back to the same segment,
 * so one query has one cached page.
 */
export function parseSearchSegments(raw: { page: string; query: string }): SearchRequest | null {
  const parsed = segments.safeParse(raw);
  if (!parsed.success) return null;
  const query = Buffer.from(parsed.data.query, "base64url").toString("utf8");
  const request = { query, page: parsed.data.page };
  if (query.length === 0 || boundQuery(query) !== query || searchResultsSegments(request) !== `${raw.page}/${raw.query}`) return null;
  return request;
}

/** The visible URL of a results page (links and pagination). */
export function searchHref({ query, page }: SearchRequest): string {
  return `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`;
}
