import { createFormatter, createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/**
 * What next-intl/server gives a page, for tests that render pages outside Next's request scope
 * (where the real module cannot answer): translations and formats in `reader.locale`, which a
 * test may change between renders. Use it as
 * `vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader))`.
 */
export function intlServerFor(reader: { locale: Locale }) {
  return {
    setRequestLocale: () => {},
    // Either a namespace, or next-intl's { locale, namespace } form that generateMetadata uses.
    getTranslations: async (options?: string | { locale?: Locale; namespace?: string }) => {
      const { locale = reader.locale, namespace } = typeof options === "object" ? options : { namespace: options };
      return createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as never });
    },
    getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: "Asia/Tokyo" }),
    getLocale: async () => reader.locale,
  };
}
