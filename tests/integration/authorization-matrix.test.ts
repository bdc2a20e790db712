/**
 * The authorization matrix: every server action (every export of every "use server" file under
 * app/) and every route handler (app/api/**\/route.ts) is found from the code and must have a row
 * in `actions` or `routes` below, so a new one cannot be forgotten. Each is called as a visitor,
 * a member of another company of each side, another chamber's admin and a suspended member of the
 * victim's own company, with the ids of the victims' rows (forged ids: real rows the caller does
 * not own). The expected result of every call is written down; an unexpected allow fails.
 *
 * "refused": the answer is a refusal with a form-level message (no redirect, no success, and not a
 * field error, which would mean the forged input never reached the authorization), and the database
 * is unchanged (apart from the limiters' own counters). "own": the caller may act on their own
 * rows (their locale, their own company's new product...), and no row of anyone else changes.
 * "public": open to anyone and writing nothing of the victims but a link emailed to an address's
 * own owner.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  companyDocuments,
  companyMembers,
  listingReports,
  meetings,
  productImages,
  products,
  quotations,
  sampleRequests,
  salesChannels,
  savedSearches,
  showroomOffers,
  sourcingNeeds,
  users,
  type User,
} from "@/db/schema";
import { insertUser } from "../support/accounts";
import { TestBrowser, browserHeadersModule } from "../support/browser";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

// The real Auth.js: every caller holds a session cookie of its own in a test browser.
const session = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "test-only-secret-0123456789abcdef0123456789";
  return { browser: undefined as unknown as TestBrowser };
});
vi.mock("next/headers", () => browserHeadersModule(() => session.browser));

const root = path.resolve(__dirname, "../..");

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, match) : match(full) ? [full] : [];
  });
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");
const actionFiles = filesUnder(path.join(root, "app"), (f) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
  .map(rel)
  .sort();
const routeFiles = filesUnder(path.join(root, "app/api"), (f) => /\/route\.ts$/.test(f))
  .map(rel)
  .sort();

type Module = Record<string, unknown>;
const modules = new Map<string, Module>();
for (const file of [...actionFiles, ...routeFiles]) modules.set(file, (await import(/* @vite-ignore */ path.join(root, file))) as Module);

withTestDatabase();

type Persona = "visitor" | "otherSme" | "otherDistributor" | "otherChamberAdmin" | "suspendedMember";
const personas: Persona[] = ["visitor", "otherSme", "otherDistributor", "otherChamberAdmin", "suspendedMember"];
type Expectation = "refused" | "own" | "public";
type Expected = Partial<Record<Persona, Expectation>>;

const password = "correct horse battery";
let ip = 10;

async function signedIn(user: User): Promise<TestBrowser> {
  const { signInAction } = await import("@/app/[locale]/(auth)/actions");
  session.browser = new TestBrowser(`203.0.113.${ip++}`);
  const result = await signInAction(undefined, pageForm("en", { email: user.email, password })).catch((e: unknown) => e);
  expect(redirectOf(result)).toBe("/en/dashboard");
  return session.browser;
}

/** A fresh session cookie for a caller (after an action ended its sessions); a suspended member's is taken while active. */
async function renewSession(caller: { user?: User; browser?: TestBrowser }): Promise<void> {
  if (!caller.user) return;
  const db = await getDb();
  const suspended = caller.user.email.startsWith("suspended");
  if (suspended) await db.update(users).set({ status: "active" }).where(eq(users.id, caller.user.id));
  caller.browser = await signedIn(caller.user);
  if (suspended) await db.update(users).set({ status: "suspended" }).where(eq(users.id, caller.user.id));
}

/** A quotation's terms as the form posts them, valid for a year. */
function quotationTerms(): Record<string, string> {
  const validUntil = `${new Date().getFullYear() + 1}-06-30`;
  return {
    productName: "Knit stole",
    unitPriceJpy: "1200",
    moq: "100",
    incoterm: "FOB",
    incotermPlace: "Niigata",
    leadTimeDays: "30",
    paymentTerms: "T/T",
    validUntil,
  };
}

