import type { MessageKey } from "@/lib/i18n/keys";
import type { Messages } from "@/lib/i18n/messages";

export type ErrorKey = keyof Messages["errors"];
/** A message key outside `errors`, for a domain's own errors, e.g. "catalog.errors.imageTooLarge". */
export type NamespacedKey = MessageKey;

/**
 * An error whose message is safe to show: a key into messages.errors (or a namespaced key with
 * params), optionally tied to a form field. Anything else that escapes an action is logged and
 * shown as a generic message.
 */
export class PublicError extends Error {
  constructor(
    readonly key: ErrorKey | NamespacedKey,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
    /** Structured detail returned with the message, e.g. an import's row errors. */
    readonly data?: unknown,
  ) {
    super(key);
    this.name = "PublicError";
  }
}
