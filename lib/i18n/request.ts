import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    // Business users on both sides of the sea: show times in the reader's zone when the page
    // knows it; Tokyo is the neutral default and pages pass an explicit zone where it matters.
    timeZone: locale === "zh" ? "Asia/Shanghai" : "Asia/Tokyo",
  };
});
