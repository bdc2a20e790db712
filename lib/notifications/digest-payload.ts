// A digest email's payload: written by the digest job, read by the email renderer (in the mail
// worker, so no "server-only"). Lists travel as JSON text: payload values are strings, numbers or names.
import { z } from "zod";
import type { Localized } from "@/db/schema/localized";
import type { SearchItemKind } from "@/db/schema";

export type DigestItem = { kind: SearchItemKind; id: string; name: Localized; companyName: Localized };
type DigestMatchItem = { id: string; name: Localized; score: number };

export type DigestContent = {
  name: string;
  frequency: string;
  items: DigestItem[];
  more: boolean;
  matches: DigestMatchItem[];
  searchPath: string;
  stopToken: string;
};

export function digestPayload(content: DigestContent): Record<string, string | number> {
  return {
    name: content.name,
    frequency: content.frequency,
    items: JSON.stringify(content.items),
    more: content.more ? 1 : 0,
    matches: JSON.stringify(content.matches.map(({ id, name, score }) => ({ id, name, score }))),
    searchPath: content.searchPath,
    stopToken: content.stopToken,
  };
}

const localized = z.object({ ja: z.string().optional(), zh: z.string().optional(), en: z.string().optional() });
const itemsSchema = z.array(z.object({ kind: z.enum(["product", "company", "need"]), id: z.uuid(), name: localized, companyName: localized }));
const matchesSchema = z.array(z.object({ id: z.uuid(), name: localized, score: z.number() }));

function parsedList<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | [] {
  if (typeof value !== "string") return [];
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The payload read back; anything malformed reads as empty rather than failing the email. */
export function readDigestPayload(payload: Record<string, unknown>): DigestContent {
  const text = (key: string) => (typeof payload[key] === "string" ? (payload[key] as string) : "");
  return {
    name: text("name"),
    frequency: text("frequency"),
    items: parsedList(itemsSchema, payload.items),
    more: payload.more === 1,
    matches: parsedList(matchesSchema, payload.matches),
    // Only same-site paths, like every notification link.
    searchPath: /^\/search(\?[^\s\\]*)?$/.test(text("searchPath")) ? text("searchPath") : "/search",
    stopToken: /^[\w-]{20,64}$/.test(text("stopToken")) ? text("stopToken") : "",
  };
}
