// The part of the message catalogue that client components read: the layout hands only these to
// NextIntlClientProvider, so a page's HTML carries them instead of the whole catalogue. Server
// components read every message on the server. tests/unit/client-messages.test.ts checks that
// every client component's namespace and key prefix is listed here.
import type { Messages } from "./messages";
import type { Locale } from "./routing";
import { messagesFor } from "./messages";

export const clientNamespaces = [
  "access.admin",
  "access.facts",
  "account",
  "admin.chambers",
  "admin.decision",
  "admin.import",
  "auth",
  "catalog.channels",
  "catalog.channelTypes",
  "chamberConsole.introductions",
  "chamberConsole.members.bulk",
  "catalog.common",
  "catalog.form",
  "catalog.hs",
  "catalog.images",
  "catalog.import",
  "catalog.needs",
  "catalog.price",
  "catalog.products",
  "catalog.regions",
  "catalog.targets",
  "savedSearches.form",
  "common",
  "company.form",
  "company.members",
  "errorPage",
  "events.availability",
  "events.form",
  "events.kinds",
  "events.nextSteps",
  "events.note",
  "events.register",
  "errors.exchangeFileTooLarge",
  "errors.uploadFailed",
  "hs",
  "inquiries.errors",
  "inquiries.meetings",
  "inquiries.new",
  "inquiries.stage",
  "inquiries.stages",
  "inquiries.thread",
  "invite",
  "matchesPage",
  "notifications.categories",
  "notifications.locales",
  "notifications.settings",
  "quotations.approxCny",
  "quotations.form",
  "quotations.incoterms",
  "samples.carriers",
  "samples.form",
  "samples.payers",
  "showrooms.apply",
  "showrooms.form",
  "trust.badge",
  "trust.documents",
  "trust.kinds",
  "trust.verify",
] as const;

type Tree = { [key: string]: unknown };

/** `messages` cut down to the entries at `paths` ("a.b" keeps messages.a.b and its parents' names). */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let to = out;
    keys.forEach((key, i) => {
      from = (from as Tree | undefined)?.[key];
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Tree;
    });
  }
  return out;
}

const cache = new Map<Locale, Tree>();

/** The client's share of a locale's messages, cut once per locale and process. */
export function clientMessagesFor(locale: Locale): Partial<Messages> {
  let picked = cache.get(locale);
  if (!picked) {
    picked = pickMessages(messagesFor(locale) as Tree, clientNamespaces);
    cache.set(locale, picked);
  }
  return picked as Partial<Messages>;
}
