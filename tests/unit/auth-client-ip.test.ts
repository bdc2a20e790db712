import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "@/lib/auth/client-ip";

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
  it("defaults to one proxy and refuses values that are not a positive whole number, naming the variable", () => {
    expect(trustedProxyHops({})).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 3 " })).toBe(3);
    for (const bad of ["0", "-1", "1.5", "two"]) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
