import { describe, expect, it } from "vitest";
import { parseSearchSegments, readSearchParams, SEARCH_MAX_LENGTH, searchHref, searchResultsSegments } from "@/lib/catalog/search-path";

const segmentsOf = (request: { query: string; page: number }) => {
  const [page, query] = searchResultsSegments(request).split("/") as [string, string];
  return { page, query };
};

describe("search results as cached paths", () => {
  it("reads the visible parameters: trimmed query, page 1 unless a positive integer", () => {
    expect(readSearchParams(new URLSearchParams("q=%20tasse%20bleue%20&page=3"))).toEqual({ query: "tasse bleue", page: 3 });
    for (const page of ["0", "-2", "abc", "1e3", "99999"]) expect(readSearchParams(new URLSearchParams({ q: "x", page })).page).toBe(1);
    expect(readSearchParams(new URLSearchParams("")).query).toBe("");
  });

  it("bounds the query without leaving a space or half a character at the cut", () => {
    expect(readSearchParams(new URLSearchParams({ q: `${"a".repeat(SEARCH_MAX_LENGTH - 1)} b` })).query).toBe("a".repeat(SEARCH_MAX_LENGTH - 1));
    const emoji = readSearchParams(new URLSearchParams({ q: `${"a".repeat(SEARCH_MAX_LENGTH - 1)}😀` })).query;
    expect(emoji.isWellFormed()).toBe(true);
    expect(parseSearchSegments(segmentsOf({ query: emoji, page: 1 }))).toEqual({ query: emoji, page: 1 });
  });

  it("round-trips any query, slashes, percent signs and accents included", () => {
    for (const query of ["café/thé", "100% lin", "a?b#c&d=e", "..", "😀 bol", "x\u0000y"]) {
      expect(parseSearchSegments(segmentsOf({ query, page: 2 }))).toEqual({ query, page: 2 });
    }
  });

  it("refuses segments it would not have written, so one query has one cached page", () => {
    const good = segmentsOf({ query: "tasse", page: 1 });
    expect(parseSearchSegments({ ...good, page: "01" })).toBeNull();
    expect(parseSearchSegments({ ...good, page: "0" })).toBeNull();
    expect(parseSearchSegments({ ...good, page: "1001" })).toBeNull();
    expect(parseSearchSegments({ ...good, query: `${good.query}=` })).toBeNull();
    expect(parseSearchSegments({ page: "1", query: Buffer.from(" tasse").toString("base64url") })).toBeNull();
    expect(parseSearchSegments({ page: "1", query: Buffer.from([0xff, 0xfe]).toString("base64url") })).toBeNull();
    expect(parseSearchSegments({ page: "1", query: "not base64!" })).toBeNull();
  });

  it("links to the visible URL", () => {
    expect(searchHref({ query: "bol vert", page: 1 })).toBe("/search?q=bol+vert");
    expect(searchHref({ query: "bol", page: 2 })).toBe("/search?q=bol&page=2");
  });
});
