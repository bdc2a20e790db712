import { hasControlCharacters } from "@/lib/text/control-characters";

/**
 * Whether a URL's path and query can be read as text: every percent-escape decodes to UTF-8 and
 * none is a control character (NUL and the like, which PostgreSQL refuses in text and no page
 * needs). Such URLs get a 400 before any page runs, rather than a 500 from deep inside one.
 */
export function readableUrl(url: URL): boolean {
  try {
    const path = decodeURIComponent(url.pathname);
    if (hasControlCharacters(path)) return false;
    for (const part of url.search.slice(1).split("&")) {
      if (hasControlCharacters(decodeURIComponent(part.replace(/\+/g, " ")))) return false;
    }
    return true;
  } catch {
    return false;
  }
}
