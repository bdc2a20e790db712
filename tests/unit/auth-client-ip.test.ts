import { describe, expect, it } from "vitest";
import { clientIp, proxyTrust, trustedProxyHops, UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";

const forwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the address the proxy appended, not the ones the client sent ahead of it", () => {
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("10.9.8.7, 1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("reads the header of a request without a forged prefix and of one with a forged prefix as the same address", () => {
    const addresses = ["", "198.51.100.1, ", "random-0, random-1, "].map((prefix) => clientIp(forwarded(`${prefix}192.0.2.44`), 1));
    expect(new Set(addresses)).toEqual(new Set(["192.0.2.44"]));
  });

  it("counts two proxies from the right when two are trusted", () => {
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // The inner proxy reached directly: only its entry is there.
    expect(clientIp(forwarded("203.0.113.7"), 2)).toBe("203.0.113.7");
  });

  it("joins repeated X-Forwarded-For headers and ignores empty entries", () => {
    const headers = new Headers();
    headers.append("x-forwarded-for", "6.6.6.6");
    headers.append("x-forwarded-for", "203.0.113.7 ,");
    expect(clientIp(headers, 1)).toBe("203.0.113.7");
  });

  it("names no address when the header is missing", () => {
    expect(clientIp(forwarded(), 1)).toBe("unknown");
    expect(clientIp(forwarded(" , "), 1)).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to one proxy, takes 0 as no proxy and refuses values that are not a whole number, naming the variable", () => {
    expect(trustedProxyHops({})).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 3 " })).toBe(3);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "0" })).toBe(0);
    for (const bad of ["-1", "1.5", "two"]) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("trusted proxy addresses", () => {
  const trust = (env: Record<string, string>) => proxyTrust(env);

  it("skips our proxies' own addresses from the right and takes the first other one", () => {
    const env = { TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.5, fd00::/8" };
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7, 10.1.2.3, 192.168.1.5"), trust(env))).toBe("203.0.113.7");
    expect(clientIp(forwarded("2001:db8::1, fd00::2"), trust(env))).toBe("2001:db8::1");
    // A client that reached a proxy directly and forged nothing.
    expect(clientIp(forwarded("203.0.113.7"), trust(env))).toBe("203.0.113.7");
  });

  it("ignores the hop count when proxies are named, and entries that are no address", () => {
    const env = { TRUSTED_PROXIES: "10.0.0.1, not-an-address, 10.0.0.0/99", TRUSTED_PROXY_HOPS: "3" };
    expect(clientIp(forwarded("1.1.1.1, 2.2.2.2, 203.0.113.7, 10.0.0.1"), trust(env))).toBe("203.0.113.7");
  });

  it("believes nothing of the header when no proxy is trusted", () => {
    expect(clientIp(forwarded("203.0.113.7"), trust({ TRUSTED_PROXY_HOPS: "0" }))).toBe(UNKNOWN_ADDRESS);
  });

  it("names no address when the believed entry is not an address", () => {
    expect(clientIp(forwarded("6.6.6.6, <script>"), 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7:5555"), 1)).toBe(UNKNOWN_ADDRESS);
  });
});
