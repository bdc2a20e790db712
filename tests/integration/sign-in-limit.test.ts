import { describe, expect, it, vi } from "vitest";
import { openPostgres, setDbHandle } from "@/db/client";
import { signInLimits } from "@/lib/auth/rate-limit";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";

const db = withTestDatabase();

async function loadCredentials() {
  return import("@/lib/auth/credentials");
}

describe("password sign-in", () => {
  it("accepts the right password in any email letter case and refuses a wrong one", async () => {
    const user = await insertUser({ email: "owner@tsubame-works.jp" });
    const { checkCredentials } = await loadCredentials();
    const ok = await checkCredentials({ email: "Owner@Tsubame-Works.JP", password: "correct horse battery", ip: "203.0.113.5" });
    expect(ok).toMatchObject({ status: "ok", user: { id: user.id } });
    expect(await checkCredentials({ email: "owner@tsubame-works.jp", password: "wrong horse battery", ip: "203.0.113.5" })).toEqual({
      status: "invalid",
    });
    expect(await checkCredentials({ email: "nobody@tsubame-works.jp", password: "correct horse battery", ip: "203.0.113.5" })).toEqual({
      status: "invalid",
    });
  });

  it("trips the per-email limit and holds it for a second app instance sharing the database", async () => {
    await insertUser({ email: "target@mitsuke.jp" });
    const first = await loadCredentials();
    for (let i = 0; i < signInLimits.perEmail; i++) {
      const result = await first.checkCredentials({ email: "target@mitsuke.jp", password: `guess-number-${i}`, ip: `198.51.100.${i}` });
      expect(result.status).toBe("invalid");
    }
    // Even the right password is refused now, from any address.
    expect((await first.checkCredentials({ email: "target@mitsuke.jp", password: "correct horse battery", ip: "192.0.2.1" })).status).toBe(
      "rate_limited",
    );

    // A second instance: fresh module state and, on a server, its own connection pool.
    vi.resetModules();
    const second = process.env.TEST_DATABASE_URL ? openPostgres(process.env.TEST_DATABASE_URL, { max: 2 }) : undefined;
    if (second) setDbHandle(second);
    try {
      const other = await loadCredentials();
      expect(other).not.toBe(first);
      const result = await other.checkCredentials({ email: "TARGET@mitsuke.jp", password: "correct horse battery", ip: "192.0.2.2" });
      expect(result.status).toBe("rate_limited");
    } finally {
      if (second) {
        setDbHandle(db.handle());
        await second.close();
      }
    }
  });

  it("trips the per-IP limit across many emails", async () => {
    const { checkCredentials } = await loadCredentials();
    await insertUser({ email: "real@dalian-trade.cn" });
    for (let i = 0; i < signInLimits.perIp; i++) {
      await checkCredentials({ email: `spray-${i}@example.cn`, password: "password-123", ip: "203.0.113.99" });
    }
    expect((await checkCredentials({ email: "real@dalian-trade.cn", password: "correct horse battery", ip: "203.0.113.99" })).status).toBe(
      "rate_limited",
    );
    expect((await checkCredentials({ email: "real@dalian-trade.cn", password: "correct horse battery", ip: "203.0.113.100" })).status).toBe("ok");
  });
});
