import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client address the sign-in rate limit counts by. Each proxy appends the address it received
 * the request from to X-Forwarded-For, so only the entries our own proxies added can be believed.
 * Two ways to say which those are:
 *
 * - TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated): entries are read from the right,
 *   skipping our proxies' own addresses; the first other one is the client.
 * - otherwise TRUSTED_PROXY_HOPS (default 1): the entry that many places from the right; `0` means
 *   no proxy is trusted and the header is ignored.
 *
 * A request that names no believable address gets UNKNOWN_ADDRESS, which the limits do not count
 * by: clients without the header must not share one bucket that a stranger can fill for them all.
 */
export const UNKNOWN_ADDRESS = "unknown";

type Source = Record<string, string | undefined>;
export type ProxyTrust = { hops: number; proxies?: BlockList };

export function trustedProxyHops(source?: Source): number {
  return env("TRUSTED_PROXY_HOPS", source);
}

/** The ranges of TRUSTED_PROXIES, or undefined when none is set; entries that are no address are ignored. */
export function trustedProxies(source?: Source): BlockList | undefined {
  const entries = (env("TRUSTED_PROXIES", source) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (!family) continue;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32)) list.addSubnet(address, Number(bits), type);
  }
  return list;
}

export function proxyTrust(source?: Source): ProxyTrust {
  return { hops: trustedProxyHops(source), proxies: trustedProxies(source) };
}

function isProxy(proxies: BlockList, entry: string): boolean {
  const family = isIP(entry);
  return family !== 0 && proxies.check(entry, family === 6 ? "ipv6" : "ipv4");
}

export function clientIp(headers: Headers, trust: ProxyTrust | number = proxyTrust()): string {
  const { hops, proxies } = typeof trust === "number" ? { hops: trust, proxies: undefined } : trust;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let found: string | undefined;
  if (proxies) {
    found = entries.findLast((entry) => !isProxy(proxies, entry));
  } else if (hops > 0) {
    // Fewer entries than hops: the request skipped an outer proxy, and the left-most entry was
    // written by the first proxy it met.
    found = entries[Math.max(0, entries.length - hops)];
  }
  // Only an address is an address: anything else came from the client, not from a proxy.
  return found && isIP(found) ? found : UNKNOWN_ADDRESS;
}
