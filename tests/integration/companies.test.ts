import { eq } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyInvites, companyMembers, users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { formData, pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/headers", async () => {
  const { requestHeaders } = await import("../support/request");
  return { headers: async () => requestHeaders({ host: "kakehashi.test" }) };
});

const actions = await import("@/app/[locale]/company/actions");
const inviteActions = await import("@/app/[locale]/invite/[token]/actions");
const adminActions = await import("@/app/[locale]/admin/actions");
const { getCompanyProfile, listVisibleCompanies } = await import("@/lib/companies/directory");

withTestDatabase();

function signedInAs(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

const profile = {
  locale: "en",
  name_ja: "見附ニット工業",
  name_en: "Mitsuke Knit Works",
  region: "JP-15",
  city: "Mitsuke",
  languages: ["ja", "en"],
  employees: "４５",
  foundedYear: "1962",
  website: "https://mitsuke-knit.example.jp",
};

async function companyRow(id: string) {
  const [row] = await (await getDb()).select().from(companies).where(eq(companies.id, id));
  return row!;
}

describe("onboarding", () => {
  beforeEach(() => authMock.auth.mockReset());

  it("creates the user's company as pending with the user as owner", async () => {
    const user = await insertUser({ role: "sme" });
    signedInAs(user);
    await expect(actions.createCompanyAction(undefined, formData(profile))).rejects.toMatchObject({ digest: expect.stringContaining("/en/company") });
    const [member] = await (await getDb()).select().from(companyMembers).where(eq(companyMembers.userId, user.id));
    const company = await companyRow(member!.companyId);
    expect(member!.role).toBe("owner");
    expect(company).toMatchObject({
      kind: "sme",
      country: "JP",
      region: "JP-15",
      status: "pending",
      employees: 45,
      languages: ["ja", "en"],
      name: { ja: "見附ニット工業", en: "Mitsuke Knit Works" },
    });
  });

  it("refuses a region of the other country, a missing name and bad numbers, writing nothing", async () => {
    const user = await insertUser({ role: "distributor" });
    signedInAs(user);
    const state = await actions.createCompanyAction(undefined, pageForm("ja", { region: "JP-15", employees: "many", foundedYear: "1200", website: "ftp://x" }));
    expect(state.fieldErrors).toMatchObject({
      name_ja: ["会社名を少なくとも1つの言語で入力してください。"],
      employees: ["整数を入力してください。"],
      foundedYear: ["範囲外の数値です。"],
      website: ["http:// または https:// で始まるURLを入力してください。"],
    });
    const regionState = await actions.createCompanyAction(undefined, pageForm("zh", { name_zh: "延边大洋", region: "JP-15" }));
    expect(regionState.fieldErrors).toEqual({ region: ["请选择贵公司所在国家的地区。"] });
    expect(await (await getDb()).select().from(companies)).toEqual([]);
  });

  it("checks a registry number against the company's own country's registry, and stores it normalized", async () => {
    const dayang = await insertUser({ role: "distributor" });
    signedInAs(dayang);
    const chinese = { name_zh: "延边大洋", region: "CN-JL" };
    // A Japanese corporate number is not a Chinese credit code, and a mistyped check character is refused.
    for (const registryNumber of ["7000012050002", "91350100M000100Y44"]) {
      const state = await actions.createCompanyAction(undefined, pageForm("zh", { ...chinese, registryNumber }));
      expect(state.fieldErrors).toEqual({ registryNumber: ["统一社会信用代码为18位，请按营业执照上的代码填写。"] });
    }
    expect(await (await getDb()).select().from(companies)).toEqual([]);
    await actions.createCompanyAction(undefined, pageForm("zh", { ...chinese, registryNumber: "91350100m000100y43" })).catch(() => undefined);
    const [member] = await (await getDb()).select().from(companyMembers).where(eq(companyMembers.userId, dayang.id));
    expect((await companyRow(member!.companyId)).registryNumber).toBe("91350100M000100Y43");

    const knit = await insertUser({ role: "sme" });
    signedInAs(knit);
    const wrong = await actions.createCompanyAction(undefined, pageForm("ja", { ...profile, registryNumber: "7000012050003" }));
    expect(wrong.fieldErrors).toEqual({
      registryNumber: ["法人番号は13桁の数字です。国税庁の法人番号公表サイトで確認した番号を入力してください。"],
    });
    await actions.createCompanyAction(undefined, pageForm("en", { ...profile, registryNumber: "７０００-０１２０-５０００２" })).catch(() => undefined);
    const [own] = await (await getDb()).select().from(companyMembers).where(eq(companyMembers.userId, knit.id));
    expect((await companyRow(own!.companyId)).registryNumber).toBe("7000012050002");
  });

  it("stores a script tag as plain text and keeps CJK and emoji intact", async () => {
    const user = await insertUser({ role: "sme" });
    signedInAs(user);
    await actions
      .createCompanyAction(undefined, formData({ ...profile, name_en: "<script>alert(1)</script>", description_ja: "燕三条の包丁 🔪" }))
      .catch(() => undefined);
    const [row] = await (await getDb()).select().from(companies);
    expect(row!.name.en).toBe("<script>alert(1)</script>");
    expect(row!.description?.ja).toBe("燕三条の包丁 🔪");
  });

  it("does not let an admin or a user who already has a company create one", async () => {
    const admin = await insertUser({ role: "platform_admin" });
    signedInAs(admin);
    expect((await actions.createCompanyAction(undefined, formData(profile))).message).toBe("You are not allowed to do this.");
    const owner = await insertUser({ role: "sme" });
    await insertCompany({}, owner);
    signedInAs(owner);
    expect((await actions.createCompanyAction(undefined, formData(profile))).message).toBe("Your account already belongs to a company.");
  });
});

describe("editing and ownership", () => {
  it("edits only the member's own company, whatever company id the form carries", async () => {
    const alice = await insertUser({ role: "sme" });
    const bob = await insertUser({ role: "sme" });
    const a = await insertCompany({ status: "approved" }, alice);
    const b = await insertCompany({ status: "approved", name: { ja: "B社" } }, bob);
    signedInAs(alice);
    const state = await actions.updateCompanyAction(undefined, formData({ ...profile, companyId: b.id, id: b.id }));
    expect(state.ok).toBe(true);
    expect((await companyRow(b.id)).name).toEqual({ ja: "B社" });
    expect((await companyRow(a.id)).name).toMatchObject({ en: "Mitsuke Knit Works" });
  });

  it("keeps an approved company approved when it saves its profile unchanged or with only its contacts changed", async () => {
    const owner = await insertUser({ role: "sme" });
    // Names and descriptions in three languages, as jsonb reads them back (keys in its own order).
    const company = await insertCompany(
      {
        name: { ja: "見附ニット工業", zh: "见附针织工业", en: "Mitsuke Knit Works" },
        description: { ja: "丸編みの工場", zh: "圆机针织工厂", en: "A circular-knit factory" },
        region: "JP-15",
        city: "Mitsuke",
      },
      owner,
    );
    signedInAs(owner);
    const same = {
      name_ja: "見附ニット工業",
      name_zh: "见附针织工业",
      name_en: "Mitsuke Knit Works",
      description_ja: "丸編みの工場",
      description_zh: "圆机针织工厂",
      description_en: "A circular-knit factory",
      region: "JP-15",
      city: "Mitsuke",
    };
    expect((await actions.updateCompanyAction(undefined, pageForm("en", { ...same, wechatId: "mitsuke_knit" }))).message).toBe("Changes saved.");
    expect(await companyRow(company.id)).toMatchObject({ status: "approved", wechatId: "mitsuke_knit" });
    await actions.updateCompanyAction(undefined, pageForm("en", { ...same, description_en: "A circular-knit factory since 1962" }));
    expect((await companyRow(company.id)).status).toBe("pending");
  });

  it("puts an approved company back in review after a material edit, and a rejected one on resubmission", async () => {
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({ status: "rejected", statusReason: "Add an English name" }, owner);
    signedInAs(owner);
    const state = await actions.updateCompanyAction(undefined, formData(profile));
    expect(state.message).toContain("back in review");
    expect(await companyRow(company.id)).toMatchObject({ status: "pending", statusReason: null });
  });

  it("refuses every removal and revocation aimed at another company", async () => {
    const alice = await insertUser({ role: "sme" });
    const bob = await insertUser({ role: "sme" });
    const bobsColleague = await insertUser({ role: "sme" });
    const b = await insertCompany({}, bob);
    await insertCompany({}, alice);
    const db = await getDb();
    await db.insert(companyMembers).values({ companyId: b.id, userId: bobsColleague.id, role: "member" });
    signedInAs(bob);
    await actions.inviteMemberAction(undefined, pageForm("en", { email: "new@b.example.jp" }));
    const [invite] = await db.select().from(companyInvites);

    signedInAs(alice);
    expect((await actions.removeMemberAction(undefined, pageForm("en", { userId: bobsColleague.id }))).message).toBe(
      "This item does not exist or is not yours to change.",
    );
    expect((await actions.revokeInviteAction(undefined, pageForm("en", { inviteId: invite!.id }))).ok).toBe(false);
    expect(await db.select().from(companyMembers).where(eq(companyMembers.companyId, b.id))).toHaveLength(2);
    expect((await db.select().from(companyInvites))[0]!.revokedAt).toBeNull();
  });

  it("lets only the owner invite and remove colleagues", async () => {
    const owner = await insertUser({ role: "sme" });
    const member = await insertUser({ role: "sme" });
    const company = await insertCompany({}, owner);
    await (await getDb()).insert(companyMembers).values({ companyId: company.id, userId: member.id, role: "member" });
    signedInAs(member);
    expect((await actions.inviteMemberAction(undefined, pageForm("en", { email: "x@y.jp" }))).message).toBe("You are not allowed to do this.");
    signedInAs(owner);
    expect((await actions.removeMemberAction(undefined, pageForm("en", { userId: owner.id }))).ok).toBe(false);
    expect((await actions.removeMemberAction(undefined, pageForm("en", { userId: member.id }))).ok).toBe(true);
  });

  it("lets a suspended company's members read but not edit", async () => {
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({ status: "suspended", statusReason: "Counterfeit goods reported" }, owner);
    signedInAs(owner);
    const state = await actions.updateCompanyAction(undefined, formData(profile));
    expect(state.message).toContain("suspended");
    expect((await companyRow(company.id)).name).toEqual({ ja: "テスト株式会社", en: "Test Co." });
    expect((await getCompanyProfile(owner, company.id))?.company.statusReason).toBe("Counterfeit goods reported");
  });
});

describe("invitations", () => {
  it("joins a colleague through the link, once, and only with the invited email", async () => {
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({}, owner);
    signedInAs(owner);
    const created = await actions.inviteMemberAction(undefined, pageForm("en", { email: "Colleague@Mitsuke.example.jp" }));
    const token = created.data!.link.split("/invite/")[1]!;
    expect(created.data!.link).toBe(`https://kakehashi.test/en/invite/${token}`);

    const stranger = await insertUser({ role: "sme", email: "stranger@example.jp" });
    signedInAs(stranger);
    expect((await inviteActions.acceptInviteAction(undefined, pageForm("en", { token }))).ok).toBe(false);

    authMock.signIn.mockResolvedValue(undefined);
    await expect(
      inviteActions.acceptInviteWithAccountAction(undefined, pageForm("ja", { token, name: "見附 次郎", password: "knit-sweaters-from-mitsuke" })),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/ja/company"),
    });
    const db = await getDb();
    const [joined] = await db.select().from(users).where(eq(users.email, "colleague@mitsuke.example.jp"));
    expect(joined).toMatchObject({ role: "sme", locale: "ja" });
    expect(await db.select().from(companyMembers).where(eq(companyMembers.companyId, company.id))).toHaveLength(2);

    const again = await inviteActions.acceptInviteWithAccountAction(undefined, pageForm("en", { token, name: "X", password: "knit-sweaters-from-mitsuke" }));
    expect(again.message).toContain("invalid, already used");
  });

  it("keeps the joined account and sends the colleague to sign in when signing in is refused", async () => {
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({}, owner);
    signedInAs(owner);
    const created = await actions.inviteMemberAction(undefined, pageForm("en", { email: "busy@mitsuke.example.jp" }));
    const token = created.data!.link.split("/invite/")[1]!;
    authMock.signIn.mockRejectedValueOnce(new CredentialsSignin());
    await expect(
      inviteActions.acceptInviteWithAccountAction(undefined, pageForm("ja", { token, name: "見附 三郎", password: "knit-sweaters-from-mitsuke" })),
    ).rejects.toMatchObject({
      digest: expect.stringContaining(`/ja/sign-in?notice=created&callbackUrl=${encodeURIComponent("/ja/company")}`),
    });
    const members = await (
      await getDb()
    )
      .select({ email: users.email })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(eq(companyMembers.companyId, company.id));
    expect(members.map((m) => m.email).sort()).toEqual(["busy@mitsuke.example.jp", owner.email].sort());
  });

  it("refuses an expired invitation", async () => {
    const owner = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, owner);
    signedInAs(owner);
    const created = await actions.inviteMemberAction(undefined, pageForm("en", { email: "late@dalian.example.cn" }));
    const token = created.data!.link.split("/invite/")[1]!;
    await (await getDb()).update(companyInvites).set({ expiresAt: new Date(Date.now() - 1000) });
    const state = await inviteActions.acceptInviteWithAccountAction(undefined, pageForm("zh", { token, name: "王", password: "dalian-import-1" }));
    expect(state.message).toBe("此邀请链接无效、已使用、已撤销或已过期，请索取新的邀请。");
    expect(await (await getDb()).select().from(users).where(eq(users.email, "late@dalian.example.cn"))).toEqual([]);
  });
});

