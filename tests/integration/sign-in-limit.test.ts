import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb, openPostgres, setDbHandle } from "@/db/client";
import { signInAttempts } from "@/db/schema";
import { clientIp, UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";
import { signInLimits } from "@/lib/auth/rate-limit";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";

const db = withTestDatabase();

async function loadCredentials() {
  return import("@/lib/auth/credentials");
}

type Credentials = Awaited<ReturnType<typeof loadCredentials>>;

/**
 * Runs `body` as a second app instance: fresh module state and, on a server, its own connection
 * pool, `connections` wide so that parallel attempts each get a connection of their own.
 */
async function asSecondInstance<T>(body: (other: Credentials) => Promise<T>, connections = 2): Promise<T> {
  vi.resetModules();
  const second = process.env.TEST_DATABASE_URL ? openPostgres(process.env.TEST_DATABASE_URL, { max: connections }) : undefined;
  if (second) setDbHandle(second);
  try {
    return await body(await loadCredentials());
  } finally {
    if (second) {
      setDbHandle(db.handle());
      await second.close();
    }
  }
}

async function failuresFor(email: string) {
  const rows = await (
    await getDb()
  )
    .select({ ip: signInAttempts.ip })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
  return rows.map((r) => r.ip).sort();
}

const right = "correct horse battery";

describe("password sign-in", () => {
  it("accepts the right password in any email letter case and refuses a wrong one", async () => {
    const user = await insertUser({ email: "owner@tsubame-works.jp" });
    const { checkCredentials } = await loadCredentials();
    const ok = await checkCredentials({ email: "Owner@Tsubame-Works.JP", password: right, ip: "203.0.113.5" });
    expect(ok).toMatchObject({ status: "ok", user: { id: user.id } });
    expect(await checkCredentials({ email: "owner@tsubame-works.jp", password: "wrong horse battery", ip: "203.0.113.5" })).toEqual({
      status: "invalid",
    });
    expect(await checkCredentials({ email: "nobody@tsubame-works.jp", password: right, ip: "203.0.113.5" })).toEqual({
      status: "invalid",
    });
  });

  it("refuses an address after five failed guesses at an email, even the right password", async () => {
    await insertUser({ email: "target@mitsuke.jp" });
    const { checkCredentials } = await loadCredentials();
    for (let i = 0; i < signInLimits.perEmailFromIp; i++) {
      expect((await checkCredentials({ email: "target@mitsuke.jp", password: `guess-number-${i}`, ip: "198.51.100.7" })).status).toBe("invalid");
    }
    expect((await checkCredentials({ email: "target@mitsuke.jp", password: right, ip: "198.51.100.7" })).status).toBe("rate_limited");
    expect(await failuresFor("target@mitsuke.jp")).toEqual(Array(signInLimits.perEmailFromIp).fill("198.51.100.7"));
    // Another address, such as the owner's, is not held to that address's failures.
    expect((await checkCredentials({ email: "target@mitsuke.jp", password: right, ip: "192.0.2.2" })).status).toBe("ok");
  });

  it("throttles guessing that rotates X-Forwarded-For: 40 guesses from 40 addresses get no more than ten tries", async () => {
    await insertUser({ email: "target@mitsuke.jp" });
    const { checkCredentials } = await loadCredentials();
    const statuses: string[] = [];
    for (let i = 0; i < 40; i++) {
      // What a client reaching the app directly can send: a new address in every request.
      const ip = clientIp(new Headers({ "x-forwarded-for": `203.0.${i}.${i + 1}` }), { hops: 1 });
      statuses.push((await checkCredentials({ email: "target@mitsuke.jp", password: `rotating-guess-${i}`, ip })).status);
    }
    expect(statuses.filter((s) => s === "invalid")).toHaveLength(signInLimits.perEmail);
    expect(statuses.slice(signInLimits.perEmail).every((s) => s === "rate_limited")).toBe(true);
    // The right password is refused too, from any address, until the window ends.
    const ip = clientIp(new Headers({ "x-forwarded-for": "203.0.200.200" }), { hops: 1 });
    expect((await checkCredentials({ email: "target@mitsuke.jp", password: right, ip })).status).toBe("rate_limited");
    expect(await failuresFor("target@mitsuke.jp")).toHaveLength(signInLimits.perEmail);
  });

  it("closes an email to every address after ten failures in all, for a second app instance too", async () => {
    await insertUser({ email: "target@mitsuke.jp" });
    const first = await loadCredentials();
    for (let i = 0; i < signInLimits.perEmail; i++) {
      const result = await first.checkCredentials({ email: "target@mitsuke.jp", password: `guess-number-${i}`, ip: `198.51.100.${i}` });
      expect(result.status).toBe("invalid");
    }
    await asSecondInstance(async (other) => {
      expect(other).not.toBe(first);
      expect((await other.checkCredentials({ email: "TARGET@mitsuke.jp", password: right, ip: "192.0.2.2" })).status).toBe("rate_limited");
      expect((await other.checkCredentials({ email: "target@mitsuke.jp", password: right, ip: UNKNOWN_ADDRESS })).status).toBe("rate_limited");
    });
  });

  it("does not put clients without a believable address in one bucket that a stranger can fill", async () => {
    const user = await insertUser({ email: "owner@dalian-trade.cn" });
    const { checkCredentials } = await loadCredentials();
    for (let i = 0; i < signInLimits.perIp + 5; i++) {
      expect((await checkCredentials({ email: `spray-${i}@example.cn`, password: "password-123", ip: UNKNOWN_ADDRESS })).status).toBe("invalid");
    }
    expect(await checkCredentials({ email: "owner@dalian-trade.cn", password: right, ip: UNKNOWN_ADDRESS })).toMatchObject({
      status: "ok",
      user: { id: user.id },
    });
  });

  it("refuses a suspended account even with the right password, and counts no failure for it", async () => {
    await insertUser({ email: "paused@mitsuke.jp", status: "suspended" });
    const { checkCredentials } = await loadCredentials();
    expect(await checkCredentials({ email: "paused@mitsuke.jp", password: right, ip: "192.0.2.9" })).toEqual({ status: "suspended" });
    expect((await checkCredentials({ email: "paused@mitsuke.jp", password: "wrong guess here", ip: "192.0.2.9" })).status).toBe("invalid");
  });

  it("forgets the failures of the address that signs in, and keeps those of other addresses", async () => {
    await insertUser({ email: "owner@sanjo-hamono.jp" });
    const { checkCredentials } = await loadCredentials();
    await checkCredentials({ email: "owner@sanjo-hamono.jp", password: "typo horse battery", ip: "192.0.2.10" });
    for (let i = 0; i < 3; i++) await checkCredentials({ email: "owner@sanjo-hamono.jp", password: `guess-${i}`, ip: "198.51.100.66" });
    expect((await checkCredentials({ email: "owner@sanjo-hamono.jp", password: right, ip: "192.0.2.10" })).status).toBe("ok");
    expect(await failuresFor("owner@sanjo-hamono.jp")).toEqual(["198.51.100.66", "198.51.100.66", "198.51.100.66"]);
  });

  it("forgets failures older than the window", async () => {
    await insertUser({ email: "owner@sanjo-hamono.jp" });
    const old = new Date(Date.now() - (signInLimits.windowMinutes + 1) * 60_000);
    await (
      await getDb()
    )
      .insert(signInAttempts)
      .values(Array.from({ length: signInLimits.perIp }, () => ({ email: "owner@sanjo-hamono.jp", ip: "192.0.2.10", succeeded: false, createdAt: old })));
    const { checkCredentials } = await loadCredentials();
    expect((await checkCredentials({ email: "owner@sanjo-hamono.jp", password: right, ip: "192.0.2.10" })).status).toBe("ok");
  });

  it("drops attempts older than the window, whoever made them, at the next attempt", async () => {
    const db = await getDb();
    const old = new Date(Date.now() - (signInLimits.windowMinutes + 1) * 60_000);
    await db.insert(signInAttempts).values([
      { email: "someone@example.jp", ip: "198.51.100.1", succeeded: false, createdAt: old },
      { email: "recent@example.jp", ip: "198.51.100.2", succeeded: false },
    ]);
    const { checkCredentials } = await loadCredentials();
    expect((await checkCredentials({ email: "other@example.jp", password: "password-123", ip: "198.51.100.3" })).status).toBe("invalid");
    const left = await db.select({ email: signInAttempts.email }).from(signInAttempts);
    expect(left.map((r) => r.email).sort()).toEqual(["other@example.jp", "recent@example.jp"]);
  });

  it("trips the per-IP limit across many emails", async () => {
    const { checkCredentials } = await loadCredentials();
    await insertUser({ email: "real@dalian-trade.cn" });
    for (let i = 0; i < signInLimits.perIp; i++) {
      await checkCredentials({ email: `spray-${i}@example.cn`, password: "password-123", ip: "203.0.113.99" });
    }
    expect((await checkCredentials({ email: "real@dalian-trade.cn", password: right, ip: "203.0.113.99" })).status).toBe("rate_limited");
    expect((await checkCredentials({ email: "real@dalian-trade.cn", password: right, ip: "203.0.113.100" })).status).toBe("ok");
  });

  it("lets no more than five of twelve guesses sent at once from one address through", async () => {
    await insertUser({ email: "target@mitsuke.jp" });
    const guesses = 12;
    const results = await asSecondInstance(
      (other) =>
        Promise.all(
          Array.from({ length: guesses }, (_, i) => other.checkCredentials({ email: "target@mitsuke.jp", password: `parallel-${i}`, ip: "198.51.100.9" })),
        ),
      guesses,
    );
    const invalid = results.filter((r) => r.status === "invalid").length;
    expect(results.filter((r) => r.status === "rate_limited")).toHaveLength(guesses - invalid);
    expect(invalid).toBeLessThanOrEqual(signInLimits.perEmailFromIp);
    expect(await failuresFor("target@mitsuke.jp")).toHaveLength(invalid);
    const { checkCredentials } = await loadCredentials();
    expect((await checkCredentials({ email: "target@mitsuke.jp", password: right, ip: "192.0.2.2" })).status).toBe("ok");
  });

  it("lets no more than twenty of thirty guesses at different emails sent at once from one address through", async () => {
    const guesses = 30;
    const results = await asSecondInstance(
      (other) =>
        Promise.all(
          Array.from({ length: guesses }, (_, i) => other.checkCredentials({ email: `spray-${i}@example.cn`, password: "password-123", ip: "203.0.113.99" })),
        ),
      guesses,
    );
    const invalid = results.filter((r) => r.status === "invalid").length;
    expect(invalid).toBeLessThanOrEqual(signInLimits.perIp);
    const rows = await (await getDb()).select().from(signInAttempts).where(eq(signInAttempts.ip, "203.0.113.99"));
    expect(rows).toHaveLength(invalid);
  });
});
