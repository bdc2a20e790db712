import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, companies, companyMembers, emailOutbox, notifications } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { decideCompanyAction } = await import("@/app/[locale]/admin/actions");
const { listAudit, listModerationQueue } = await import("@/lib/moderation/companies");
const { notificationText, renderEmail } = await import("@/lib/notifications/render");

withTestDatabase();

function signedInAs(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function setup() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const mitsukeAdmin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const tsubameAdmin = await insertUser({ role: "chamber_admin", chamberId: tsubame.id });
  const knit = await insertCompany({ status: "pending", chamberId: mitsuke.id, name: { ja: "見附ニット" } });
  const cutlery = await insertCompany({ status: "pending", chamberId: tsubame.id, name: { ja: "燕カトラリー" } });
  return { mitsuke, tsubame, mitsukeAdmin, tsubameAdmin, knit, cutlery };
}

async function status(id: string) {
  const [row] = await (await getDb()).select().from(companies).where(eq(companies.id, id));
  return row!;
}

describe("company moderation", () => {
  it("approves a company of the admin's chamber and audits it in the same step", async () => {
    const { mitsukeAdmin, knit } = await setup();
    signedInAs(mitsukeAdmin);
    const state = await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision: "approve" }));
    expect(state.ok).toBe(true);
    expect((await status(knit.id)).status).toBe("approved");
    const [entry] = await (await getDb()).select().from(auditLog).where(eq(auditLog.companyId, knit.id));
    expect(entry).toMatchObject({ actorId: mitsukeAdmin.id, action: "approve", before: { status: "pending" }, after: { status: "approved" } });
  });

  it("does not let a chamber admin moderate or even see another chamber's company", async () => {
    const { tsubameAdmin, knit } = await setup();
    signedInAs(tsubameAdmin);
    for (const decision of ["approve", "reject", "suspend"]) {
      const state = await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision, reason: "no" }));
      expect(state).toMatchObject({ ok: false, message: "This item does not exist or is not yours to change." });
    }
    expect((await status(knit.id)).status).toBe("pending");
    expect((await listModerationQueue(tsubameAdmin)).map((r) => r.company.name)).toEqual([{ ja: "燕カトラリー" }]);
    expect(await (await getDb()).select().from(auditLog)).toEqual([]);
  });

  it("requires a reason to reject, and shows it to the owner", async () => {
    const { mitsukeAdmin, knit } = await setup();
    signedInAs(mitsukeAdmin);
    const noReason = await decideCompanyAction(undefined, pageForm("ja", { companyId: knit.id, decision: "reject", reason: " " }));
    expect(noReason.fieldErrors?.reason).toEqual(["理由を入力してください。企業の担当者に表示されます。"]);
    expect((await status(knit.id)).status).toBe("pending");
    await decideCompanyAction(undefined, pageForm("ja", { companyId: knit.id, decision: "reject", reason: "英語の会社名を追加してください" }));
    expect(await status(knit.id)).toMatchObject({ status: "rejected", statusReason: "英語の会社名を追加してください" });
  });

  it("tells each member of the company the decision with its name in the member's own language", async () => {
    const { mitsukeAdmin, knit } = await setup();
    await (
      await getDb()
    )
      .update(companies)
      .set({ name: { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" } })
      .where(eq(companies.id, knit.id));
    const ja = await insertUser({ locale: "ja", email: "sato@example.jp" });
    const zh = await insertUser({ locale: "zh", email: "wang@example.cn" });
    await (await getDb()).insert(companyMembers).values([
      { companyId: knit.id, userId: ja.id, role: "owner" },
      { companyId: knit.id, userId: zh.id },
    ]);
    signedInAs(mitsukeAdmin);
    await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision: "reject", reason: "Add an English description" }));

    const inApp = await (await getDb()).select().from(notifications);
    const textFor = (userId: string, locale: string) => {
      const n = inApp.find((row) => row.userId === userId)!;
      return notificationText(locale, n.type, n.payload);
    };
    expect(textFor(ja.id, "ja")).toBe("「見附ニット」は承認されませんでした");
    expect(textFor(zh.id, "zh")).toBe("“见附针织”未通过审核");
    const emails = await (await getDb()).select().from(emailOutbox);
    const subjects = emails.map((e) => [e.toEmail, renderEmail(e).subject]).sort();
    expect(subjects).toEqual([
      ["sato@example.jp", "「見附ニット」の審査結果"],
      ["wang@example.cn", "“见附针织”的审核结果"],
    ]);
  });

  it("lets a platform admin suspend any company at once and reinstate it", async () => {
    const { cutlery } = await setup();
    const platform = await insertUser({ role: "platform_admin" });
    signedInAs(platform);
    await decideCompanyAction(undefined, pageForm("en", { companyId: cutlery.id, decision: "approve" }));
    await decideCompanyAction(undefined, pageForm("en", { companyId: cutlery.id, decision: "suspend", reason: "Fake certificates" }));
    expect(await status(cutlery.id)).toMatchObject({ status: "suspended", statusReason: "Fake certificates" });
    const reinstate = await decideCompanyAction(undefined, pageForm("en", { companyId: cutlery.id, decision: "reinstate" }));
    expect(reinstate.ok).toBe(true);
    const actions = (await listAudit(platform, { companyId: cutlery.id })).map((r) => r.entry.action);
    expect(actions).toEqual(["reinstate", "suspend", "approve"]);
  });

  it("refuses a decision that does not fit the company's state", async () => {
    const { mitsukeAdmin, knit } = await setup();
    signedInAs(mitsukeAdmin);
    const state = await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision: "reinstate" }));
    expect(state.message).toBe("This decision does not apply to the company in its current state.");
  });

  it("is refused to SMEs and distributors", async () => {
    const { knit } = await setup();
    const sme = await insertUser({ role: "sme" });
    signedInAs(sme);
    const state = await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision: "approve" }));
    expect(state.message).toBe("You are not allowed to do this.");
    expect((await status(knit.id)).status).toBe("pending");
  });

  it("shows a chamber admin only their own chamber's audit entries", async () => {
    const { mitsukeAdmin, tsubameAdmin, knit, cutlery } = await setup();
    signedInAs(mitsukeAdmin);
    await decideCompanyAction(undefined, pageForm("en", { companyId: knit.id, decision: "approve" }));
    signedInAs(tsubameAdmin);
    await decideCompanyAction(undefined, pageForm("en", { companyId: cutlery.id, decision: "approve" }));
    expect((await listAudit(mitsukeAdmin)).map((r) => r.entry.companyId)).toEqual([knit.id]);
  });
});
