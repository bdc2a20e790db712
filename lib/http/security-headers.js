// Security headers, shared by next.config.js (every response) and proxy.ts (pages, with the CSP
// nonce). Plain JavaScript so that next.config.js can import it.

/**
 * Whether the app is served over HTTPS in production, which turns on HSTS and Secure cookies.
 * Production is assumed to be behind TLS unless APP_URL says plainly that it is not (a local
 * production run such as the Playwright journeys on http://127.0.0.1).
 * @param {Record<string, string | undefined>} [env]
 */
export function servedOverHttps(env = process.env) {
  if (env.NODE_ENV !== "production") return false;
  return !(env.APP_URL ?? "").trim().toLowerCase().startsWith("http://");
}

/**
 * Headers for every response, pages, files and API alike.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ key: string, value: string }[]}
 */
export function baseSecurityHeaders(env = process.env) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    // For browsers that predate CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
  if (servedOverHttps(env)) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}

/** Responses that are not pages (files, JSON) run no script and embed nothing. */
export const nonPageCsp = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The policy of a page: scripts only with this response's nonce (Next.js adds it to its own
 * scripts, reading it from this header) or loaded by them; styles from our files (inline style
 * attributes stay allowed: React writes some, and styles run no code); nothing may frame a page.
 * @param {string} nonce
 * @param {Record<string, string | undefined>} [env]
 */
export function pageCsp(nonce, env = process.env) {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React needs eval only in development, for its debugging stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servedOverHttps(env) ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
