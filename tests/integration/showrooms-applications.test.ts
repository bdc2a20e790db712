import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  companies,
  companyBlocks,
  companyMembers,
  emailOutbox,
  notifications,
  products,
  showroomApplicationProducts,
  showroomApplications,
  showroomOffers,
  users,
  type Company,
  type User,
} from "@/db/schema";
import { displayToday } from "@/lib/showrooms/dates";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { applyAction, decideApplicationAction, withdrawApplicationAction } = await import("@/app/[locale]/showrooms/[id]/actions");
const { displayBadges } = await import("@/lib/showrooms/badges");
const { seedShowroomDemo } = await import("@/lib/showrooms/demo");
const { notificationText, renderEmail } = await import("@/lib/notifications/render");

withTestDatabase();

function day(offset: number): string {
  const date = new Date(`${displayToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

/** A company with an owner and a second member, so notifications reach every member. */
async function company(kind: "sme" | "distributor", name: Company["name"]) {
  const owner = await insertUser({ role: kind });
  const colleague = await insertUser({ role: kind });
  const row = await insertCompany({ kind, name }, owner);
  await (await getDb()).insert(companyMembers).values({ companyId: row.id, userId: colleague.id });
  return { owner, colleague, company: row };
}

async function offerOf(distributorId: string, overrides: Partial<typeof showroomOffers.$inferInsert> = {}) {
  const [offer] = await (
    await getDb()
  )
    .insert(showroomOffers)
    .values({
      companyId: distributorId,
      title: { zh: "延吉日本商品展示厅" },
      place: "Yanji",
      region: "CN-JL",
      startsOn: day(-10),
      endsOn: day(120),
      ...overrides,
    })
    .returning();
  return offer!;
}

async function productOf(companyId: string, ref: string, published = true) {
  const [row] = await (
    await getDb()
  )
    .insert(products)
    .values({ companyId, ref, name: { ja: `ニット ${ref}`, en: `Knit ${ref}` }, published })
    .returning();
  return row!;
}

async function setting() {
  const dayang = await company("distributor", { zh: "延边大洋商贸", en: "Yanbian Dayang" });
  const knit = await company("sme", { ja: "見附ニット工業" });
  const offer = await offerOf(dayang.company.id);
  const [cardigan, stole, scarf] = [await productOf(knit.company.id, "K-1"), await productOf(knit.company.id, "K-2"), await productOf(knit.company.id, "K-3")];
  return { dayang, knit, offer, cardigan: cardigan!, stole: stole!, scarf: scarf! };
}

const db = async () => getDb();
const applicationsIn = async () => (await db()).select().from(showroomApplications);
const notificationsOf = async (userId: string) => (await db()).select().from(notifications).where(eq(notifications.userId, userId));

describe("applying and deciding", () => {
  it("puts accepted products on display: badges for those products only, members notified", async () => {
    const { dayang, knit, offer, cardigan, stole, scarf } = await setting();
    signIn(knit.colleague);
    const state = await applyAction(undefined, pageForm("ja", { offerId: offer.id, productIds: [cardigan.id, stole.id], message: "冬物を展示したいです。" }));
    expect(state).toMatchObject({ ok: true, message: "ディストリビューターに応募を送りました。" });
    const [application] = await applicationsIn();
    expect(application).toMatchObject({
      offerId: offer.id,
      smeId: knit.company.id,
      appliedBy: knit.colleague.id,
      status: "pending",
      message: "冬物を展示したいです。",
    });
    const chosen = await (await db()).select().from(showroomApplicationProducts);
    expect(chosen.map((r) => r.productId).sort()).toEqual([cardigan.id, stole.id].sort());
    for (const member of [dayang.owner, dayang.colleague]) {
      expect(await notificationsOf(member.id)).toMatchObject([
        {
          type: "showroom_application",
          payload: {
            offerId: offer.id,
            applicationId: application!.id,
            title: { zh: "延吉日本商品展示厅" },
            companyName: { ja: "見附ニット工業" },
            place: "Yanji",
            productCount: 2,
          },
        },
      ]);
    }
    expect(await displayBadges([cardigan.id, stole.id, scarf.id])).toEqual(new Map());

    signIn(dayang.owner);
    const decided = await decideApplicationAction(undefined, pageForm("zh", { applicationId: application!.id, decision: "accepted" }));
    expect(decided).toMatchObject({ ok: true, message: "已接受该申请，其产品将显示展示中标识。" });
    for (const member of [knit.owner, knit.colleague]) {
      expect(await notificationsOf(member.id)).toMatchObject([
        {
          type: "showroom_decision",
          payload: {
            applicationId: application!.id,
            title: { zh: "延吉日本商品展示厅" },
            companyName: { zh: "延边大洋商贸", en: "Yanbian Dayang" },
            decision: "accepted",
          },
        },
      ]);
    }

    const badge = {
      place: "Yanji",
      region: "CN-JL",
      startsOn: offer.startsOn,
      endsOn: offer.endsOn,
      companyName: { zh: "延边大洋商贸", en: "Yanbian Dayang" },
    };
    const badges = await displayBadges([cardigan.id, stole.id, scarf.id]);
    expect([...badges.keys()].sort()).toEqual([cardigan.id, stole.id].sort());
    expect(badges.get(cardigan.id)).toEqual([badge]);
    const afterEnd = new Date(`${day(122)}T12:00:00Z`);
    expect(await displayBadges([cardigan.id], afterEnd)).toEqual(new Map());
  });

  it("names the companies and the offer in each member's own language, whichever side they work for", async () => {
    const dayang = await company("distributor", { zh: "延边大洋商贸", ja: "延辺大洋商事", en: "Yanbian Dayang" });
    const knit = await company("sme", { ja: "見附ニット工業", zh: "见附针织工业", en: "Mitsuke Knit Works" });
    const offer = await offerOf(dayang.company.id, {
      title: { zh: "延吉日本商品展示厅", ja: "延吉日本製品ショールーム", en: "Yanji Japanese goods showroom" },
    });
    const cardigan = await productOf(knit.company.id, "K-1");
    // The side someone works for does not say what they read: a Japanese buyer at the distributor, a Chinese employee at the SME.
    const readers = { [dayang.owner.id]: "zh", [dayang.colleague.id]: "ja", [knit.owner.id]: "en", [knit.colleague.id]: "zh" } as const;
    for (const [id, locale] of Object.entries(readers)) await (await db()).update(users).set({ locale }).where(eq(users.id, id));
    const seen = async (user: User) => {
      const [note] = await notificationsOf(user.id);
      const [email] = await (await db()).select().from(emailOutbox).where(eq(emailOutbox.userId, user.id));
      return { inApp: notificationText(readers[user.id]!, note!.type, note!.payload), email: renderEmail(email!).text };
    };

    signIn(knit.owner);
    expect(await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }))).toMatchObject({ ok: true });
    expect((await seen(dayang.owner)).inApp).toBe("见附针织工业申请在您的展厅“延吉日本商品展示厅”展出");
    expect((await seen(dayang.colleague)).inApp).toBe("見附ニット工業がショールーム「延吉日本製品ショールーム」に出展を申し込みました");
    expect((await seen(dayang.colleague)).email).toContain("見附ニット工業がショールーム「延吉日本製品ショールーム」への出展を申し込みました。");

    const [application] = await applicationsIn();
    signIn(dayang.colleague);
    expect(await decideApplicationAction(undefined, pageForm("ja", { applicationId: application!.id, decision: "accepted" }))).toMatchObject({
      ok: true,
    });
    expect((await seen(knit.owner)).inApp).toBe("Your application to the showroom “Yanji Japanese goods showroom” was accepted");
    expect((await seen(knit.colleague)).inApp).toBe("您在展厅“延吉日本商品展示厅”的参展申请已被接受");
    expect((await seen(knit.colleague)).email).toContain("延吉日本商品展示厅");
    expect((await notificationsOf(knit.colleague.id))[0]!.payload.companyName).toEqual({ zh: "延边大洋商贸", ja: "延辺大洋商事", en: "Yanbian Dayang" });
  });

  it("gives no badge for a declined application", async () => {
    const { dayang, knit, offer, cardigan } = await setting();
    signIn(knit.owner);
    await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }));
    const [application] = await applicationsIn();
    signIn(dayang.owner);
    expect(await decideApplicationAction(undefined, pageForm("en", { applicationId: application!.id, decision: "declined" }))).toMatchObject({
      ok: true,
    });
    expect((await applicationsIn())[0]!.status).toBe("declined");
    expect(await displayBadges([cardigan.id])).toEqual(new Map());
  });

  it("refuses another company's products and unpublished ones, writing nothing", async () => {
    const { dayang, knit, offer, cardigan } = await setting();
    const other = await company("sme", { ja: "小千谷織物" });
    const theirs = await productOf(other.company.id, "O-1");
    const draft = await productOf(knit.company.id, "K-9", false);
    signIn(knit.owner);
    for (const foreign of [theirs.id, draft.id]) {
      const state = await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: [cardigan.id, foreign] }));
      expect(state.fieldErrors).toEqual({ productIds: ["Choose only your own published products."] });
    }
    const none = await applyAction(undefined, pageForm("en", { offerId: offer.id }));
    expect(none.fieldErrors).toEqual({ productIds: ["Choose at least one product."] });
    expect(await applicationsIn()).toEqual([]);
    expect(await notificationsOf(dayang.owner.id)).toEqual([]);
  });

  it("refuses a second pending application of the same SME to the same offer", async () => {
    const { knit, offer, cardigan, stole } = await setting();
    signIn(knit.owner);
    expect(await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }))).toMatchObject({ ok: true });
    signIn(knit.colleague);
    const again = await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: stole.id }));
    expect(again).toMatchObject({ ok: false, message: "Your company already has an application waiting for this offer." });
    expect(await applicationsIn()).toHaveLength(1);
  });

  it("keeps one pending application when two members apply at the same moment", async () => {
    const { knit, offer, cardigan, stole } = await setting();
    signIn(knit.owner);
    const states = await Promise.all([
      applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id })),
      applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: stole.id })),
    ]);
    expect(states.map((s) => s.ok).sort()).toEqual([false, true]);
    expect(states.find((s) => !s.ok)?.message).toBe("Your company already has an application waiting for this offer.");
    expect(await applicationsIn()).toHaveLength(1);
    expect(await (await db()).select().from(showroomApplicationProducts)).toHaveLength(1);
  });

  it("refuses closed and ended offers, and finds nothing for an offer of an unapproved distributor", async () => {
    const { dayang, knit, cardigan } = await setting();
    const closed = await offerOf(dayang.company.id, { status: "closed" });
    const ended = await offerOf(dayang.company.id, { startsOn: day(-90), endsOn: day(-1) });
    const pending = await company("distributor", { zh: "新公司" });
    await (await db()).update(companies).set({ status: "pending" }).where(eq(companies.id, pending.company.id));
    const unapproved = await offerOf(pending.company.id);
    signIn(knit.owner);
    for (const offer of [closed, ended]) {
      const state = await applyAction(undefined, pageForm("zh", { offerId: offer.id, productIds: cardigan.id }));
      expect(state).toMatchObject({ ok: false, message: "该展示空间已截止招募或期间已结束，不接受申请。" });
    }
    const hidden = await applyAction(undefined, pageForm("en", { offerId: unapproved.id, productIds: cardigan.id }));
    expect(hidden).toMatchObject({ ok: false, message: "This display offer does not exist or is not yours to change." });
    expect(await applicationsIn()).toEqual([]);
  });

  it("does not let a distributor decide on another distributor's applications", async () => {
    const { knit, offer, cardigan } = await setting();
    const rival = await company("distributor", { zh: "大连贸易" });
    signIn(knit.owner);
    await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }));
    const [application] = await applicationsIn();
    signIn(rival.owner);
    const state = await decideApplicationAction(undefined, pageForm("en", { applicationId: application!.id, decision: "accepted" }));
    expect(state).toMatchObject({ ok: false, message: "This application does not exist, has already been decided, or is not for one of your offers." });
    expect((await applicationsIn())[0]!.status).toBe("pending");
    expect(await notificationsOf(knit.owner.id)).toEqual([]);
    expect(await displayBadges([cardigan.id])).toEqual(new Map());
  });

  it("lets the SME withdraw its own waiting application, then apply again, but not another SME's", async () => {
    const { knit, offer, cardigan, stole } = await setting();
    const other = await company("sme", { ja: "小千谷織物" });
    signIn(knit.owner);
    await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }));
    const [application] = await applicationsIn();
    signIn(other.owner);
    const forged = await withdrawApplicationAction(undefined, pageForm("en", { applicationId: application!.id }));
    expect(forged).toMatchObject({ ok: false, message: "This application does not exist, is no longer waiting, or is not your company's." });
    expect((await applicationsIn())[0]!.status).toBe("pending");
    signIn(knit.owner);
    expect(await withdrawApplicationAction(undefined, pageForm("ja", { applicationId: application!.id }))).toMatchObject({
      ok: true,
      message: "応募を取り下げました。",
    });
    expect(await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: stole.id }))).toMatchObject({ ok: true });
    expect((await applicationsIn()).map((a) => a.status).sort()).toEqual(["pending", "withdrawn"]);
  });

  it("refuses an application between companies one of which has blocked the other, sending nothing", async () => {
    const { dayang, knit, offer, cardigan } = await setting();
    for (const [blockerId, blockedId] of [
      [knit.company.id, dayang.company.id],
      [dayang.company.id, knit.company.id],
    ] as const) {
      await (await db()).insert(companyBlocks).values({ blockerId, blockedId });
      signIn(knit.colleague);
      const state = await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id, message: "Please show our knitwear." }));
      expect(state).toMatchObject({ ok: false, message: "Contact with this company has ended, so no display application can be sent to it or answered." });
      await (await db()).delete(companyBlocks);
    }
    expect(await applicationsIn()).toEqual([]);
    expect(await notificationsOf(dayang.owner.id)).toEqual([]);
  });

  it("does not let the distributor answer an application once either company has blocked the other", async () => {
    const { dayang, knit, offer, cardigan } = await setting();
    signIn(knit.owner);
    await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }));
    const [application] = await applicationsIn();
    for (const [blockerId, blockedId] of [
      [knit.company.id, dayang.company.id],
      [dayang.company.id, knit.company.id],
    ] as const) {
      await (await db()).insert(companyBlocks).values({ blockerId, blockedId });
      signIn(dayang.owner);
      for (const decision of ["accepted", "declined"]) {
        const state = await decideApplicationAction(undefined, pageForm("zh", { applicationId: application!.id, decision }));
        expect(state).toMatchObject({ ok: false, message: "与该企业的联系已终止，无法再提交或答复展示空间申请。" });
      }
      await (await db()).delete(companyBlocks);
    }
    expect((await applicationsIn())[0]!.status).toBe("pending");
    expect(await notificationsOf(knit.owner.id)).toEqual([]);
    expect(await displayBadges([cardigan.id])).toEqual(new Map());
    // Once the block is lifted, the application can be answered again.
    expect(await decideApplicationAction(undefined, pageForm("en", { applicationId: application!.id, decision: "accepted" }))).toMatchObject({
      ok: true,
    });
  });

  it("does not let a distributor apply or an SME decide", async () => {
    const { dayang, knit, offer, cardigan } = await setting();
    signIn(dayang.owner);
    expect(await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }))).toMatchObject({
      ok: false,
      message: "You are not allowed to do this.",
    });
    signIn(knit.owner);
    await applyAction(undefined, pageForm("en", { offerId: offer.id, productIds: cardigan.id }));
    const [application] = await applicationsIn();
    expect(await decideApplicationAction(undefined, pageForm("en", { applicationId: application!.id, decision: "accepted" }))).toMatchObject({
      ok: false,
      message: "You are not allowed to do this.",
    });
    expect((await applicationsIn())[0]!.status).toBe("pending");
  });
});

describe("demo data", () => {
  it("puts Mitsuke knitwear on display in Yanji once, however often the seed runs", async () => {
    const dayang = await insertCompany({ ref: "yanbian-dayang", kind: "distributor", name: { zh: "延边大洋商贸" } });
    const knit = await insertCompany({ ref: "mitsuke-knit-works", name: { ja: "見附ニット工業" } });
    const cardigan = await productOf(knit.id, "cotton-cardigan");
    const gloves = await productOf(knit.id, "touch-gloves");
    expect(await seedShowroomDemo()).toBe(true);
    expect(await seedShowroomDemo()).toBe(false);
    expect((await (await db()).select().from(showroomOffers)).map((o) => o.companyId)).toEqual([dayang.id]);
    const badges = await displayBadges([cardigan.id, gloves.id]);
    expect([...badges.keys()]).toEqual([cardigan.id]);
    expect(badges.get(cardigan.id)).toMatchObject([{ place: "延吉", region: "CN-JL" }]);
  });
});
