import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, companies, companyMembers, products } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";
import { countedBody } from "../support/request-body";
import { postFrom } from "../support/request";
import type { Locale } from "@/lib/i18n/routing";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { POST } = await import("@/app/api/catalog/import/route");

withTestDatabase();

async function signedInSme() {
  const db = await getDb();
  const user = await insertUser({ role: "sme" });
  const [company] = await db
    .insert(companies)
    .values({ ref: `C-${crypto.randomUUID().slice(0, 8)}`, kind: "sme", name: { ja: "燕三条金物" }, country: "JP", region: "JP-15", status: "approved" })
    .returning();
  await db.insert(companyMembers).values({ companyId: company!.id, userId: user.id, role: "owner" });
  authMock.auth.mockResolvedValue({ user: { id: user.id, role: "sme" }, expires: "2099-01-01" });
  return company!;
}

type Body = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: { count: number; imported?: number; rowErrors: { row: number; column: string; message: string }[]; encoding?: string };
};

async function post(bytes: Uint8Array, mode: "preview" | "commit", locale: Locale = "ja"): Promise<Body> {
  // The page the upload is posted from sets the answer's language.
  postFrom(locale);
  const form = new FormData();
  form.set("mode", mode);
  form.set("file", new File([new Uint8Array(bytes)], "products.csv", { type: "text/csv" }));
  const response = await POST(new Request("http://localhost/api/catalog/import", { method: "POST", body: form }));
  return (await response.json()) as Body;
}

async function postRaw(body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  const init = { method: "POST", body, headers: { "content-type": "multipart/form-data; boundary=kakehashi", ...headers }, duplex: "half" } as RequestInit;
  const response = await POST(new Request("http://localhost/api/catalog/import", init));
  return { status: response.status, body: (await response.json()) as Body };
}

const limit = 5 * 1024 * 1024 + 64 * 1024;

const csv = [
  "製品名,製品名（英語）,説明,HSコード,最低価格,最高価格,最小ロット,納期（日）,キーワード,認証",
  'ステンレス製ボウル,Stainless steel bowl,燕三条で磨いた18-8ステンレスのボウル。,7323.93,"1,200",1800,50,30,キッチン、ステンレス,JIS',
  "手打ち鎚目タンブラー,Hammered copper tumbler,職人が鎚で打ち出した銅製タンブラー。,,3500,4800,20,60,銅; タンブラー,",
  '"包丁 ""三徳"" 165mm",,"ステンレス割込の三徳包丁。\n食洗機不可。",8211.91,6000,9000,10,45,包丁,',
].join("\r\n");

const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
const cp932 = new Uint8Array(iconv.encode(csv, "cp932"));

async function stored(companyId: string) {
  const rows = await (await getDb()).select().from(products).where(eq(products.companyId, companyId)).orderBy(products.position);
  return rows.map(({ name, description, hsCode, inferredHsCode, priceMinJpy, priceMaxJpy, moq, leadTimeDays, keywords, certifications, published }) => ({
    name,
    description,
    hsCode,
    inferredHsCode,
    priceMinJpy,
    priceMaxJpy,
    moq,
    leadTimeDays,
    keywords,
    certifications,
    published,
  }));
}

