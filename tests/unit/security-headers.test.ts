import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, pageCsp, servedOverHttps } from "@/lib/http/security-headers";
import proxy, { config } from "@/proxy";

const page = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));

function nonceOf(csp: string | null): string | undefined {
  return csp?.match(/'nonce-([^']+)'/)?.[1];
}

describe("page responses", () => {
  it("carry a nonce-based CSP that forbids framing, and give Next.js the same nonce", () => {
    const response = page("/en/sign-in");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Next.js reads the nonce from the request's policy, forwarded through these headers.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(csp));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("get a fresh nonce on every request", () => {
    const nonces = new Set(
      ["/ja", "/ja", "/zh/companies/x", "/en/admin"].map((path) =>
        nonceOf(page(path, { cookie: "authjs.session-token=x" }).headers.get("content-security-policy")),
      ),
    );
    expect(nonces.size).toBe(4);
  });

  it("keep the headers on the sign-in redirect of a protected page", () => {
    const response = page("/zh/admin");
    expect(response.status).toBe(307);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("skip server action posts, whose bodies the proxy would cut at 10 MB", () => {
    expect(config.matcher[0]!.missing).toEqual([{ type: "header", key: "next-action" }]);
  });
});

describe("unreadable URLs", () => {
  it("answer 400 in the page's language for NUL bytes and bad percent-encoding", async () => {
    for (const path of ["/en/search?q=%00", "/en/search?q=a%00b", "/en/companies/%00", "/en/search?q=%E0%A4%A", "/en/search?q=100%", "/en/%ZZ"]) {
      const response = page(path);
      expect([path, response.status]).toEqual([path, 400]);
      expect(await response.text()).toContain("This request could not be read.");
    }
    const ja = page("/ja/search?q=%FF");
    expect(ja.status).toBe(400);
    expect(await ja.text()).toContain("このリクエストを読み取れませんでした。");
  });

  it("let through text with tabs, newlines and any language", () => {
    for (const path of ["/en/search?q=%E3%83%8B%E3%83%83%E3%83%88", "/zh/search?q=a%0Ab%09c", "/ja/search?q=100%25"]) {
      expect([path, page(path, { cookie: "authjs.session-token=x" }).status]).toEqual([path, 200]);
    }
  });
});

describe("transport security", () => {
  it("sends HSTS and secure cookies in production unless APP_URL is plain http", () => {
    expect(servedOverHttps({ NODE_ENV: "production", APP_URL: "https://kakehashi.example" })).toBe(true);
    expect(servedOverHttps({ NODE_ENV: "production" })).toBe(true);
    expect(servedOverHttps({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" })).toBe(false);
    expect(servedOverHttps({ NODE_ENV: "development", APP_URL: "https://x" })).toBe(false);
    expect(baseSecurityHeaders({ NODE_ENV: "production" }).find((h) => h.key === "Strict-Transport-Security")?.value).toMatch(/max-age=31536000/);
    expect(baseSecurityHeaders({ NODE_ENV: "development" }).some((h) => h.key === "Strict-Transport-Security")).toBe(false);
    expect(pageCsp("abc", { NODE_ENV: "production" })).toContain("upgrade-insecure-requests");
    expect(pageCsp("abc", { NODE_ENV: "production" })).not.toContain("unsafe-eval");
  });
});
