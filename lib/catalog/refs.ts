import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: refs are read aloud on the phone and typed from printed lists.
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * A short random ref ("P-7KQ2MX"), unique within a company in practice (31^6 ≈ 887 million);
 * the (company, ref) unique index is the real guarantee.
 */
export function newRef(prefix: "P" | "N"): string {
  let out = `${prefix}-`;
  for (let i = 0; i < 6; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** `count` refs, distinct from each other and from `taken`. */
export function newRefs(prefix: "P" | "N", count: number, taken: Iterable<string> = []): string[] {
  const seen = new Set(taken);
  const out: string[] = [];
  while (out.length < count) {
    const ref = newRef(prefix);
    if (!seen.has(ref)) {
      seen.add(ref);
      out.push(ref);
    }
  }
  return out;
}