describe("CSV product import", () => {
  it("imports a Shift_JIS (CP932) file and a UTF-8 file with BOM identically", async () => {
    expect(cp932).not.toEqual(utf8Bom.subarray(3));
    const first = await signedInSme();
    const a = await post(cp932, "commit");
    expect(a).toMatchObject({ ok: true, message: "3件の製品を取り込みました。", data: { imported: 3, encoding: "shift_jis" } });
    const second = await signedInSme();
    const b = await post(utf8Bom, "commit");
    expect(b.data).toMatchObject({ imported: 3, encoding: "utf-8" });
    const fromCp932 = await stored(first.id);
    expect(fromCp932).toEqual(await stored(second.id));
    expect(fromCp932[0]).toMatchObject({
      name: { ja: "ステンレス製ボウル", en: "Stainless steel bowl" },
      hsCode: "732393",
      priceMinJpy: 1200,
      keywords: ["キッチン", "ステンレス"],
      certifications: ["JIS"],
    });
    expect(fromCp932[2]!.name).toEqual({ ja: '包丁 "三徳" 165mm' });
    expect(fromCp932[2]!.description).toEqual({ ja: "ステンレス割込の三徳包丁。\n食洗機不可。" });
  });

  it("stores an HS code inferred for a row without one as inferred", async () => {
    const company = await signedInSme();
    await post(utf8Bom, "commit");
    const [, tumbler] = await stored(company.id);
    expect(tumbler!.hsCode).toBeNull();
    expect(tumbler!.inferredHsCode).not.toBeNull();
  });

  it("previews without writing, and names the row and column of every bad cell", async () => {
    const company = await signedInSme();
    const bad = csv.replace("3500,4800", "3500,たくさん").replace("6000,9000", "9000,6000");
    const preview = await post(new TextEncoder().encode(bad), "preview");
    expect(preview.ok).toBe(false);
    expect(preview.message).toBe("2行にエラーがあります。何も取り込まれていません。");
    expect(preview.data!.rowErrors).toEqual([
      { row: 3, column: "最高価格", message: "半角数字（整数）で入力してください。" },
      { row: 4, column: "最高価格", message: "最低価格は最高価格以下にしてください。" },
    ]);
    const commit = await post(new TextEncoder().encode(bad), "commit", "en");
    expect(commit.ok).toBe(false);
    expect(commit.data!.rowErrors[0]).toEqual({ row: 3, column: "最高価格", message: "Enter a whole number using digits only." });
    expect(await stored(company.id)).toEqual([]);
    expect(await (await getDb()).select().from(auditLog)).toEqual([]);
  });

  it("writes nothing and reports the file's problems for unknown columns and a file without rows", async () => {
    const company = await signedInSme();
    const unknown = await post(new TextEncoder().encode("name,colour\nBowl,red\n"), "commit", "en");
    expect(unknown.fieldErrors?.file).toEqual(["Column “colour” is not recognised. Use the column names listed below."]);
    const empty = await post(new TextEncoder().encode("name,price_min\n"), "commit", "en");
    expect(empty.fieldErrors?.file).toEqual(["The file has no product rows."]);
    expect(await stored(company.id)).toEqual([]);
  });

  it("accepts English headers, previews the count, then imports 1,000 rows in one transaction with an audit row", async () => {
    const company = await signedInSme();
    const lines = ["name_en,name,hs_code,price_min,price_max,moq,lead_time_days,keywords"];
    for (let i = 1; i <= 1000; i++) lines.push(`Towel ${i},今治タオル ${i},6302.60,${800 + i},${1200 + i},100,30,towel;今治`);
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const preview = await post(bytes, "preview", "en");
    expect(preview).toMatchObject({ ok: true, message: "1,000 products are ready to import.", data: { count: 1000 } });
    expect(await stored(company.id)).toEqual([]);
    const done = await post(bytes, "commit", "en");
    expect(done.data!.imported).toBe(1000);
    const rows = await (await getDb()).select({ ref: products.ref }).from(products).where(eq(products.companyId, company.id));
    expect(new Set(rows.map((r) => r.ref)).size).toBe(1000);
    const [audit] = await (await getDb()).select().from(auditLog);
    expect(audit).toMatchObject({ entity: "import", action: "import", companyId: company.id, after: expect.objectContaining({ count: 1000 }) });
  });

  it("reads the sample file documented in the README without errors", async () => {
    await signedInSme();
    const bytes = readFileSync(path.join(process.cwd(), "tests/fixtures/products-sample.csv"));
    const preview = await post(new Uint8Array(bytes), "preview", "en");
    expect(preview.data!.rowErrors).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(preview.data!.count).toBeGreaterThan(2);
  });

  it("refuses a signed-out import without reading its body", async () => {
    authMock.auth.mockResolvedValue(null);
    const { stream, read } = countedBody(1024, 256 * 1024);
    const refused = await postRaw(stream, { "content-length": "1024", referer: "http://localhost/zh/company/products/import" });
    expect(refused).toEqual({ status: 401, body: { ok: false, message: "会话已结束，请重新登录。" } });
    expect(read.bytes).toBe(0);
  });

  it("refuses a file declared over 5 MB without reading it", async () => {
    const company = await signedInSme();
    const { stream, read } = countedBody(1024, 256 * 1024);
    const refused = await postRaw(stream, { "content-length": String(limit + 1), referer: "http://localhost/ja/company/products/import" });
    expect(refused).toEqual({ status: 413, body: { ok: false, fieldErrors: { file: ["ファイルが5MBを超えています。小さいファイルに分割してください。"] } } });
    expect(read.bytes).toBe(0);
    expect(await stored(company.id)).toEqual([]);
  });

  it("stops reading a body without a declared length once it passes the limit", async () => {
    await signedInSme();
    const { stream, read } = countedBody(4 * limit, 256 * 1024);
    const refused = await postRaw(stream, { referer: "http://localhost/en/company/products/import" });
    expect(refused).toEqual({ status: 413, body: { ok: false, fieldErrors: { file: ["The file is over 5 MB. Split it into smaller files."] } } });
    expect(read.bytes).toBeLessThan(limit + 1024 * 1024);
  });

  it("refuses the import to a distributor", async () => {
    await signedInSme();
    const user = await insertUser({ role: "distributor" });
    authMock.auth.mockResolvedValue({ user: { id: user.id, role: "distributor" }, expires: "2099-01-01" });
    const result = await post(utf8Bom, "commit", "en");
    expect(result).toMatchObject({ ok: false, message: "You are not allowed to do this." });
    expect(await (await getDb()).select().from(products)).toEqual([]);
  });
});
