// Types next-intl's translators with our catalogue: a key that en.json lacks, or a namespace that
// does not exist, fails the typecheck instead of rendering MISSING_MESSAGE. en.json is the shape;
// tests/unit/messages.test.ts checks that ja and zh have the same keys.
import type { Locale as AppLocale } from "./routing";
import type en from "@/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