/** The victims' world: two companies of the Mitsuke chamber's story with everything they own. */
async function world() {
  const db = await getDb();
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme", email: "owner@mitsuke-knit.jp" });
  const sme = await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { ja: "見附ニット" } }, smeUser);
  const colleague = await insertUser({ role: "sme" });
  await db.insert(companyMembers).values({ companyId: sme.id, userId: colleague.id });
  const distUser = await insertUser({ role: "distributor", email: "owner@yanbian.cn" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边大洋" } }, distUser);
  const chamberAdmin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const pending = await insertCompany({ kind: "sme", chamberId: mitsuke.id, status: "pending" });
  const imported = await insertCompany({ kind: "sme", chamberId: mitsuke.id, imported: true });
  const [product] = await db
    .insert(products)
    .values({ companyId: sme.id, ref: "knit", name: { ja: "ニット" }, published: true })
    .returning();
  const [hidden] = await db
    .insert(products)
    .values({ companyId: sme.id, ref: "draft", name: { ja: "試作品" }, published: false })
    .returning();
  const [image] = await db
    .insert(productImages)
    .values({ productId: hidden!.id, mime: "image/webp", width: 4, height: 3, data: Buffer.from([1, 2, 3]) })
    .returning();
  const [channel] = await db
    .insert(salesChannels)
    .values({ companyId: dist.id, type: "wholesale", regions: ["CN-JL"] })
    .returning();
  const [need] = await db
    .insert(sourcingNeeds)
    .values({ companyId: dist.id, ref: "knit", description: { zh: "针织衫" } })
    .returning();
  const [report] = await db
    .insert(listingReports)
    .values({ companyId: sme.id, productId: product!.id, reporterId: distUser.id, reason: "wrong photo" })
    .returning();
  const [document] = await db
    .insert(companyDocuments)
    .values({
      companyId: sme.id,
      kind: "business_licence",
      issuer: "Niigata",
      number: "1",
      fileName: "licence.pdf",
      mime: "application/pdf",
      size: 5,
      data: Buffer.from("%PDF-"),
    })
    .returning();
  const [savedSearch] = await db
    .insert(savedSearches)
    .values({ userId: smeUser.id, name: "Knit distributors", params: { q: "knit" }, frequency: "weekly", stopToken: "victims-own-stop-token-0123456789" })
    .returning();
  const today = new Date().toISOString().slice(0, 10);
  const [offer] = await db
    .insert(showroomOffers)
    .values({
      companyId: dist.id,
      title: { zh: "延吉展示厅" },
      place: "Yanji",
      region: "CN-JL",
      startsOn: today,
      endsOn: `${new Date().getFullYear() + 1}-12-31`,
    })
    .returning();

  // The SME's own actions make the rest: a thread with an attachment and a meeting, an
  // application to the showroom, and an invitation.
  const { openInquiryAction } = (await import("@/app/[locale]/inquiries/new/actions")) as typeof import("@/app/[locale]/inquiries/new/actions");
  const thread = await import("@/app/[locale]/inquiries/[id]/actions");
  const { applyAction } = await import("@/app/[locale]/showrooms/[id]/actions");
  const { inviteMemberAction } = await import("@/app/[locale]/company/actions");
  session.browser = await signedIn(smeUser);
  const opened = await openInquiryAction(undefined, pageForm("en", { to: dist.id, source: "profile", subject: "Knitwear", body: "Hello" })).catch(
    (e: { digest?: string }) => e,
  );
  const inquiryId = String((opened as { digest?: string }).digest)
    .split(";")[2]!
    .split("/")
    .pop()!;
  const message = pageForm("en", { inquiryId, body: "Price list" });
  message.append("files", new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj\n")], "prices.pdf", { type: "application/pdf" }));
  expect(await thread.postMessageAction(undefined, message)).toMatchObject({ ok: true });
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  expect(
    await thread.proposeMeetingAction(
      undefined,
      pageForm("en", { inquiryId, mode: "online", durationMinutes: "60", slot1: `${inDays(10)}T10:00`, slot2: `${inDays(11)}T10:00` }),
    ),
  ).toMatchObject({ ok: true });
  expect(await applyAction(undefined, pageForm("en", { offerId: offer!.id, productIds: product!.id }))).toMatchObject({ ok: true });
  // A quotation in the thread, and two sample requests: one waiting to be sent, one sent.
  const { sendQuotationAction } = await import("@/app/[locale]/quotations/new/actions");
  const quoted = await sendQuotationAction(undefined, pageForm("en", { inquiryId, ...quotationTerms() })).catch((e: unknown) => e);
  expect(redirectOf(quoted)).toBe(`/en/inquiries/${inquiryId}`);
  const sampleForm = { inquiryId, items: "Knit stole", quantity: "2", address: "Yanji, Jilin", payer: "sme" };
  expect(await thread.requestSampleAction(undefined, pageForm("en", sampleForm))).toMatchObject({ ok: true });
  expect(await thread.requestSampleAction(undefined, pageForm("en", sampleForm))).toMatchObject({ ok: true });
  const [toSend, sent] = await db.select().from(sampleRequests).orderBy(sampleRequests.createdAt, sampleRequests.id);
  expect(await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sent!.id, carrier: "dhl", trackingNumber: "1234567890" }))).toMatchObject({
    ok: true,
  });
  const [quotation] = await db.select().from(quotations);
  const invited = await inviteMemberAction(undefined, pageForm("en", { email: "new@mitsuke-knit.jp" }));
  const inviteToken = String((invited.data as { link: string }).link)
    .split("/")
    .pop()!;
  const [meeting] = await db.select().from(meetings);
  const attachment = (await db.query.inquiryAttachments.findMany())[0]!;
  const application = (await db.query.showroomApplications.findMany())[0]!;
  const invite = (await db.query.companyInvites.findMany())[0]!;
  const notification = (await db.query.notifications.findMany({ where: (n, { eq }) => eq(n.userId, distUser.id) }))[0]!;

  // An event of the victims' chamber: both victims accepted, with a published talk, a request
  // waiting for the SME's answer and a registration waiting for the organizer.
  const { createEvent, decideRegistration } = await import("@/lib/events/organizer");
  const { registerForEvent } = await import("@/lib/events/registration");
  const { requestTalk, answerTalkRequest } = await import("@/lib/events/requests");
  const { proposeSchedule, publishSchedule } = await import("@/lib/events/plan");
  const { eventSchema } = await import("@/lib/events/schemas");
  const event = await createEvent(chamberAdmin, eventSchema.parse(eventFields()));
  const dist2User = await insertUser({ role: "distributor" });
  await insertCompany({ kind: "distributor", name: { zh: "珲春物产" } }, dist2User);
  const waitingUser = await insertUser({ role: "sme" });
  await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { ja: "栃尾織物" } }, waitingUser);
  for (const u of [smeUser, distUser, dist2User]) {
    const p = await registerForEvent(u, { eventId: event.id, productIds: [] });
    await decideRegistration(chamberAdmin, event.id, { participantId: p.id, decision: "accepted" });
  }
  const waiting = await registerForEvent(waitingUser, { eventId: event.id, productIds: [] });
  const agreed = await requestTalk(distUser, { eventId: event.id, toCompanyId: sme.id });
  await answerTalkRequest(smeUser, { requestId: agreed.id, decision: "accepted" });
  await proposeSchedule(chamberAdmin, event.id);
  await publishSchedule(chamberAdmin, event.id);
  const talkRequest = await requestTalk(dist2User, { eventId: event.id, toCompanyId: sme.id });
  const talk = (await db.query.eventTalks.findMany())[0]!;

  // The callers.
  const otherSmeUser = await insertUser({ role: "sme" });
  const otherSme = await insertCompany({ kind: "sme", chamberId: tsubame.id, name: { ja: "燕カトラリー" } }, otherSmeUser);
  const otherDistUser = await insertUser({ role: "distributor" });
  const otherDist = await insertCompany({ kind: "distributor", name: { zh: "大连商贸" } }, otherDistUser);
  const otherChamberAdmin = await insertUser({ role: "chamber_admin", chamberId: tsubame.id });
  // Signed in while active, suspended since: the cookie it holds must not work any more.
  const suspendedMember = await insertUser({ role: "sme", email: "suspended@mitsuke-knit.jp" });
  await db.insert(companyMembers).values({ companyId: sme.id, userId: suspendedMember.id });
  const callers: Record<Persona, { user?: User; companyId?: string; browser?: TestBrowser }> = {
    visitor: { browser: new TestBrowser("198.51.100.1") },
    otherSme: { user: otherSmeUser, companyId: otherSme.id },
    otherDistributor: { user: otherDistUser, companyId: otherDist.id },
    otherChamberAdmin: { user: otherChamberAdmin },
    suspendedMember: { user: suspendedMember, companyId: sme.id },
  };
  for (const persona of personas) await renewSession(callers[persona]);
  return {
    ids: {
      sme: sme.id,
      dist: dist.id,
      pending: pending.id,
      imported: imported.id,
      product: product!.id,
      hidden: hidden!.id,
      image: image!.id,
      channel: channel!.id,
      need: need!.id,
      report: report!.id,
      offer: offer!.id,
      inquiry: inquiryId,
      meeting: meeting!.id,
      attachment: attachment.id,
      document: document!.id,
      application: application.id,
      invite: invite.id,
      notification: notification.id,
      savedSearch: savedSearch!.id,
      colleague: colleague.id,
      chamberAdmin: chamberAdmin.id,
      smeRef: sme.ref,
      chamber: mitsuke.id,
      quotation: quotation!.id,
      sampleToSend: toSend!.id,
      sampleSent: sent!.id,
      event: event.id,
      participant: waiting.id,
      talkRequest: talkRequest.id,
      talk: talk.id,
    },
    inviteToken,
    victims: { smeUser, distUser },
    callers,
  };
}

