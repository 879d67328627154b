import { currencyDecimals } from "@/lib/i18n/format";

export type CsvValue = string | number | boolean | Date | null | undefined;

/** Line break RFC 4180 asks for. */
const CRLF = "\r\n";
// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return too, as some of them strip those first.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: text that a spreadsheet would take for a formula gets a leading single quote, then
 * anything containing a comma, a quote or a line break is quoted with its quotes doubled
 * (RFC 4180). Numbers are written as they are (a number is never a formula), dates as ISO 8601.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + CRLF;
}

/** A whole document: the header row (column names), then the rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}

/**
 * An amount in minor units as a plain decimal with a dot ("2450" eur -> "24.50", "1500" jpy ->
 * "1500"), built from the digits, never through a float. Spreadsheets in any locale read it.
 */
export function decimalAmount(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`);
  const decimals = currencyDecimals(currency);
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  const sign = minor < 0 ? "-" : "";
  return decimals === 0 ? sign + digits : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A column pair for an amount: minor units and decimal, named `<name>_minor` and `<name>_decimal`. */
export function amountColumns(name: string): [string, string] {
  return [`${name}_minor`, `${name}_decimal`];
}

export function amountCells(minor: number, currency: string): [number, string] {
  return [minor, decimalAmount(minor, currency)];
}

// A BOM so that Excel opens UTF-8 (accents in shop names) correctly; other tools ignore it.
const BOM = "\uFEFF";

/**
 * A download of CSV text produced batch by batch, so a large export never sits whole in memory.
 * `chunks` yields pieces of the document (the header first).
 */
export function csvResponse(filename: string, chunks: AsyncIterable<string>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Reads an async CSV producer into one string (tests, small exports). */
export async function collectCsv(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
