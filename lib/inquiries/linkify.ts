/**
 * Splits a message's plain text into text and link segments. Only http(s) URLs become links, and
 * the text is never parsed as HTML: whatever else it holds is shown as typed.
 */
export type Segment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// ASCII only: in Japanese and Chinese text a URL is often followed by a word without a space.
const urlPattern = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]+/gi;

/** Drops punctuation that ends the sentence rather than the URL; keeps a ")" the URL opened. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1) ?? "";
    const unbalanced = last === ")" && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length;
    if (!last || (!".,;:!?'\"]".includes(last) && !unbalanced)) return url;
    url = url.slice(0, -1);
  }
}

function safeHref(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const push = (value: string) => {
    if (!value) return;
    const prev = segments.at(-1);
    if (prev?.kind === "text") prev.text += value;
    else segments.push({ kind: "text", text: value });
  };
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    const href = url.length > "https://".length ? safeHref(url) : undefined;
    push(text.slice(last, start));
    if (href) segments.push({ kind: "link", text: url, href });
    else push(url);
    last = start + url.length;
  }
  push(text.slice(last));
  return segments;
}
