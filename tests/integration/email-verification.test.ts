import { count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyInvites, emailOutbox, inquiries, inquiryMessages, users, type User } from "@/db/schema";
import { redeemEmailLink } from "@/lib/accounts/email-link";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { renderServer, textOf } from "../support/server-render";

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));

const { signUpAction } = await import("@/app/[locale]/(auth)/actions");
const { createCompanyAction, inviteMemberAction } = await import("@/app/[locale]/company/actions");
const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const { postMessageAction } = await import("@/app/[locale]/inquiries/[id]/actions");
const { resendVerificationAction } = await import("@/app/[locale]/settings/account/actions");
const { VerifyEmailNotice } = await import("@/components/auth/verify-email-notice");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

const tokenOf = (path: unknown) => new URLSearchParams(String(path).split("?")[1]).get("token")!;

async function outboxOf(userId: string) {
  return (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.userId, userId)).orderBy(emailOutbox.id);
}

async function rows(table: typeof inquiries | typeof inquiryMessages | typeof companies | typeof companyInvites): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(table);
  return row!.n;
}

const companyForm = { name_ja: "見附検証ニット", region: "JP-15", languages: "ja" };

describe("email verification", () => {
  it("keeps a new account from submitting its company until the emailed link confirms the address", async () => {
    await signUpAction(
      undefined,
      pageForm("ja", { accountType: "sme", name: "見附 太郎", email: "taro@mitsuke-knit.jp", password: "correct horse battery staple" }),
    ).catch(() => undefined);
    const [user] = await (await getDb()).select().from(users).where(eq(users.email, "taro@mitsuke-knit.jp"));
    expect(user!.emailVerifiedAt).toBeNull();
    signIn(user!);

    const refused = await createCompanyAction(undefined, pageForm("ja", companyForm));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("先にメールアドレスを確認してください") });
    expect(await rows(companies)).toBe(0);

    // The link sign-up sent confirms the address; then the same form goes through.
    const [mail] = await outboxOf(user!.id);
    expect(mail!.payload.reason).toBe("sign_up");
    expect((await redeemEmailLink(tokenOf(mail!.payload.path)))?.emailVerifiedAt).toBeInstanceOf(Date);
    const created = await createCompanyAction(undefined, pageForm("ja", companyForm)).catch((e: unknown) => e);
    expect((created as { digest?: string }).digest).toContain("/ja/company");
    expect(await rows(companies)).toBe(1);
  });

  it("refuses inquiries, messages and invitations from an unconfirmed address in the reader's language, writing nothing", async () => {
    const sme = await insertUser({ role: "sme" });
    const smeCo = await insertCompany({ kind: "sme" }, sme);
    const dist = await insertUser({ role: "distributor", emailVerifiedAt: null });
    await insertCompany({ kind: "distributor" }, dist);

    signIn(dist);
    const inquiry = await openInquiryAction(undefined, pageForm("zh", { to: smeCo.id, source: "profile", subject: "询盘", body: "您好" }));
    expect(inquiry).toMatchObject({ ok: false, message: expect.stringContaining("请先确认您的邮箱地址") });
    const invite = await inviteMemberAction(undefined, pageForm("en", { email: "colleague@yanbian.cn" }));
    expect(invite).toMatchObject({ ok: false, message: expect.stringContaining("Confirm your email address first") });
    expect([await rows(inquiries), await rows(companyInvites)]).toEqual([0, 0]);

    // A thread the SME opened: the unconfirmed distributor cannot answer in it either.
    signIn(sme);
    const opened = await openInquiryAction(
      undefined,
      pageForm("en", {
        to: (await (await getDb()).select().from(companies).where(eq(companies.kind, "distributor")))[0]!.id,
        source: "profile",
        subject: "Knitwear",
        body: "Hello",
      }),
    ).catch((e: unknown) => e);
    const id = String((opened as { digest: string }).digest.split(";")[2])
      .split("/")
      .pop()!;
    signIn(dist);
    const reply = await postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "Hi" }));
    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining("Confirm your email address first") });
    expect(await rows(inquiryMessages)).toBe(1);
  });

  it("shows unconfirmed company accounts a notice whose button sends a new link", async () => {
    const user = await insertUser({ role: "distributor", email: "wang@yanbian.cn", emailVerifiedAt: null });
    signIn(user);
    reader.locale = "en";
    const html = textOf(await renderServer("en", await VerifyEmailNotice()));
    expect(html).toContain("Confirm your email address (wang@yanbian.cn) to contact other companies");
    expect(html).toContain("Send the link again");

    const sent = await resendVerificationAction(undefined, pageForm("zh", {}));
    expect(sent).toEqual({ ok: true, message: "新的链接已发送至 wang@yanbian.cn，30分钟内可使用一次。" });
    const [mail] = await outboxOf(user.id);
    expect(mail!.payload.reason).toBe("verify_email");
    await redeemEmailLink(tokenOf(mail!.payload.path));
    expect(await VerifyEmailNotice()).toBeNull();
    expect(await resendVerificationAction(undefined, pageForm("en", {}))).toEqual({ ok: true, message: "Your email address is already confirmed." });
    expect(await outboxOf(user.id)).toHaveLength(1);

    // Admins are created by other admins: no notice.
    signIn(await insertUser({ role: "chamber_admin", emailVerifiedAt: null }));
    expect(await VerifyEmailNotice()).toBeNull();
  });
});