/** A valid event form (next year, so that registration is open). */
function eventFields(): Record<string, string | string[]> {
  const year = new Date().getFullYear() + 1;
  return {
    nameEn: "Niigata–Jilin business talks",
    place: "Niigata, Toki Messe",
    startsOn: `${year}-06-10`,
    endsOn: `${year}-06-10`,
    timeZone: "Asia/Tokyo",
    talkMinutes: "30",
    breakMinutes: "0",
    dayStart: "10:00",
    dayEnd: "12:00",
    tables: "2",
    registrationDeadline: `${year}-06-01T18:00`,
    allowedKinds: ["sme", "distributor"],
    requestExpiryHours: "48",
    maxPendingRequests: "5",
  };
}

type World = Awaited<ReturnType<typeof world>>;
type Ids = World["ids"];

const refusedByAll: Expected = Object.fromEntries(personas.map((p) => [p, "refused"]));
/** Open to every signed-in account for its own rows; the visitor and the suspended member are refused. */
const ownForActive: Expected = { visitor: "refused", otherSme: "own", otherDistributor: "own", otherChamberAdmin: "own", suspendedMember: "refused" };
const ownFor = (...who: Persona[]): Expected => ({ ...refusedByAll, ...Object.fromEntries(who.map((p) => [p, "own"])) });
const publicForAll: Expected = Object.fromEntries(personas.map((p) => [p, "public"]));

const forgedToken = "Zm9yZ2VkLXRva2VuLW5vdC1pc3N1ZWQtYnktdXMtMDEyMzQ1Njc4OQ";
const pastedPassword = "correct horse battery staple again";

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; data?: unknown };
type ActionRow = {
  form: (ids: Ids) => Record<string, string | string[]>;
  expected: Expected;
  /** Called as (formData), not through the action wrapper. */
  plain?: boolean;
  /** Ends the caller's sessions: the caller signs in again after it. */
  endsSession?: boolean;
  refusedWhen?: (state: State) => boolean;
};

