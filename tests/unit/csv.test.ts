import { describe, expect, it } from "vitest";
import { collectCsv, csvCell, csvLine, csvResponse, decimalAmount, toCsv } from "@/lib/admin/csv";

describe("csvCell", () => {
  it("leaves plain text, numbers and empty values as they are", () => {
    expect(csvCell("Atelier Lumière")).toBe("Atelier Lumière");
    expect(csvCell(1234)).toBe("1234");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-01T10:00:00.000Z");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("Café, thé")).toBe('"Café, thé"');
    expect(csvCell('Le "Port"')).toBe('"Le ""Port"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
    // Only a leading sign matters.
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("refuses numbers that are not finite", () => {
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });
});

describe("documents", () => {
  it("writes a header row then CRLF-terminated records", () => {
    expect(toCsv(["a", "b"], [["x", 1], ["y,z", null]])).toBe('a,b\r\nx,1\r\n"y,z",\r\n');
    expect(csvLine(["=x"])).toBe("'=x\r\n");
  });

  it("writes amounts as decimals from their digits, whatever the currency's minor unit", () => {
    expect(decimalAmount(2450, "eur")).toBe("24.50");
    expect(decimalAmount(5, "eur")).toBe("0.05");
    expect(decimalAmount(0, "eur")).toBe("0.00");
    expect(decimalAmount(-120, "eur")).toBe("-1.20");
    expect(decimalAmount(1500, "jpy")).toBe("1500");
  });

  it("serves a download with the CSV content type, a BOM and the streamed chunks", async () => {
    async function* chunks() {
      yield "a,b\r\n";
      yield "1,2\r\n";
    }
    const response = csvResponse("ledger 2026.csv", chunks());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="ledger_2026.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The UTF-8 BOM first (for Excel), then the document.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe("a,b\r\n1,2\r\n");
    expect(await collectCsv(chunks())).toBe("a,b\r\n1,2\r\n");
  });
});
