import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, products } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const route = await import("@/app/api/chamber/export/[kind]/route");
const { csvCell, toCsv } = await import("@/lib/text/csv");

withTestDatabase();

function signIn(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

const get = (kind: string, query = "") => route.GET(new Request(`http://localhost/api/chamber/export/${kind}${query}`), { params: Promise.resolve({ kind }) });

async function world() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const knit = await insertCompany({ chamberId: mitsuke.id, ref: "knit", name: { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" } });
  const evil = await insertCompany({ chamberId: mitsuke.id, ref: "evil", name: { ja: '=HYPERLINK("http://x","y")', en: "+1 Corp" }, status: "pending" });
  const cutlery = await insertCompany({ chamberId: tsubame.id, ref: "cutlery", name: { ja: "燕カトラリー" } });
  const dist = await insertCompany({ kind: "distributor", ref: "yanbian", name: { zh: "延边贸易", en: "Yanbian Trading" } });
  const db = await getDb();
  await db.insert(products).values([
    { companyId: knit.id, ref: "stole", name: { ja: "ストール", zh: "围巾" }, hsCode: "611710", priceMinJpy: 3000 },
    { companyId: evil.id, ref: "p", name: { ja: "@SUM(A1)", en: "-2+3" } },
    { companyId: cutlery.id, ref: "spoon", name: { ja: "スプーン" } },
  ]);
  await db.insert(inquiries).values([
    { smeId: knit.id, distributorId: dist.id, source: "profile", subject: "ニットの件", stage: "signed" },
    { smeId: cutlery.id, distributorId: dist.id, source: "profile", subject: "燕の件" },
  ]);
  return { mitsuke, tsubame, admin, knit, cutlery };
}

const lines = (body: string) =>
  body
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("chamber exports", () => {
  it("writes members as UTF-8 CSV with a BOM, headers in the reader's language, one row per member", async () => {
    const w = await world();
    signIn(w.admin);
    const response = await get("members", "?locale=ja");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = lines(body);
    expect(rows[0]).toBe("ref,名称,名称（日本語）,名称（中国語）,名称（英語）,種別,状態,地域,加入日,最終活動,進行中の商談,不足している情報");
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.startsWith("knit,"))).toContain("見附ニット,見附ニット,见附针织,Mitsuke Knit,中小企業（日本）,承認済み");
    expect(body).not.toContain("燕カトラリー");
    const en = lines(await (await get("members", "?locale=en")).text());
    expect(en[0]!.startsWith("Ref,Name,Name (Japanese)")).toBe(true);
  });

  it("neutralizes cells that a spreadsheet would run as formulas", async () => {
    const w = await world();
    signIn(w.admin);
    const members = await (await get("members", "?locale=en")).text();
    expect(members).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(members).toContain(",'+1 Corp,");
    expect(members).not.toMatch(/(^|,)[=+\-@]/m);
    const listings = await (await get("listings", "?locale=en")).text();
    expect(listings).toContain(",'@SUM(A1),");
    expect(listings).toContain(",'-2+3");
    expect(listings).not.toMatch(/(^|,)[=+\-@]/m);
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(toCsv(["a"], [["x"]])).toBe("\uFEFFa\r\nx\r\n");
  });

  it("keeps listings, deals and the exchange file to the chamber's own companies", async () => {
    const w = await world();
    signIn(w.admin);
    const listings = lines(await (await get("listings", "?locale=ja")).text());
    expect(listings).toHaveLength(3);
    expect(listings.filter((r) => r.includes(",stole,ストール,ストール,围巾,,611710,3000,"))).toHaveLength(1);
    expect(listings.join("\n")).not.toContain("スプーン");
    const deals = lines(await (await get("deals", "?locale=zh")).text());
    expect(deals[0]).toBe("主题,制造商,经销商,阶段,发起日期,最近活动,签约日期");
    expect(deals.slice(1).map((r) => r.split(",").slice(0, 4).join(","))).toEqual(["ニットの件,见附针织,延边贸易,已签约"]);
    const exchange = await get("exchange");
    expect(exchange.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const doc = (await exchange.json()) as { companies: { ref: string }[] };
    expect(doc.companies.map((c) => c.ref).sort()).toEqual(["evil", "knit"]);
  });

  it("refuses another chamber's files, strangers and unknown kinds", async () => {
    const w = await world();
    signIn(w.admin);
    for (const kind of ["members", "listings", "deals", "exchange"]) expect((await get(kind, `?chamber=${w.tsubame.id}`)).status).toBe(404);
    expect((await get("passwords")).status).toBe(404);
    signIn(await insertUser({ role: "sme" }));
    expect((await get("members")).status).toBe(404);
    const platform = await insertUser({ role: "platform_admin" });
    signIn(platform);
    const theirs = await (await get("members", `?chamber=${w.tsubame.id}&locale=en`)).text();
    expect(theirs).toContain("燕カトラリー");
    expect(theirs).not.toContain("見附ニット");
  });
});
