import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { accountTokens, emailOutbox, users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { TestBrowser, browserHeadersModule } from "../support/browser";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { postFrom } from "../support/request";

const state = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "test-only-secret-0123456789abcdef0123456789";
  return { browser: undefined as unknown as TestBrowser };
});
vi.mock("next/headers", () => browserHeadersModule(() => state.browser));

const { handlers } = await import("@/lib/auth/config");
const { signInAction, signOutAction, requestEmailLinkAction, emailLinkSignInAction, emailLinkResetAction } = await import("@/app/[locale]/(auth)/actions");
const { changePasswordAction, signOutEverywhereAction } = await import("@/app/[locale]/settings/account/actions");
const { rememberLocaleAction } = await import("@/app/[locale]/actions");
const { verifyPassword } = await import("@/lib/accounts/password");

withTestDatabase();

const password = "correct horse battery";

function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

/** What GET /api/auth/session answers this browser. */
async function sessionOf(browser: TestBrowser): Promise<{ user?: { email?: string } } | null> {
  const response = await handlers.GET(new NextRequest("http://localhost:3000/api/auth/session", { headers: browser.headers() }));
  return response.json();
}

/** Whether an authorized server action runs for this browser. */
async function actionRunsFor(browser: TestBrowser): Promise<boolean> {
  state.browser = browser;
  return (await rememberLocaleAction(undefined, pageForm("en", {}))).ok;
}

async function signedIn(email: string, pw = password, ip = "203.0.113.10"): Promise<TestBrowser> {
  state.browser = new TestBrowser(ip);
  const result = await signInAction(undefined, pageForm("en", { email, password: pw })).catch((e: unknown) => e);
  expect(redirectTarget(result)).toBe("/en/dashboard");
  return state.browser;
}

async function latestLinkToken(userId: string): Promise<string> {
  const [row] = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.userId, userId)).orderBy(emailOutbox.id);
  return new URLSearchParams(String(row!.payload.path).split("?")[1]).get("token")!;
}

describe("revocable sessions", () => {
  beforeEach(() => {
    state.browser = new TestBrowser();
  });

  it("refuses a session cookie copied before sign-out, at /api/auth/session and in actions", async () => {
    const user = await insertUser({ email: "owner@mitsuke-knit.jp" });
    const browser = await signedIn("owner@mitsuke-knit.jp");
    const stolen = browser.copy();
    expect((await sessionOf(stolen))?.user?.email).toBe("owner@mitsuke-knit.jp");
    expect(await actionRunsFor(stolen)).toBe(true);

    state.browser = browser;
    postFrom("en");
    expect(redirectTarget(await signOutAction().catch((e: unknown) => e))).toMatch(/^(https?:\/\/localhost:3000)?\/en$/);
    expect(await sessionOf(stolen)).toBeNull();
    expect(await actionRunsFor(stolen)).toBe(false);
    const [row] = await (await getDb()).select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(row!.v).toBe(user.sessionVersion + 1);
  });

  it("returns no session for a suspended user and refuses their sign-in", async () => {
    const user = await insertUser({ email: "paused@mitsuke-knit.jp" });
    const browser = await signedIn("paused@mitsuke-knit.jp");
    await (await getDb()).update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    expect(await sessionOf(browser)).toBeNull();
    state.browser = new TestBrowser();
    const refused = await signInAction(undefined, pageForm("en", { email: "paused@mitsuke-knit.jp", password }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Your account is suspended") });
    expect(state.browser.jar.size).toBe(0);
  });

  it("changes the password only with the current one, ends other sessions and keeps this browser signed in", async () => {
    const user = await insertUser({ email: "owner@sanjo.jp" });
    const laptop = await signedIn("owner@sanjo.jp");
    const phone = await signedIn("owner@sanjo.jp", password, "198.51.100.20");

    state.browser = laptop;
    const wrong = await changePasswordAction(undefined, pageForm("ja", { currentPassword: "not my password", newPassword: "a brand new long passphrase" }));
    expect(wrong.fieldErrors?.currentPassword).toEqual(["現在のパスワードが正しくありません。"]);
    const weak = await changePasswordAction(undefined, pageForm("en", { currentPassword: password, newPassword: "password12345678" }));
    expect(weak.fieldErrors?.newPassword?.[0]).toMatch(/^This password is among those tried first/);
    let [row] = await (await getDb()).select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash, password)).toBe(true);

    const done = await changePasswordAction(undefined, pageForm("en", { currentPassword: password, newPassword: "a brand new long passphrase" })).catch(
      (e: unknown) => e,
    );
    expect(redirectTarget(done)).toBe("/en/settings/account?notice=passwordChanged");
    [row] = await (await getDb()).select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash, "a brand new long passphrase")).toBe(true);
    expect(await sessionOf(phone)).toBeNull();
    expect((await sessionOf(laptop))?.user?.email).toBe("owner@sanjo.jp");
  });

  it("signs out everywhere, this browser included", async () => {
    await insertUser({ email: "owner@tsubame.jp" });
    const laptop = await signedIn("owner@tsubame.jp");
    const phone = await signedIn("owner@tsubame.jp", password, "198.51.100.21");
    state.browser = laptop;
    const result = await signOutEverywhereAction(undefined, pageForm("zh", {})).catch((e: unknown) => e);
    expect(redirectTarget(result)).toBe("/zh/sign-in?notice=signedOutEverywhere");
    expect(await sessionOf(phone)).toBeNull();
    expect(await sessionOf(laptop)).toBeNull();
  });
});