describe("claiming an imported company", () => {
  async function chamberAdmin() {
    const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    return { chamber, admin: await insertUser({ role: "chamber_admin", chamberId: chamber.id }) };
  }

  it("refuses a claim invitation for a company that already has accounts, creating no invite", async () => {
    const { chamber, admin } = await chamberAdmin();
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({ chamberId: chamber.id }, owner);
    signedInAs(admin);
    const state = await adminActions.inviteClaimantAction(undefined, pageForm("en", { companyId: company.id, email: "takeover@example.jp" }));
    expect([state.ok, state.message]).toEqual([false, "This decision does not apply to the company in its current state."]);
    expect(await (await getDb()).select().from(companyInvites).where(eq(companyInvites.companyId, company.id))).toEqual([]);
  });

  it("makes the first claimant the owner and voids the other claim invitations", async () => {
    const { chamber, admin } = await chamberAdmin();
    const company = await insertCompany({ chamberId: chamber.id, imported: true });
    signedInAs(admin);
    const tokens: string[] = [];
    for (const email of ["first@mitsuke.example.jp", "second@mitsuke.example.jp"]) {
      const created = await adminActions.inviteClaimantAction(undefined, pageForm("en", { companyId: company.id, email }));
      expect(created.ok).toBe(true);
      tokens.push(created.data!.link.split("/invite/")[1]!);
    }

    authMock.signIn.mockResolvedValue(undefined);
    await expect(
      inviteActions.acceptInviteWithAccountAction(undefined, pageForm("ja", { token: tokens[0]!, name: "見附 一郎", password: "knit-sweaters-from-mitsuke" })),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/ja/company"),
    });
    const late = await inviteActions.acceptInviteWithAccountAction(
      undefined,
      pageForm("en", { token: tokens[1]!, name: "Second", password: "knit-sweaters-from-mitsuke" }),
    );
    expect(late.message).toContain("invalid, already used");

    const db = await getDb();
    const members = await db
      .select({ email: users.email, role: companyMembers.role })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(eq(companyMembers.companyId, company.id));
    expect(members).toEqual([{ email: "first@mitsuke.example.jp", role: "owner" }]);
    expect((await companyRow(company.id)).imported).toBe(false);
    expect(await db.select().from(users).where(eq(users.email, "second@mitsuke.example.jp"))).toEqual([]);

    const again = await adminActions.inviteClaimantAction(undefined, pageForm("en", { companyId: company.id, email: "third@mitsuke.example.jp" }));
    expect(again.ok).toBe(false);
  });
});

describe("visibility", () => {
  it("shows only approved companies of the other side, and pending or suspended ones nowhere", async () => {
    const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const approved = await insertCompany({ status: "approved", chamberId: chamber.id });
    const pending = await insertCompany({ status: "pending", chamberId: chamber.id });
    const suspended = await insertCompany({ status: "suspended", chamberId: chamber.id });
    const distributor = await insertUser({ role: "distributor" });
    const otherSme = await insertUser({ role: "sme" });

    const { rows, total } = await listVisibleCompanies(distributor);
    expect(rows.map((r) => r.company.id)).toEqual([approved.id]);
    expect(total).toBe(1);
    expect(await getCompanyProfile(distributor, approved.id)).toBeDefined();
    expect(await getCompanyProfile(distributor, pending.id)).toBeUndefined();
    expect(await getCompanyProfile(distributor, suspended.id)).toBeUndefined();
    // Same side: SMEs do not browse each other.
    expect(await getCompanyProfile(otherSme, approved.id)).toBeUndefined();
    expect((await listVisibleCompanies(otherSme)).rows).toEqual([]);
  });
});
