/** Structured one-line logs; every error log carries the request id shown to the user. */
export function newRequestId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 12);
}

export function logError(requestId: string, error: unknown, context: Record<string, unknown> = {}): void {
  const err = error instanceof Error ? error : new Error(String(error));
  console.error(
    JSON.stringify({ level: "error", requestId, message: err.message, name: err.name, stack: err.stack, ...context }),
  );
}
