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
