import { PublicError } from "@/lib/errors";
import type { KeyIn } from "@/lib/i18n/keys";

/**
 * A user-facing catalog error: a key under messages.catalog.errors, optionally tied to a form
 * field, with values for the message's placeholders and structured detail (an import's row
 * errors). The action wrapper translates it like any PublicError.
 */
export class CatalogError extends PublicError {
  constructor(key: KeyIn<"catalog.errors">, field?: string, params: Record<string, string | number> = {}, data?: unknown) {
    super(`catalog.errors.${key}`, field, params, data);
    this.name = "CatalogError";
  }
}
