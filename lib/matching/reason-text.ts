// Reasons as sentences: the CLI's English and the Matches page's three languages come from the
// same "matching.reasons.<code>" messages, with codes (HS, regions, channels, languages) turned
// into names for the reader.
import { regionName } from "@/lib/geo/regions";
import { hsName } from "@/lib/hs/nomenclature";
import { pickLocalized } from "@/lib/i18n/localized";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { MatchReason } from "./types";

type Values = Record<string, string | number>;

// Nomenclature names run long ("Tools, implements, cutlery, spoons and forks, of base metal; parts
// thereof"): a reason quotes the part before the first semicolon, cut to a readable length.
const NAME_MAX = 48;

function shortName(name: string): string {
  const head = name.split(/[;；]/u)[0]!.trim();
  if (Array.from(head).length <= NAME_MAX) return head;
  const cut = Array.from(head).slice(0, NAME_MAX).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > NAME_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

function hsLabel(code: string, locale: Locale): string {
  const name = hsName(code, locale);
  return name ? `${code} ${locale === "en" ? `(${shortName(name)})` : `（${shortName(name)}）`}` : code;
}

// Intl formatters are costly to build and a Matches page formats a hundred reasons: one per locale.
const languageNames = new Map<Locale, Intl.DisplayNames>();
const yen = new Map<Locale, Intl.NumberFormat>();

function languageLabel(code: string, locale: Locale): string {
  try {
    let names = languageNames.get(locale);
    if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function yenAmount(value: number, locale: Locale): string {
  let format = yen.get(locale);
  if (!format) yen.set(locale, (format = new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" })));
  return format.format(value);
}

/** The reason's params with every code replaced by its name in `locale`, ready for the message. */
export function reasonValues(reason: MatchReason, locale: Locale): Values {
  const m = messagesFor(locale).matching;
  const join = (items: string[]) => items.join(m.listSeparator);
  const channel = (type: string) => (m.channels as Record<string, string>)[type] ?? type;
  const out: Values = {};
  for (const [key, value] of Object.entries(reason.params)) {
    const list = Array.isArray(value) ? value : [value];
    switch (key) {
      // The distributor's (or need's) heading is named; the product's own code is shown bare, as
      // the product's name is right next to it.
      case "code":
        out[key] = hsLabel(String(value), locale);
        break;
      case "regions":
        out[key] = join(list.map((r) => regionName(String(r), locale)));
        break;
      case "channel":
      case "channels":
        out[key] = join(list.map((c) => channel(String(c))));
        break;
      case "languages":
        out[key] = join(list.map((l) => languageLabel(String(l), locale)));
        break;
      // A product's name or a need's text, in the reader's language when it was written in it.
      case "product":
      case "need":
        out[key] = typeof value === "object" && !Array.isArray(value) ? (pickLocalized(value, locale)?.text ?? "") : String(value);
        break;
      // Yen amounts carry their currency: a bare "¥" reads as yuan to a Chinese reader, so the
      // templates have no sign of their own and zh gets "JP¥".
      case "minOrder":
      case "orderValue":
        out[key] = yenAmount(Number(value), locale);
        break;
      default:
        out[key] = Array.isArray(value) ? join(value.map(String)) : typeof value === "object" ? (pickLocalized(value, locale)?.text ?? "") : value;
    }
  }
  return out;
}

export function reasonText(reason: MatchReason, locale: Locale): string {
  const template = (messagesFor(locale).matching.reasons as Record<string, string>)[reason.code];
  if (!template) return reason.code;
  const values = reasonValues(reason, locale);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The English sentence the `match` CLI prints. */
export function reasonToEnglish(reason: MatchReason): string {
  return reasonText(reason, "en");
}

// How strongly each kind of reason speaks for a match, strongest first: what the goods are, then
// where and how they would sell, then the terms, then the rest (chamber membership is also shown
// as a badge).
const strength: Record<string, number> = {
  goods_need: 0,
  hs_need: 0,
  need_text: 0,
  goods_related: 1,
  goods_code: 1,
  goods_line: 1,
  hs: 1,
  hs_inferred: 1,
  hs_described: 2,
  hs_chapter: 2,
  hs_prose: 2,
  description_text: 2,
  channel: 3,
  region: 3,
  need_price: 4,
  min_order: 4,
  language: 5,
  responsive: 5,
  unresponsive_sme: 5,
  unresponsive_distributor: 5,
  chamber_sme: 6,
  chamber_distributor: 6,
  access_todo: 4,
  access_todo_more: 4,
};

/** The reasons strongest first; reasons of equal strength keep the engine's order. */
export function strongestFirst(reasons: MatchReason[]): MatchReason[] {
  return reasons
    .map((reason, i) => ({ reason, i, rank: strength[reason.code] ?? 5 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.reason);
}