/** Every server action, by file and export name. */
const actions: Record<string, Record<string, ActionRow>> = {
  // Rules are shared data: any admin may propose a change (a row of its own, waiting); only a
  // platform admin decides, and only a platform admin edits the landed-price assumptions.
  "app/[locale]/admin/access/actions.ts": {
    proposeRuleChangeAction: {
      form: () => ({ code: "R07", level: "info", validFrom: "2025-11-19", evidenceUrl: "https://example.jp/r07", note: "normalised" }),
      expected: ownFor("otherChamberAdmin"),
    },
    decideRuleChangeAction: { form: (ids) => ({ proposalId: ids.report, decision: "approve" }), expected: refusedByAll },
    saveAssumptionAction: { form: () => ({ key: "fx", value: "1" }), expected: refusedByAll },
  },
  "app/[locale]/(auth)/actions.ts": {
    // The same answer whether or not the address has an account; the owner gets an email.
    signUpAction: { form: () => ({ accountType: "sme", name: "Intruder", email: "owner@mitsuke-knit.jp", password: pastedPassword }), expected: publicForAll },
    signInAction: { form: () => ({ email: "owner@mitsuke-knit.jp", password: "not the owner's password" }), expected: refusedByAll },
    requestEmailLinkAction: { form: () => ({ email: "owner@mitsuke-knit.jp" }), expected: publicForAll },
    emailLinkSignInAction: { form: () => ({ token: forgedToken }), expected: refusedByAll },
    emailLinkResetAction: { form: () => ({ token: forgedToken, newPassword: pastedPassword }), expected: refusedByAll },
    // Ends the caller's own sessions only; it takes no id.
    signOutAction: { form: () => ({}), expected: { ...ownForActive, visitor: "own", suspendedMember: "own" }, plain: true, endsSession: true },
  },
  "app/[locale]/actions.ts": { rememberLocaleAction: { form: () => ({ locale: "zh" }), expected: ownForActive } },
  "app/[locale]/admin/actions.ts": {
    decideCompanyAction: { form: (ids) => ({ companyId: ids.pending, decision: "approve" }), expected: refusedByAll },
    inviteClaimantAction: { form: (ids) => ({ companyId: ids.imported, email: "claim@example.jp" }), expected: refusedByAll },
    // Another chamber's admin may import, but not into the victim's company: the report lists the refusal.
    importExchangeAction: {
      form: (ids) => ({
        confirm: "1",
        json: JSON.stringify({
          format: "kakehashi-exchange/1",
          companies: [{ ref: ids.smeRef, kind: "sme", name: { en: "Taken over" }, country: "JP", region: "JP-15" }],
        }),
      }),
      expected: refusedByAll,
      refusedWhen: (state) => !state.ok || ((state.data as { errors?: unknown[]; imported?: unknown })?.errors?.length ?? 0) > 0,
    },
    resolveReportAction: { form: (ids) => ({ reportId: ids.report }), expected: refusedByAll },
  },
  // Only an admin of the company's own chamber verifies it; a forged company or document id finds nothing.
  "app/[locale]/admin/companies/[id]/actions.ts": {
    verifyCompanyAction: { form: (ids) => ({ companyId: ids.sme, items: ["registry_number", ids.document] }), expected: refusedByAll },
  },
  "app/[locale]/admin/chambers/actions.ts": {
    createChamberAction: { form: () => ({ name_en: "Forged Chamber", region: "JP-15" }), expected: refusedByAll },
    createChamberAdminAction: {
      form: () => ({ email: "admin@forged.example", name: "Forged", chamberId: "00000000-0000-4000-8000-000000000000" }),
      expected: refusedByAll,
    },
    setChamberAdminStatusAction: { form: (ids) => ({ userId: ids.chamberAdmin, status: "suspended" }), expected: refusedByAll },
  },
  // Another chamber's admin may run the bulk actions on its own members only: naming the victim
  // chamber's pending company, it is skipped and nothing changes.
  "app/[locale]/chamber/members/actions.ts": {
    bulkMembersAction: { form: (ids) => ({ companyIds: ids.pending, operation: "approve" }), expected: ownFor("otherChamberAdmin") },
    // Its own send is audited (with the victim's company counted as ignored); nobody is notified.
    messageMembersAction: { form: (ids) => ({ companyIds: [ids.sme, ids.pending], subject: "Forged", body: "Forged" }), expected: ownFor("otherChamberAdmin") },
  },
  "app/[locale]/chamber/introductions/actions.ts": {
    nudgeIntroductionAction: { form: (ids) => ({ smeId: ids.sme, distributorId: ids.dist, chamberId: ids.chamber }), expected: refusedByAll },
    closeIntroductionAction: { form: (ids) => ({ smeId: ids.sme, distributorId: ids.dist, chamberId: ids.chamber, reason: "x" }), expected: refusedByAll },
  },
  "app/[locale]/company/actions.ts": {
    // A company of one's own, which another company's member already has.
    createCompanyAction: { form: () => ({ name_ja: "乗っ取り", region: "JP-15" }), expected: refusedByAll },
    // Takes no company id: it saves the caller's own company, whatever the form says.
    updateCompanyAction: { form: (ids) => ({ companyId: ids.sme, name_ja: "乗っ取り", region: "JP-15" }), expected: ownFor("otherSme", "otherDistributor") },
    inviteMemberAction: { form: () => ({ email: "owner@mitsuke-knit.jp" }), expected: ownFor("otherSme", "otherDistributor") },
    removeMemberAction: { form: (ids) => ({ userId: ids.colleague }), expected: refusedByAll },
    revokeInviteAction: { form: (ids) => ({ inviteId: ids.invite }), expected: refusedByAll },
    // Takes no company id: it sets the caller's own company's choice, and only its owner's.
    setPublicProfileAction: { form: (ids) => ({ companyId: ids.sme, public: "true" }), expected: ownFor("otherSme", "otherDistributor") },
  },
  // Takes no company id: a document goes to the caller's own company (here refused for want of a
  // file); deleting names the victim's document, which the caller's company does not own.
  "app/[locale]/company/documents/actions.ts": {
    addDocumentAction: {
      form: (ids) => ({ companyId: ids.sme, kind: "business_licence", issuer: "x", number: "1" }),
      expected: ownFor("otherSme", "otherDistributor"),
    },
    deleteDocumentAction: { form: (ids) => ({ documentId: ids.document }), expected: refusedByAll },
  },
  "app/[locale]/company/channels/actions.ts": {
    createChannelAction: { form: () => ({ type: "wholesale", regions: "CN-JL" }), expected: ownFor("otherDistributor") },
    updateChannelAction: { form: (ids) => ({ channelId: ids.channel, type: "retail_chain", regions: "CN-JL" }), expected: refusedByAll },
    deleteChannelAction: { form: (ids) => ({ channelId: ids.channel }), expected: refusedByAll },
    saveDistributorProfileAction: { form: () => ({ hsCodes: "6110", minOrderJpy: "1000" }), expected: ownFor("otherDistributor") },
  },
  "app/[locale]/company/needs/actions.ts": {
    createNeedAction: { form: () => ({ descriptionZh: "毛衣" }), expected: ownFor("otherDistributor") },
    updateNeedAction: { form: (ids) => ({ needId: ids.need, descriptionZh: "毛衣" }), expected: refusedByAll },
    deleteNeedAction: { form: (ids) => ({ needId: ids.need }), expected: refusedByAll },
  },
  // The victim distributor's answers to the victim SME's quotation.
  "app/[locale]/company/needs/[id]/actions.ts": {
    requestRevisionAction: { form: (ids) => ({ quotationId: ids.quotation, note: "Forged" }), expected: refusedByAll },
    acceptQuotationAction: { form: (ids) => ({ quotationId: ids.quotation }), expected: refusedByAll },
    declineQuotationAction: { form: (ids) => ({ quotationId: ids.quotation, reason: "Forged" }), expected: refusedByAll },
  },
  "app/[locale]/company/products/actions.ts": {
    createProductAction: { form: () => ({ nameJa: "ニット帽" }), expected: ownFor("otherSme") },
    updateProductAction: { form: (ids) => ({ productId: ids.product, nameJa: "乗っ取り" }), expected: refusedByAll },
    setPublishedAction: { form: (ids) => ({ productId: ids.hidden, published: "true" }), expected: refusedByAll },
    requestReviewAction: { form: (ids) => ({ productId: ids.hidden, reason: "please" }), expected: refusedByAll },
    deleteProductAction: { form: (ids) => ({ productId: ids.product }), expected: refusedByAll },
    deleteImageAction: { form: (ids) => ({ imageId: ids.image }), expected: refusedByAll },
    saveAccessFactsAction: { form: (ids) => ({ productId: ids.product, originPrefecture: "JP-15" }), expected: refusedByAll },
  },
  "app/[locale]/company/targets/actions.ts": {
    saveTargetsAction: { form: () => ({ targetChannels: "wholesale", targetRegions: "CN-JL" }), expected: ownFor("otherSme") },
  },
  // The participants' writes act for the caller's own company only; the victims' ids find nothing.
  "app/[locale]/events/[id]/actions.ts": {
    // Before registerAction below: no caller is registered yet, so none has availability to set.
    availabilityAction: { form: (ids) => ({ eventId: ids.event, slots: [] }), expected: refusedByAll },
    // A company registers itself (pending the organizer's decision); it takes no company id.
    registerAction: { form: (ids) => ({ eventId: ids.event }), expected: ownFor("otherSme", "otherDistributor") },
    requestTalkAction: { form: (ids) => ({ eventId: ids.event, toCompanyId: ids.sme }), expected: refusedByAll },
    answerTalkAction: { form: (ids) => ({ requestId: ids.talkRequest, decision: "accepted" }), expected: refusedByAll },
    checkInAction: { form: (ids) => ({ talkId: ids.talk }), expected: refusedByAll },
    writeNoteAction: { form: (ids) => ({ talkId: ids.talk, interest: "5", nextStep: "samples", note: "forged" }), expected: refusedByAll },
  },
  "app/[locale]/events/[id]/manage/actions.ts": {
    updateEventAction: { form: (ids) => ({ ...eventFields(), eventId: ids.event, nameEn: "Taken over" }), expected: refusedByAll },
    decideRegistrationAction: { form: (ids) => ({ eventId: ids.event, participantId: ids.participant, decision: "accepted" }), expected: refusedByAll },
    proposeScheduleAction: { form: (ids) => ({ eventId: ids.event }), expected: refusedByAll },
    publishScheduleAction: { form: (ids) => ({ eventId: ids.event }), expected: refusedByAll },
    markTalkAction: { form: (ids) => ({ eventId: ids.event, talkId: ids.talk, outcome: "no_show" }), expected: refusedByAll },
  },
  // A chamber admin creates events of its own chamber only.
  "app/[locale]/events/new/actions.ts": { createEventAction: { form: () => eventFields(), expected: ownFor("otherChamberAdmin") } },
  "app/[locale]/inquiries/[id]/actions.ts": {
    postMessageAction: { form: (ids) => ({ inquiryId: ids.inquiry, body: "Intruding" }), expected: refusedByAll },
    changeStageAction: { form: (ids) => ({ inquiryId: ids.inquiry, stage: "closed", reason: "x" }), expected: refusedByAll },
    proposeMeetingAction: {
      form: (ids) => ({ inquiryId: ids.inquiry, mode: "online", durationMinutes: "60", slot1: "2099-01-05T10:00", slot2: "2099-01-06T10:00" }),
      expected: refusedByAll,
    },
    answerMeetingAction: { form: (ids) => ({ meetingId: ids.meeting, decision: "accept", slot: "0" }), expected: refusedByAll },
    requestSampleAction: { form: (ids) => ({ inquiryId: ids.inquiry, items: "x", quantity: "1", address: "x", payer: "sme" }), expected: refusedByAll },
    markSampleSentAction: { form: (ids) => ({ sampleId: ids.sampleToSend, carrier: "ups", trackingNumber: "1Z999" }), expected: refusedByAll },
    markSampleReceivedAction: { form: (ids) => ({ sampleId: ids.sampleSent, feedback: "Forged" }), expected: refusedByAll },
    cancelMeetingAction: { form: (ids) => ({ meetingId: ids.meeting, reason: "x" }), expected: refusedByAll },
    blockCompanyAction: { form: (ids) => ({ inquiryId: ids.inquiry }), expected: refusedByAll },
    unblockCompanyAction: { form: (ids) => ({ inquiryId: ids.inquiry }), expected: refusedByAll },
  },
  // Contact is open between approved companies of the two sides; an unpublished product is not.
  "app/[locale]/inquiries/new/actions.ts": {
    openInquiryAction: { form: (ids) => ({ to: ids.sme, product: ids.hidden, source: "product", subject: "s", body: "b" }), expected: refusedByAll },
  },
  "app/[locale]/invite/[token]/actions.ts": {
    // The victim's real invitation, addressed to another email.
    acceptInviteAction: { form: () => ({ token: "" }), expected: refusedByAll },
    acceptInviteWithAccountAction: { form: () => ({ token: forgedToken, name: "Intruder", password: pastedPassword }), expected: refusedByAll },
  },
  "app/[locale]/matches/actions.ts": {
    matchFeedbackAction: { form: (ids) => ({ otherId: ids.pending, state: "saved" }), expected: refusedByAll },
    recommendMatchAction: { form: (ids) => ({ smeId: ids.sme, distributorId: ids.dist, note: "x" }), expected: refusedByAll },
  },
  // With the id of another user's notification: only the caller's own are ever marked.
  "app/[locale]/notifications/actions.ts": { markNotificationsReadAction: { form: (ids) => ({ id: ids.notification }), expected: ownForActive } },
  "app/[locale]/products/[id]/actions.ts": {
    reportProductAction: { form: (ids) => ({ productId: ids.hidden, reason: "fake" }), expected: refusedByAll },
    unpublishProductAction: { form: (ids) => ({ productId: ids.product, reason: "fake" }), expected: refusedByAll },
    republishProductAction: { form: (ids) => ({ productId: ids.hidden }), expected: refusedByAll },
  },
  // A quotation into the victims' thread, and a new version of the victim SME's quotation.
  "app/[locale]/quotations/new/actions.ts": {
    sendQuotationAction: { form: (ids) => ({ inquiryId: ids.inquiry, ...quotationTerms() }), expected: refusedByAll },
    reviseQuotationAction: { form: (ids) => ({ quotationId: ids.quotation, ...quotationTerms() }), expected: refusedByAll },
  },
  // Saved for the caller alone; stopping another user's saved search finds nothing.
  "app/[locale]/search/actions.ts": {
    saveSearchAction: { form: () => ({ name: "Mine", frequency: "weekly", q: "knit" }), expected: ownForActive },
    stopSavedSearchAction: { form: (ids) => ({ id: ids.savedSearch }), expected: refusedByAll },
  },
  "app/[locale]/settings/account/actions.ts": {
    changePasswordAction: {
      form: () => ({ currentPassword: "not my password at all", newPassword: pastedPassword }),
      expected: refusedByAll,
      // The wrong current password is the refusal, shown under its field.
      refusedWhen: (state) => !state.ok && Boolean(state.message || state.fieldErrors?.currentPassword),
    },
    signOutEverywhereAction: { form: () => ({}), expected: ownForActive, endsSession: true },
    resendVerificationAction: { form: () => ({}), expected: ownFor("otherSme", "otherDistributor") },
  },
  "app/[locale]/settings/notifications/actions.ts": { savePreferencesAction: { form: () => ({ emailMessages: "off" }), expected: ownForActive } },
  "app/[locale]/showrooms/[id]/actions.ts": {
    // Applying with the victim's products.
    applyAction: { form: (ids) => ({ offerId: ids.offer, productIds: ids.product }), expected: refusedByAll },
    withdrawApplicationAction: { form: (ids) => ({ applicationId: ids.application }), expected: refusedByAll },
    decideApplicationAction: { form: (ids) => ({ applicationId: ids.application, decision: "accepted" }), expected: refusedByAll },
    closeOfferAction: { form: (ids) => ({ offerId: ids.offer }), expected: refusedByAll },
  },
  "app/[locale]/showrooms/new/actions.ts": {
    createOfferAction: { form: () => ({ titleZh: "展示厅", place: "Dalian", region: "CN-LN", endsOn: "2099-12-31" }), expected: ownFor("otherDistributor") },
  },
};

