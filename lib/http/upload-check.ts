/**
 * Checks of an upload form made in the browser before it is posted: a body over the server's
 * limit is refused by Next.js with a bare 413 that the page cannot show, and the typed text would
 * be lost with it. Client-safe: no server imports.
 */
export function filesOf(data: FormData, field: string): File[] {
  return data.getAll(field).filter((value): value is File => typeof value === "object" && value !== null && "size" in value && value.size > 0);
}

/** The text fields of a form, to show it again filled in. */
export function textValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

/** Redirects and not-found answers travel as errors with a digest; they are not failures. */
export function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}
