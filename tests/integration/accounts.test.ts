import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { formData } from "../support/forms";
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

const valid = { locale: "en", accountType: "sme", name: "Yamada Hanako", email: "Hanako@Mitsuke-Knit.jp", password: "correct horse battery" };

describe("sign-up", () => {
  beforeEach(() => authMock.signIn.mockReset());

  it("creates an SME account, signs it in and sends it to its dashboard", async () => {
    const error = await signUpAction(undefined, formData(valid)).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe("/en/dashboard");
    const [user] = await (await getDb()).select().from(users);
    expect(user).toMatchObject({ email: "hanako@mitsuke-knit.jp", role: "sme", status: "active", locale: "en" });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(authMock.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: "hanako@mitsuke-knit.jp" }));
  });

  it("keeps the new account and sends the user to sign in, told it is ready, when the sign-in is refused", async () => {
    authMock.signIn.mockRejectedValueOnce(new SignInRefused("rate_limited"));
    const error = await signUpAction(undefined, formData({ ...valid, locale: "zh" })).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe(`/zh/sign-in?notice=created&callbackUrl=${encodeURIComponent("/zh/dashboard")}`);
    expect(await (await getDb()).select({ email: users.email, locale: users.locale }).from(users)).toEqual([{ email: "hanako@mitsuke-knit.jp", locale: "zh" }]);
  });

  it("refuses an email that is taken in another letter case", async () => {
    await signUpAction(undefined, formData(valid)).catch(() => undefined);
    const state = await signUpAction(undefined, formData({ ...valid, email: "HANAKO@mitsuke-knit.JP", locale: "ja" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.email).toEqual(["このメールアドレスのアカウントはすでに存在します。"]);
    expect(await userCount()).toBe(1);
  });

  it("returns field errors in the user's language and writes nothing for bad input", async () => {
    const state = await signUpAction(
      undefined,
      formData({ locale: "zh", accountType: "chamber_admin", name: "", email: "not-an-email", password: "short" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      accountType: ["请从两种账号类型中选择一种。"],
      name: ["此项为必填项。"],
      email: ["请输入有效的电子邮箱。"],
      password: ["密码至少需要10个字符。"],
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
    const wrong = await signInAction(undefined, formData({ locale: "ja", email: "a@b.jp", password: "whatever-123" }));
    expect(wrong).toMatchObject({ ok: false, message: "メールアドレスまたはパスワードが正しくありません。" });

    authMock.signIn.mockRejectedValueOnce(new SignInRefused("rate_limited"));
    const limited = await signInAction(undefined, formData({ locale: "zh", email: "a@b.jp", password: "whatever-123" }));
    expect(limited).toMatchObject({ ok: false, message: "登录失败次数过多，请15分钟后再试。" });
  });

  it("follows only same-site callback URLs", async () => {
    authMock.signIn.mockResolvedValue(undefined);
    const local = await signInAction(undefined, formData({ locale: "en", email: "a@b.jp", password: "x", callbackUrl: "/en/dashboard?tab=1" })).catch((e: unknown) => e);
    expect(redirectTarget(local)).toBe("/en/dashboard?tab=1");
    for (const callbackUrl of ["//evil.example/", "/\t/evil.example", "/\n/evil.example", "/\\evil.example", "https://evil.example/en", "/en\t//evil.example", "/api/auth/signout", "javascript:alert(1)"]) {
      const foreign = await signInAction(undefined, formData({ locale: "zh", email: "a@b.jp", password: "x", callbackUrl })).catch((e: unknown) => e);
      expect([callbackUrl, redirectTarget(foreign)]).toEqual([callbackUrl, "/zh/dashboard"]);
    }
    const invite = await signInAction(undefined, formData({ locale: "ja", email: "a@b.jp", password: "x", callbackUrl: "/ja/invite/abc" })).catch((e: unknown) => e);
    expect(redirectTarget(invite)).toBe("/ja/invite/abc");
  });

  it("hides an unexpected failure behind a generic message with a reference", async () => {
    authMock.signIn.mockRejectedValueOnce(new Error("connection reset by peer at 10.0.0.7"));
    const log = captureLogs();
    const state = await signInAction(undefined, formData({ locale: "en", email: "a@b.jp", password: "whatever-123" }));
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