type RouteRow = { request: (ids: Ids) => Request; params?: (ids: Ids) => Record<string, string | string[]>; expected: Expected } | { delegated: string };

const get = (url: string) => () => new Request(`http://localhost:3000${url}`);
const upload = (url: string, fields: (ids: Ids) => Record<string, string | File>) => (ids: Ids) => {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields(ids))) body.append(k, v);
  return new Request(`http://localhost:3000${url}`, { method: "POST", body, headers: { origin: "http://localhost:3000", host: "localhost:3000" } });
};

/** Every route handler, by file and method. */
const routes: Record<string, Record<string, RouteRow>> = {
  "app/api/attachments/[id]/route.ts": {
    GET: { request: (ids) => get(`/api/attachments/${ids.attachment}`)(), params: (ids) => ({ id: ids.attachment }), expected: refusedByAll },
  },
  // Evidence files: the company, its chamber and partners in talks with it only.
  "app/api/documents/[id]/route.ts": {
    GET: { request: (ids) => get(`/api/documents/${ids.document}`)(), params: (ids) => ({ id: ids.document }), expected: refusedByAll },
  },
  "app/api/auth/[...nextauth]/route.ts": {
    GET: { delegated: "Auth.js itself: /api/auth/session answers only for a live session (tests/integration/account-sessions.test.ts)" },
    POST: { delegated: "Auth.js itself: sign-in goes through lib/auth/credentials.ts (tests/integration/sign-in-limit.test.ts, account-sessions.test.ts)" },
  },
  "app/api/catalog/images/route.ts": {
    POST: {
      request: upload("/api/catalog/images", (ids) => ({
        productId: ids.product,
        images: new File([new Uint8Array([0x52, 0x49, 0x46, 0x46])], "x.webp", { type: "image/webp" }),
      })),
      expected: refusedByAll,
    },
  },
  // Imports into the caller's own company only; it takes no company id.
  "app/api/catalog/import/route.ts": {
    POST: {
      request: upload("/api/catalog/import", () => ({ mode: "commit", file: new File(["name_ja\nニット帽\n"], "p.csv", { type: "text/csv" }) })),
      expected: ownFor("otherSme"),
    },
  },
  // Another chamber's members as CSV: a chamber admin naming the victim chamber gets a 404.
  "app/api/chamber/export/[kind]/route.ts": {
    GET: { request: (ids) => get(`/api/chamber/export/members?chamber=${ids.chamber}`)(), params: () => ({ kind: "members" }), expected: refusedByAll },
  },
  "app/api/events/[id]/ics/route.ts": {
    GET: { request: (ids) => get(`/api/events/${ids.event}/ics`)(), params: (ids) => ({ id: ids.event }), expected: refusedByAll },
  },
  "app/api/events/[id]/report/route.ts": {
    GET: { request: (ids) => get(`/api/events/${ids.event}/report`)(), params: (ids) => ({ id: ids.event }), expected: refusedByAll },
  },
  "app/api/health/route.ts": { GET: { request: get("/api/health"), expected: publicForAll } },
  "app/api/hs/route.ts": { GET: { request: get("/api/hs?q=knit&locale=en"), expected: publicForAll } },
  // The image of an unpublished product.
  "app/api/images/[id]/route.ts": {
    GET: { request: (ids) => get(`/api/images/${ids.image}`)(), params: (ids) => ({ id: ids.image }), expected: refusedByAll },
  },
  // The image of an unpublished product of a company that is not public.
  "app/api/public-images/[id]/route.ts": {
    GET: { request: (ids) => get(`/api/public-images/${ids.image}`)(), params: (ids) => ({ id: ids.image }), expected: refusedByAll },
  },
  "app/api/meetings/[id]/ics/route.ts": {
    GET: { request: (ids) => get(`/api/meetings/${ids.meeting}/ics`)(), params: (ids) => ({ id: ids.meeting }), expected: refusedByAll },
  },
  "app/api/ready/route.ts": { GET: { request: get("/api/ready"), expected: publicForAll } },
  // The digest's stop link needs no session: only the saved search's own token stops it, and a forged one stops nothing.
  "app/api/saved-searches/stop/route.ts": {
    GET: { request: get(`/api/saved-searches/stop?token=${forgedToken}&locale=en`), expected: publicForAll },
    POST: {
      request: () => new Request(`http://localhost:3000/api/saved-searches/stop?token=${forgedToken}`, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      expected: publicForAll,
    },
  },
};

/** Tables whose rows change on a refusal by design: the limiters count attempts. */
const counters = new Set(["action_events", "sign_in_attempts"]);
/** Rebuilt from a company's own rows when it changes: search rows, shared facet sets, the match queue. */
const derived = ["search_cards", "search_facet_sets", "search_words", "search_items", "search_catalog_version", "search_catalog_bumps", "match_queue"];
/** What a public action may add: a link emailed to the address's owner. */
const mailTables = new Set(["email_outbox", "account_tokens"]);

/** Every row of every table as text, except the rows that name one of `own` (the caller's own). */
async function snapshot(skip: Set<string>, own: string[] = []): Promise<Map<string, string[]>> {
  const db = await getDb();
  const result = await db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const tables = (Array.isArray(result) ? result : (result as unknown as { rows: { tablename: string }[] }).rows)
    .map((r) => r.tablename)
    .filter((t) => !skip.has(t));
  const out = new Map<string, string[]>();
  for (const table of tables) {
    const rows = await db.execute<{ row: string }>(sql.raw(`select t::text as row from "${table}" t`));
    const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { row: string }[] }).rows).map((r) => r.row);
    out.set(table, list.filter((row) => !own.some((id) => row.includes(id))).sort());
  }
  return out;
}

