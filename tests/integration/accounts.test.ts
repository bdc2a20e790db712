import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { accountTokens, emailOutbox, users } from "@/db/schema";
import { formData, pageForm } from "../support/forms";
import { captureLogs } from "../support/logs";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock("@/lib/auth/config", async () => {
  const { CredentialsSignin } = await import("next-auth");
  class SignInRefused extends CredentialsSignin {
    constructor(reason: string) {
      super(reason);
      this.code = reason;
    }
  }
  return { ...authMock, SignInRefused };
});

const { signUpAction, signInAction } = await import("@/app/[locale]/(auth)/actions");
const { SignInRefused } = await import("@/lib/auth/config");

withTestDatabase();

async function userCount(): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(users);
  return row!.n;
}

function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

const valid = { locale: "en", accountType: "sme", name: "Yamada Hanako", email: "Hanako@Mitsuke-Knit.jp", password: "correct horse battery staple" };

describe("sign-up", () => {
  beforeEach(() => authMock.signIn.mockReset());

  it("creates an SME account and sends a link to confirm its email instead of signing it in", async () => {
    const error = await signUpAction(undefined, formData(valid)).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe("/en/sign-in?notice=checkEmail");
    const db = await getDb();
    const [user] = await db.select().from(users);
    expect(user).toMatchObject({ email: "hanako@mitsuke-knit.jp", role: "sme", status: "active", locale: "en", emailVerifiedAt: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [email] = await db.select().from(emailOutbox);
    expect(email).toMatchObject({ userId: user!.id, toEmail: "hanako@mitsuke-knit.jp", type: "account_link", payload: { reason: "sign_up" } });
    const token = new URLSearchParams(String(email!.payload.path).split("?")[1]).get("token")!;
    // Only the token's hash is kept with the account.
    const [stored] = await db.select().from(accountTokens);
    expect(stored).toMatchObject({ userId: user!.id, tokenHash: createHash("sha256").update(token).digest("hex") });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(authMock.signIn).not.toHaveBeenCalled();
  });

  it("answers a sign-up for a taken email exactly as for a new one, and writes to the owner instead", async () => {
    const first = await signUpAction(undefined, pageForm("ja", { ...valid })).catch((e: unknown) => e);
    const db = await getDb();
    const [before] = await db.select().from(users);
    const again = await signUpAction(
      undefined,
      formData({ ...valid, email: "HANAKO@mitsuke-knit.JP", name: "Stranger", password: "another long passphrase", locale: "ja" }),
    ).catch((e: unknown) => e);
    expect(redirectTarget(again)).toBe(redirectTarget(first));
    expect(await userCount()).toBe(1);
    // The existing account is untouched, and its owner hears about the attempt.
    expect(await db.select().from(users)).toEqual([before]);
    const emails = await db.select({ to: emailOutbox.toEmail, payload: emailOutbox.payload }).from(emailOutbox).orderBy(emailOutbox.id);
    expect(emails.map((e) => [e.to, e.payload.reason])).toEqual([
      ["hanako@mitsuke-knit.jp", "sign_up"],
      ["hanako@mitsuke-knit.jp", "sign_up_taken"],
    ]);
  });

  it("refuses passwords a guesser tries first, whatever their length", async () => {
    for (const password of ["aaaaaaaaaaaaaaaaaaaa", "password12345678", "1qaz2wsx3edc4rfv", "abcdefghijklmnopq", "hanako-kakehashi-2026"]) {
      const state = await signUpAction(undefined, formData({ ...valid, password }));
      expect([password, state.ok]).toEqual([password, false]);
      expect(state.fieldErrors?.password?.[0]).toMatch(/^This password is (among those tried first|too close to your email)/);
    }
    expect(await userCount()).toBe(0);
  });

  it("returns field errors in the user's language and writes nothing for bad input", async () => {
    const state = await signUpAction(undefined, pageForm("zh", { accountType: "chamber_admin", name: "", email: "not-an-email", password: "short" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      accountType: ["请从两种账号类型中选择一种。"],
      name: ["此项为必填项。"],
      email: ["请输入有效的电子邮箱。"],
      password: ["密码至少需要15个字符。把几个词连在一起更容易记住。"],
    });
    expect(state.values).toMatchObject({ email: "not-an-email" });
    expect(state.values).not.toHaveProperty("password");
    expect(await userCount()).toBe(0);
  });

  it("cannot create an admin account by posting another account type", async () => {
    const state = await signUpAction(undefined, formData({ ...valid, accountType: "platform_admin" }));
    expect(state.fieldErrors?.accountType).toBeDefined();
    expect(await userCount()).toBe(0);
  });
});

describe("sign-in action", () => {
  it("shows a translated message when the credentials are refused", async () => {
    authMock.signIn.mockRejectedValueOnce(new SignInRefused("invalid"));
    const wrong = await signInAction(undefined, pageForm("ja", { email: "a@b.jp", password: "whatever-123" }));
    expect(wrong).toMatchObject({ ok: false, message: "メールアドレスまたはパスワードが正しくありません。" });

    authMock.signIn.mockRejectedValueOnce(new SignInRefused("rate_limited"));
    const limited = await signInAction(undefined, pageForm("zh", { email: "a@b.jp", password: "whatever-123" }));
    expect(limited).toMatchObject({ ok: false, message: "该账号登录失败次数过多。请等待15分钟，或通过我们发送到邮箱的链接立即登录。" });

    authMock.signIn.mockRejectedValueOnce(new SignInRefused("suspended"));
    const suspended = await signInAction(undefined, pageForm("en", { email: "a@b.jp", password: "whatever-123" }));
    expect(suspended).toMatchObject({ ok: false, message: expect.stringContaining("Your account is suspended") });
  });

  it("keeps the redirect probe /en/sign-in?callbackUrl=/en/..//evil.example on the site", async () => {
    authMock.signIn.mockResolvedValue(undefined);
    const error = await signInAction(undefined, pageForm("en", { email: "a@b.jp", password: "x", callbackUrl: "/en/..//evil.example" })).catch(
      (e: unknown) => e,
    );
    const target = redirectTarget(error)!;
    expect(target).toBe("/en/dashboard");
    expect(new URL(target, "https://kakehashi.example").host).toBe("kakehashi.example");
  });

  it("follows only same-site callback URLs", async () => {
    authMock.signIn.mockResolvedValue(undefined);
    const local = await signInAction(undefined, pageForm("en", { email: "a@b.jp", password: "x", callbackUrl: "/en/dashboard?tab=1" })).catch(
      (e: unknown) => e,
    );
    expect(redirectTarget(local)).toBe("/en/dashboard?tab=1");
    for (const callbackUrl of [
      "//evil.example/",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\\evil.example",
      "https://evil.example/en",
      "/en\t//evil.example",
      "/api/auth/signout",
      "javascript:alert(1)",
      "/en/..//evil.example",
      "/en/../..//evil.example/x",
      "/en/%2e%2e//evil.example",
    ]) {
      const foreign = await signInAction(undefined, pageForm("zh", { email: "a@b.jp", password: "x", callbackUrl })).catch((e: unknown) => e);
      expect([callbackUrl, redirectTarget(foreign)]).toEqual([callbackUrl, "/zh/dashboard"]);
    }
    const invite = await signInAction(undefined, pageForm("ja", { email: "a@b.jp", password: "x", callbackUrl: "/ja/invite/abc" })).catch((e: unknown) => e);
    expect(redirectTarget(invite)).toBe("/ja/invite/abc");
  });

  it("hides an unexpected failure behind a generic message with a reference", async () => {
    authMock.signIn.mockRejectedValueOnce(new Error("connection reset by peer at 10.0.0.7"));
    const log = captureLogs();
    const state = await signInAction(undefined, pageForm("en", { email: "a@b.jp", password: "whatever-123" }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/^Something went wrong on our side\. Nothing was saved\. Reference: [0-9a-f]{12}$/);
    expect(state.message).not.toContain("10.0.0.7");
    const reference = state.message!.split(": ")[1]!;
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 50, requestId: reference, msg: "connection reset by peer at 10.0.0.7" }));
    log.restore();
  });
});

describe("the users table", () => {
  it("enforces email uniqueness case-insensitively even without the application check", async () => {
    const db = await getDb();
    await db.insert(users).values({ email: "a@b.jp", name: "A", passwordHash: "x", role: "sme" });
    await expect(db.insert(users).values({ email: "A@B.JP", name: "B", passwordHash: "x", role: "sme" })).rejects.toThrow();
    expect((await db.select().from(users).where(eq(users.name, "B"))).length).toBe(0);
  });
});
