/**
 * Whether the app is served over HTTPS in production, which turns on HSTS and Secure cookies.
 * Production is assumed to be behind TLS unless APP_URL says plainly that it is not (a local
 * production run such as the Playwright journeys on http://127.0.0.1).
 */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  if (env.NODE_ENV !== "production") return false;
  return !(env.APP_URL ?? "").trim().toLowerCase().startsWith("http://");
}
