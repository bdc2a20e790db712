import type { Messages } from "@/lib/i18n/messages";

export type ErrorKey = keyof Messages["errors"];

/**
 * An error whose message is safe to show: a key into messages.errors, optionally tied to a form
 * field. Anything else that escapes an action is logged and shown as a generic message.
 */
export class PublicError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly field?: string,
  ) {
    super(key);
    this.name = "PublicError";
  }
}
