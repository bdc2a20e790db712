import type { ComponentProps, ReactNode } from "react";
import { createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, inquiryMessages, type User } from "@/db/schema";
import en from "@/messages/en.json";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor({ locale: "en" }));
vi.mock("@/lib/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => h("a", { href: `/en${href}`, ...rest }, children),
    usePathname: () => "/chamber",
    redirect: ({ href }: { href: unknown }) => {
      throw Object.assign(new Error("redirect"), { href });
    },
  };
});

const { default: ConsolePage } = await import("@/app/[locale]/chamber/page");
const { refreshInquiryFacts } = await import("@/lib/inquiries/facts");

withTestDatabase();

type Provider = ComponentProps<typeof NextIntlClientProvider>;

async function html(page: Promise<ReactNode>): Promise<string> {
  const config: Omit<Provider, "children"> = { locale: "en", messages: en, timeZone: "Asia/Tokyo" };
  const { prelude } = await prerenderToNodeStream(createElement(NextIntlClientProvider, config as Provider, await page));
  let out = "";
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

const render = (user: User, search: Record<string, string> = {}) => {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
  return html(ConsolePage({ params: Promise.resolve({ locale: "en" as const }), searchParams: Promise.resolve(search) }));
};

describe("the chamber console page", () => {
  it("shows the chamber's funnel, its members' deals and the steps' series in tables", async () => {
    const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
    const knit = await insertCompany({
      kind: "sme",
      chamberId: mitsuke.id,
      name: { ja: "見附ニット", en: "Mitsuke Knit" },
      createdAt: new Date("2026-01-05T00:00:00Z"),
    });
    await insertCompany({ kind: "sme", chamberId: tsubame.id, name: { en: "Tsubame Cutlery" }, createdAt: new Date("2026-01-05T00:00:00Z") });
    const dist = await insertCompany({ kind: "distributor", region: "CN-JL", name: { zh: "延边贸易" } });
    const db = await getDb();
    const [inq] = await db
      .insert(inquiries)
      .values({
        smeId: knit.id,
        distributorId: dist.id,
        openedByCompanyId: dist.id,
        source: "profile",
        subject: "s",
        stage: "signed",
        createdAt: new Date("2026-03-10T03:00:00Z"),
      })
      .returning();
    await db.insert(inquiryMessages).values([
      { inquiryId: inq!.id, authorSide: "distributor", body: "hi" },
      { inquiryId: inq!.id, authorSide: "sme", body: "re" },
    ]);
    // Written directly rather than through postMessage: the inquiry's facts are computed as it would.
    await refreshInquiryFacts(db, [inq!.id]);
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    const page = await render(admin, { from: "2026-01-01", to: "2026-06-30", unit: "month" });
    expect(page).toMatch(/data-testid="funnel-members">1</);
    expect(page).toMatch(/data-testid="funnel-contacted">1</);
    expect(page).toMatch(/data-testid="funnel-replied">1</);
    expect(page).toMatch(/data-testid="funnel-met">0</);
    expect(page).toMatch(/data-testid="funnel-signed">1</);
    expect(page).toContain("Mitsuke Knit");
    expect(page).not.toContain("Tsubame Cutlery");
    expect(page).toContain("Jilin");
    expect(page).toContain("Mar 2026");
    expect(page).toContain("No product named");
  });

  it("is not found for a chamber admin who names another chamber", async () => {
    const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    await expect(render(admin, { chamber: tsubame.id })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    const platform = await insertUser({ role: "platform_admin" });
    expect(await render(platform, { chamber: tsubame.id })).toContain("Tsubame Chamber of Commerce and Industry");
  });
});
