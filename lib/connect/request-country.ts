import { isSupportedCountry, type ConnectCountry } from "./countries";

/**
 * The seller's likely country, from the request: a hosting provider's geo header when there is
 * one, else the region of the browser's languages ("en-US" -> US, "fr-BE" -> BE). Null when
 * nothing says (an "en" browser alone does not mean the United Kingdom): the form then asks.
 */
export function countryFromRequest(headers: Headers): ConnectCountry | null {
  for (const name of ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country"]) {
    const code = headers.get(name)?.trim().toUpperCase();
    if (code && isSupportedCountry(code)) return code;
  }
  const languages = (headers.get("accept-language") ?? "").split(",").map((part) => part.split(";")[0]!.trim());
  for (const tag of languages) {
    const region = tag.split("-")[1]?.toUpperCase();
    if (region && isSupportedCountry(region)) return region;
  }
  return null;
}
