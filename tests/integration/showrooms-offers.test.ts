import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { salesChannels, showroomOffers, type ChannelType, type CompanyStatus } from "@/db/schema";
import { displayToday } from "@/lib/showrooms/dates";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createOfferAction } = await import("@/app/[locale]/showrooms/new/actions");
const { closeOfferAction } = await import("@/app/[locale]/showrooms/[id]/actions");
const { getOfferForViewer, listOpenOffers } = await import("@/lib/showrooms/offers");

withTestDatabase();

function day(offset: number): string {
  const date = new Date(`${displayToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

function signIn(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function distributor(channel: ChannelType | null = "showroom", status: CompanyStatus = "approved") {
  const user = await insertUser({ role: "distributor" });
  const company = await insertCompany({ kind: "distributor", name: { zh: "延边大洋商贸", en: "Yanbian Dayang" }, status }, user);
  if (channel) await (await getDb()).insert(salesChannels).values({ companyId: company.id, type: channel, regions: ["CN-JL"] });
  signIn(user);
  return { user, company };
}

const yanji = {
  titleZh: "延吉日本商品常设展示厅",
  descriptionZh: "位于延吉市中心的日本商品馆，面向朝鲜族和本地消费者。",
  place: "延吉日本商品馆",
  region: "CN-JL",
  sizeSqm: "１２０",
  startsOn: day(8),
  endsOn: day(128),
  feeJpy: "50,000円",
  categories: "61, 6110.20；22",
};

function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

async function allOffers() {
  return (await getDb()).select().from(showroomOffers);
}

describe("publishing display offers", () => {
  it("publishes an offer of a distributor with a showroom channel and opens its page", async () => {
    const { company } = await distributor();
    const error = await createOfferAction(undefined, pageForm("zh", yanji)).catch((e: unknown) => e);
    const [offer] = await allOffers();
    expect(redirectTarget(error)).toBe(`/zh/showrooms/${offer!.id}`);
    expect(offer).toMatchObject({
      companyId: company.id,
      title: { zh: yanji.titleZh },
      description: { zh: yanji.descriptionZh },
      place: "延吉日本商品馆",
      region: "CN-JL",
      sizeSqm: 120,
      startsOn: yanji.startsOn,
      endsOn: yanji.endsOn,
      feeJpy: 50000,
      categories: ["61", "611020", "22"],
      status: "open",
    });
  });

  it("refuses a distributor without a showroom channel with a translated message", async () => {
    await distributor("livestream");
    const state = await createOfferAction(undefined, pageForm("ja", { ...yanji }));
    expect(state).toMatchObject({ ok: false, message: "自社の販売チャネルにショールームがありません。展示スペースを掲載する前に追加してください。" });
    expect(await allOffers()).toEqual([]);
  });

  it("gives field errors for an end before the start, no title and bad fields, writing nothing", async () => {
    await distributor();
    const state = await createOfferAction(
      undefined,
      pageForm("en", { titleZh: " ", place: "", region: "JP-15", startsOn: day(30), endsOn: day(10), sizeSqm: "big", categories: "61, 1234567, 0012" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      title: ["Give the title in at least one language."],
      place: ["Say where the display space is."],
      region: ["Choose a province of China."],
      endsOn: ["The last day cannot be before the first day."],
      sizeSqm: ["Enter a whole number."],
      categories: ["Enter HS chapters (2 digits), headings (4) or subheadings (6), separated by commas."],
    });
    const past = await createOfferAction(undefined, pageForm("en", { ...yanji, startsOn: day(-60), endsOn: day(-1) }));
    expect(past.fieldErrors).toEqual({ endsOn: ["This period has already ended."] });
    const impossible = await createOfferAction(undefined, pageForm("en", { ...yanji, startsOn: "2027-02-30" }));
    expect(impossible.fieldErrors).toEqual({ startsOn: ["Enter a date as YYYY-MM-DD."] });
    expect(await allOffers()).toEqual([]);
  });

  it("does not let an SME publish an offer", async () => {
    const user = await insertUser({ role: "sme" });
    await insertCompany({}, user);
    signIn(user);
    expect(await createOfferAction(undefined, pageForm("en", { ...yanji }))).toMatchObject({ ok: false, message: "You are not allowed to do this." });
    expect(await allOffers()).toEqual([]);
  });
});

describe("closing and visibility", () => {
  async function publish(status: CompanyStatus = "approved") {
    const owner = await distributor("showroom", status);
    await createOfferAction(undefined, pageForm("zh", yanji)).catch(() => undefined);
    const [offer] = await (await getDb()).select().from(showroomOffers).where(eq(showroomOffers.companyId, owner.company.id));
    return { ...owner, offer: offer! };
  }

  it("closes only the distributor's own offer, whatever id the form carries", async () => {
    const mine = await publish();
    const theirs = await publish();
    signIn(mine.user);
    const forged = await closeOfferAction(undefined, pageForm("en", { offerId: theirs.offer.id }));
    expect(forged).toMatchObject({ ok: false, message: "This display offer does not exist or is not yours to change." });
    expect(await closeOfferAction(undefined, pageForm("en", { offerId: mine.offer.id }))).toMatchObject({ ok: true });
    const statuses = Object.fromEntries((await allOffers()).map((o) => [o.id, o.status]));
    expect(statuses).toEqual({ [mine.offer.id]: "closed", [theirs.offer.id]: "open" });
  });

  it("lists only open, unended offers of approved distributors", async () => {
    const open = await publish();
    const closed = await publish();
    const ended = await publish();
    await publish("pending");
    const db = await getDb();
    await db.update(showroomOffers).set({ status: "closed" }).where(eq(showroomOffers.id, closed.offer.id));
    await db
      .update(showroomOffers)
      .set({ startsOn: day(-30), endsOn: day(-1) })
      .where(eq(showroomOffers.id, ended.offer.id));
    expect((await listOpenOffers()).map((r) => r.offer.id)).toEqual([open.offer.id]);
  });

  it("shows an offer to SMEs and admins, but not to another distributor or for a forged id", async () => {
    const { offer } = await publish();
    const hidden = await publish("pending");
    const sme = await insertUser({ role: "sme" });
    const admin = await insertUser({ role: "platform_admin" });
    const rival = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, rival);
    expect((await getOfferForViewer(sme, offer.id))?.offer.place).toBe("延吉日本商品馆");
    expect((await getOfferForViewer(admin, offer.id))?.isOwn).toBe(false);
    expect(await getOfferForViewer(rival, offer.id)).toBeUndefined();
    expect(await getOfferForViewer(sme, hidden.offer.id)).toBeUndefined();
    expect(await getOfferForViewer(hidden.user, hidden.offer.id)).toMatchObject({ isOwn: true });
    expect(await getOfferForViewer(sme, "not-a-uuid")).toBeUndefined();
  });
});
