import { env } from "@/lib/env";

/**
 * The client address the sign-in rate limit counts by. Each proxy appends the address it received
 * the request from to X-Forwarded-For, so only the entries our own proxies added can be believed:
 * the one TRUSTED_PROXY_HOPS places from the right is the address the outermost of them saw.
 * Everything to its left came with the request and is whatever the client chose to send.
 */
export function trustedProxyHops(source?: Record<string, string | undefined>): number {
  return env("TRUSTED_PROXY_HOPS", source);
}

export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than hops: the request skipped an outer proxy, and the left-most entry was
  // written by the first proxy it met.
  return entries[Math.max(0, entries.length - hops)] ?? "unknown";
}
