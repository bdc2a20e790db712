import type { ComponentProps, ReactNode } from "react";
import { createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { NextIntlClientProvider } from "next-intl";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { quotations, sampleRequests, sourcingNeeds, type User } from "@/db/schema";
import en from "@/messages/en.json";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor({ locale: "en" }));
vi.mock("@/lib/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string | { pathname: string }; children: ReactNode }) =>
      h("a", { href: `/en${typeof href === "string" ? href : href.pathname}`, ...rest }, children),
    redirect: ({ href }: { href: unknown }) => {
      throw Object.assign(new Error("redirect"), { href });
    },
  };
});

const { sendQuotationAction } = await import("@/app/[locale]/quotations/new/actions");
const answers = await import("@/app/[locale]/company/needs/[id]/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const { default: ComparePage } = await import("@/app/[locale]/company/needs/[id]/page");
const { default: ThreadPage } = await import("@/app/[locale]/inquiries/[id]/page");
const { default: CompanyProfilePage } = await import("@/app/[locale]/companies/[id]/page");

withTestDatabase();

type Provider = ComponentProps<typeof NextIntlClientProvider>;

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function html(page: Promise<ReactNode>): Promise<string> {
  const config: Omit<Provider, "children"> = { locale: "en", messages: en, timeZone: "Asia/Tokyo" };
  const { prelude } = await prerenderToNodeStream(createElement(NextIntlClientProvider, config as Provider, await page));
  let out = "";
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

const validUntil = `${new Date().getFullYear() + 1}-06-30`;

async function quote(user: User, needId: string, price: string, incoterm: string): Promise<string> {
  signIn(user);
  const thrown = await sendQuotationAction(
    undefined,
    pageForm("en", {
      needId,
      productName: "Knit stole",
      unitPriceJpy: price,
      moq: "100",
      incoterm,
      incotermPlace: "Niigata port",
      leadTimeDays: "30",
      paymentTerms: "T/T",
      validUntil,
    }),
  ).catch((e: { digest?: string }) => e);
  return String((thrown as { digest?: string }).digest)
    .split(";")[2]!
    .split("/")
    .pop()!;
}

async function market() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { en: "Yanbian Trading" } }, distUser);
  const aUser = await insertUser({ role: "sme" });
  const a = await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { en: "Mitsuke Knit" } }, aUser);
  const bUser = await insertUser({ role: "sme" });
  await insertCompany({ kind: "sme", chamberId: tsubame.id, name: { en: "Tsubame Cutlery" } }, bUser);
  const db = await getDb();
  const [need] = await db
    .insert(sourcingNeeds)
    .values({ companyId: dist.id, ref: "N-1", description: { en: "Knit stoles for Yanji" }, quantityPerDelivery: 500, deadline: validUntil })
    .returning();
  const aThread = await quote(aUser, need!.id, "1200", "FOB");
  await quote(bUser, need!.id, "980", "CIF");
  return { distUser, dist, aUser, a, bUser, need: need!, aThread };
}

describe("quotation pages", () => {
  it("shows the need's owner both quotations side by side with price, Incoterm, lead time, validity and chamber badge", async () => {
    const m = await market();
    signIn(m.distUser);
    const page = await html(ComparePage({ params: Promise.resolve({ locale: "en", id: m.need.id }) }));
    expect(page.match(/data-testid="compare-row"/g)).toHaveLength(2);
    expect(page).toContain("Mitsuke Chamber of Commerce and Industry");
    expect(page).toContain("Tsubame Chamber of Commerce and Industry");
    expect(page).toContain("¥1,200");
    expect(page).toContain("¥980");
    expect(page).toContain("(≈ CN¥57.6)");
    expect(page).toContain("(≈ CN¥47)");
    expect(page).toContain("FOB Niigata port");
    expect(page).toContain("CIF Niigata port");
    expect(page).toContain("30 days");
    expect(page).toContain(validUntil);
    expect(page).toContain("500 units per delivery");
  });

  it("is not found for an SME that quoted, nor for another distributor", async () => {
    const m = await market();
    signIn(m.aUser);
    await expect(html(ComparePage({ params: Promise.resolve({ locale: "en", id: m.need.id }) }))).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
    const other = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, other);
    signIn(other);
    await expect(html(ComparePage({ params: Promise.resolve({ locale: "en", id: m.need.id }) }))).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
  });

  it("shows the accepted terms in the timeline of both companies and the sample's tracking link", async () => {
    const m = await market();
    const db = await getDb();
    const [aQuote] = await db.select().from(quotations).where(eq(quotations.smeId, m.a.id));
    signIn(m.distUser);
    expect(await answers.acceptQuotationAction(undefined, pageForm("en", { quotationId: aQuote!.id }))).toMatchObject({ ok: true });
    await thread.requestSampleAction(undefined, pageForm("en", { inquiryId: m.aThread, items: "Stole", quantity: "2", address: "Yanji", payer: "sme" }));
    const [sample] = await db.select().from(sampleRequests);
    signIn(m.aUser);
    await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample!.id, carrier: "yamato", trackingNumber: "1234-5678-9012" }));
    for (const user of [m.aUser, m.distUser]) {
      signIn(user);
      const page = await html(ThreadPage({ params: Promise.resolve({ locale: "en", id: m.aThread }) }));
      expect(page).toContain('data-testid="accepted-terms"');
      expect(page).toContain("Accepted terms (version 1)");
      expect(page).toContain("¥1,200 per unit, MOQ 100");
      expect(page).toContain("Negotiating");
      expect(page).toContain("https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&amp;number01=1234-5678-9012");
    }
  });

  it("offers an SME a quote link on the distributor's open needs and no longer shows an expired one", async () => {
    const m = await market();
    const db = await getDb();
    await db.insert(sourcingNeeds).values({ companyId: m.dist.id, ref: "N-old", description: { en: "Ceramic bowls, closed" }, deadline: "2020-01-31" });
    signIn(m.aUser);
    const page = await html(CompanyProfilePage({ params: Promise.resolve({ locale: "en", id: m.dist.id }) }));
    expect(page).toContain("Knit stoles for Yanji");
    expect(page).toContain(`href="/en/quotations/new?need=${m.need.id}"`);
    expect(page).toContain("500 units per delivery");
    expect(page).not.toContain("Ceramic bowls, closed");
    signIn(m.distUser);
    const own = await html(CompanyProfilePage({ params: Promise.resolve({ locale: "en", id: m.dist.id }) }));
    expect(own).not.toContain('data-testid="quote-link"');
  });
});
