/**
 * A user-facing catalog error: a key under messages.catalog.errors, optionally tied to a form
 * field, with values for the message's placeholders. catalogAction turns it into field errors.
 */
export class CatalogError extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
    readonly params: Record<string, string | number> = {},
    /** Structured detail for the client (an import's row errors), returned with the message. */
    readonly data?: unknown,
  ) {
    super(key);
    this.name = "CatalogError";
  }
}