function redirectOf(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

describe("the authorization matrix", () => {
  it("lists every server action and every route handler the code has", () => {
    const foundActions = actionFiles.flatMap((file) =>
      Object.entries(modules.get(file)!)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => `${file}#${name}`),
    );
    const listedActions = Object.entries(actions).flatMap(([file, rows]) => Object.keys(rows).map((name) => `${file}#${name}`));
    expect(foundActions.sort()).toEqual(listedActions.sort());
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    const foundRoutes = routeFiles.flatMap((file) => methods.filter((m) => modules.get(file)![m] !== undefined).map((m) => `${file}#${m}`));
    const listedRoutes = Object.entries(routes).flatMap(([file, rows]) => Object.keys(rows).map((m) => `${file}#${m}`));
    expect(foundRoutes.sort()).toEqual(listedRoutes.sort());
    // Sanity: the enumeration finds the files at all.
    expect(actionFiles.length).toBeGreaterThanOrEqual(19);
    expect(routeFiles.length).toBeGreaterThanOrEqual(9);
  });

  it("refuses every call the table says is refused, and lets the others touch only the caller's own rows", async () => {
    const w = await world();
    const unexpected: string[] = [];
    let calls = 0;
    for (const [file, rows] of Object.entries(actions)) {
      for (const [name, row] of Object.entries(rows)) {
        const action = modules.get(file)![name] as (...args: unknown[]) => Promise<State>;
        for (const persona of personas) {
          const expected = row.expected[persona] ?? "refused";
          const caller = w.callers[persona];
          session.browser = caller.browser!;
          const fields = row.form(w.ids);
          if (name === "acceptInviteAction") fields.token = w.inviteToken;
          const own = [caller.user?.id, caller.companyId].filter((v): v is string => Boolean(v));
          const skip = new Set([...counters, ...(expected === "public" ? mailTables : []), ...(expected === "own" ? derived : [])]);
          const before = await snapshot(skip, expected === "refused" ? [] : own);
          const form = pageForm("en", { ...fields });
          let state: State | undefined;
          let redirect: string | undefined;
          try {
            state = row.plain ? ((await action(form)) as unknown as State | undefined) : await action(undefined, form);
          } catch (error) {
            redirect = redirectOf(error);
            if (!redirect) unexpected.push(`${file}#${name} as ${persona}: threw ${String(error)}`);
          }
          calls++;
          const after = await snapshot(skip, expected === "refused" ? [] : own);
          const label = `${file}#${name} as ${persona} (${expected})`;
          if (expected === "refused") {
            const refused = !redirect && state !== undefined && (row.refusedWhen ? row.refusedWhen(state) : !state.ok && Boolean(state.message));
            if (!refused) unexpected.push(`${label}: allowed (${redirect ? `redirect to ${redirect}` : JSON.stringify(state).slice(0, 200)})`);
          }
          for (const [table, rowsBefore] of before) {
            if (JSON.stringify(rowsBefore) !== JSON.stringify(after.get(table))) unexpected.push(`${label}: changed ${table}`);
          }
          if (row.endsSession) await renewSession(caller);
        }
      }
    }
    for (const [file, methods] of Object.entries(routes)) {
      for (const [method, row] of Object.entries(methods)) {
        if ("delegated" in row) continue;
        const handler = modules.get(file)![method] as (
          request: Request,
          context: { params: Promise<Record<string, string | string[]>> },
        ) => Promise<Response> | Response;
        for (const persona of personas) {
          const expected = row.expected[persona] ?? "refused";
          const caller = w.callers[persona];
          session.browser = caller.browser!;
          const own = [caller.user?.id, caller.companyId].filter((v): v is string => Boolean(v));
          const skip = new Set([...counters, ...(expected === "own" ? derived : [])]);
          const before = await snapshot(skip, expected === "refused" ? [] : own);
          const response = await handler(row.request(w.ids), { params: Promise.resolve(row.params?.(w.ids) ?? {}) });
          calls++;
          const after = await snapshot(skip, expected === "refused" ? [] : own);
          const label = `${file}#${method} as ${persona} (${expected})`;
          if (expected === "refused" && response.status < 400) unexpected.push(`${label}: answered ${response.status}`);
          if (expected === "public" && response.status >= 500 && file !== "app/api/ready/route.ts") unexpected.push(`${label}: answered ${response.status}`);
          for (const [table, rowsBefore] of before) {
            if (JSON.stringify(rowsBefore) !== JSON.stringify(after.get(table))) unexpected.push(`${label}: changed ${table}`);
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    // Every listed action and route method (but Auth.js's own), each as five callers.
    const rows =
      Object.values(actions).flatMap((r) => Object.keys(r)).length +
      Object.values(routes).flatMap((r) => Object.values(r).filter((row) => !("delegated" in row))).length;
    expect(calls).toBe(rows * personas.length);
  }, 600_000);
});