describe("emailed one-time links", () => {
  beforeEach(() => {
    state.browser = new TestBrowser();
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    await insertUser({ email: "owner@mitsuke-knit.jp" });
    const known = await requestEmailLinkAction(undefined, pageForm("en", { email: "owner@mitsuke-knit.jp" }));
    const unknown = await requestEmailLinkAction(undefined, pageForm("en", { email: "nobody@mitsuke-knit.jp" }));
    expect(unknown).toEqual(known);
    expect(known.message).toBe("If an account uses this address, a link is on its way. It works once, within 30 minutes.");
    const sent = await (await getDb()).select({ to: emailOutbox.toEmail, type: emailOutbox.type }).from(emailOutbox);
    expect(sent).toEqual([{ to: "owner@mitsuke-knit.jp", type: "account_link" }]);
  });

  it("signs the owner in once with a link, even when the account is closed to passwords", async () => {
    const user = await insertUser({ email: "target@mitsuke.jp", emailVerifiedAt: null });
    // A stranger's guesses from many addresses close the account to passwords.
    for (let i = 0; i < 12; i++) {
      state.browser = new TestBrowser(`198.51.100.${i}`);
      await signInAction(undefined, pageForm("en", { email: "target@mitsuke.jp", password: `guess number ${i}` }));
    }
    state.browser = new TestBrowser("192.0.2.77");
    const closed = await signInAction(undefined, pageForm("en", { email: "target@mitsuke.jp", password }));
    expect(closed.message).toContain("sign in now with a link we email you");

    await requestEmailLinkAction(undefined, pageForm("en", { email: "target@mitsuke.jp" }));
    const token = await latestLinkToken(user.id);
    const result = await emailLinkSignInAction(undefined, pageForm("en", { token, callbackUrl: "/en/inbox" })).catch((e: unknown) => e);
    expect(redirectTarget(result)).toBe("/en/inbox");
    expect((await sessionOf(state.browser))?.user?.email).toBe("target@mitsuke.jp");
    const [row] = await (await getDb()).select({ verified: users.emailVerifiedAt }).from(users).where(eq(users.id, user.id));
    expect(row!.verified).toBeInstanceOf(Date);

    state.browser = new TestBrowser();
    const again = await emailLinkSignInAction(undefined, pageForm("ja", { token }));
    expect(again).toMatchObject({ ok: false, message: "このリンクは使用済みか、有効期限が切れています。新しいリンクを請求してください。" });
    expect(state.browser.jar.size).toBe(0);
  });

  it("refuses a link older than 30 minutes", async () => {
    const user = await insertUser({ email: "late@mitsuke.jp" });
    await requestEmailLinkAction(undefined, pageForm("en", { email: "late@mitsuke.jp" }));
    const token = await latestLinkToken(user.id);
    await (
      await getDb()
    )
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, user.id));
    const result = await emailLinkSignInAction(undefined, pageForm("en", { token }));
    expect(result).toMatchObject({ ok: false, message: "This link has already been used or has expired. Request a new one." });
  });

  it("resets the password through a link: earlier sessions end, the old password stops working", async () => {
    const user = await insertUser({ email: "forgot@mitsuke.jp" });
    const old = await signedIn("forgot@mitsuke.jp");
    state.browser = new TestBrowser();
    await requestEmailLinkAction(undefined, pageForm("en", { email: "forgot@mitsuke.jp" }));
    const token = await latestLinkToken(user.id);

    const weak = await emailLinkResetAction(undefined, pageForm("en", { token, newPassword: "short" }));
    expect(weak.fieldErrors?.newPassword?.[0]).toMatch(/^The password must have at least 15 characters/);
    const result = await emailLinkResetAction(undefined, pageForm("en", { token, newPassword: "remembered at last, finally" })).catch((e: unknown) => e);
    expect(redirectTarget(result)).toBe("/en/settings/account?notice=passwordReset");
    expect((await sessionOf(state.browser))?.user?.email).toBe("forgot@mitsuke.jp");
    expect(await sessionOf(old)).toBeNull();
    const [row] = await (await getDb()).select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash, "remembered at last, finally")).toBe(true);
    expect(await verifyPassword(row!.passwordHash, password)).toBe(false);
  });

  it("sends a suspended account no link", async () => {
    await insertUser({ email: "paused@mitsuke.jp", status: "suspended" });
    await requestEmailLinkAction(undefined, pageForm("en", { email: "paused@mitsuke.jp" }));
    expect(await (await getDb()).select().from(emailOutbox)).toEqual([]);
  });
});
