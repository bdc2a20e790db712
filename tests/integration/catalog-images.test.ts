import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Locale } from "@/lib/i18n/routing";
import { postFrom } from "../support/request";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyMembers, productImages, products, type CompanyKind, type UserRole } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";
import { countedBody } from "../support/request-body";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const upload = await import("@/app/api/catalog/images/route");
const serve = await import("@/app/api/images/[id]/route");
const { deleteImageAction } = await import("@/app/[locale]/company/products/actions");

withTestDatabase();

async function account(kind: CompanyKind | null, role: UserRole = kind ?? "platform_admin") {
  const db = await getDb();
  const user = await insertUser({ role });
  let companyId: string | undefined;
  if (kind) {
    const [company] = await db
      .insert(companies)
      .values({
        ref: `C-${crypto.randomUUID().slice(0, 8)}`,
        kind,
        name: { ja: "見附ニット" },
        country: kind === "sme" ? "JP" : "CN",
        region: kind === "sme" ? "JP-15" : "CN-JL",
        status: "approved",
      })
      .returning();
    companyId = company!.id;
    await db.insert(companyMembers).values({ companyId, userId: user.id, role: "owner" });
  }
  const signIn = () => authMock.auth.mockResolvedValue({ user: { id: user.id, role }, expires: "2099-01-01" });
  signIn();
  return { user, companyId, signIn };
}

async function productOf(companyId: string, published = true) {
  const [product] = await (
    await getDb()
  )
    .insert(products)
    .values({ companyId, ref: `P-${crypto.randomUUID().slice(0, 6)}`, name: { ja: "ニットセーター" }, published })
    .returning();
  return product!;
}

/** Uploads from the product page in `locale`: the route answers in the language of the page (its Referer). */
async function send(productId: string, files: File[], locale: Locale = "en") {
  const form = new FormData();
  form.set("productId", productId);
  for (const file of files) form.append("images", file);
  postFrom(locale, `/company/products/${productId}`);
  const referer = `http://localhost/${locale}/company/products/${productId}`;
  const response = await upload.POST(new Request("http://localhost/api/catalog/images", { method: "POST", body: form, headers: { referer } }));
  return (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } })
    .png()
    .toBuffer();

async function storedImages(productId: string) {
  return (await getDb()).select().from(productImages).where(eq(productImages.productId, productId));
}

async function postRaw(body: ReadableStream<Uint8Array> | FormData, headers: Record<string, string>) {
  const init = { method: "POST", body, headers, duplex: "half" } as RequestInit;
  const response = await upload.POST(new Request("http://localhost/api/catalog/images", init));
  return { status: response.status, body: (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } };
}

const multipart = { "content-type": "multipart/form-data; boundary=kakehashi" };
const limit = 8 * 5 * 1024 * 1024 + 64 * 1024;

function get(id: string, headers: Record<string, string> = {}) {
  return serve.GET(new Request(`http://localhost/api/images/${id}`, { headers }), { params: Promise.resolve({ id }) });
}

describe("product images", () => {
  it("accepts a PNG named .jpg by its bytes, resizes it to 1600 px and stores it re-encoded", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const state = await send(product.id, [new File([await png(2400, 1200)], "photo.jpg", { type: "image/jpeg" })]);
    expect(state).toMatchObject({ ok: true, message: "1 image added." });
    const [image] = await storedImages(product.id);
    expect(image).toMatchObject({ mime: "image/webp", width: 1600, height: 800 });
    const meta = await sharp(image!.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1600, 800]);
  });

  it("applies the EXIF orientation and strips the EXIF data", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const jpeg = await sharp({ create: { width: 300, height: 100, channels: 3, background: "#336699" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: "GPS secret" } })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect([before.orientation, before.exif?.toString("latin1").includes("GPS secret")]).toEqual([6, true]);
    await send(product.id, [new File([jpeg], "camera.jpeg", { type: "image/jpeg" })]);
    const [image] = await storedImages(product.id);
    const meta = await sharp(image!.data).metadata();
    expect([image!.mime, meta.width, meta.height, meta.exif, meta.orientation]).toEqual(["image/jpeg", 100, 300, undefined, undefined]);
    expect(image!.data.toString("latin1")).not.toContain("GPS secret");
  });

  it("refuses a text file named .png, and an image over 5 MB, with clear messages and stores nothing", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const text = new File([new TextEncoder().encode("これは画像ではありません")], "notes.png", { type: "image/png" });
    expect((await send(product.id, [text], "ja")).fieldErrors?.images).toEqual(["「notes.png」はJPEG・PNG・WebP形式の画像ではありません。"]);
    const noise = await sharp(randomBytes(1500 * 1500 * 3), { raw: { width: 1500, height: 1500, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    const big = await send(product.id, [new File([await png(10, 10)], "ok.png"), new File([noise], "big.png", { type: "image/png" })]);
    expect(big.fieldErrors?.images).toEqual(["“big.png” is over 5 MB. Choose a smaller image."]);
    expect(await storedImages(product.id)).toEqual([]);
  });

  it("refuses a 16,000 × 16,000 PNG from its header, before decoding it", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const huge = pngHeaderOnly(16_000, 16_000);
    // Sharp's own default limit (268 megapixels) would let it through to the decoder.
    expect((await sharp(huge).metadata()).width).toBe(16_000);
    const state = await send(product.id, [new File([new Uint8Array(huge)], "bomb.png", { type: "image/png" })]);
    expect(state.fieldErrors?.images).toEqual(["“bomb.png” has more than 50 megapixels. Choose a smaller image."]);
    expect(await storedImages(product.id)).toEqual([]);
  });

  it("refuses a ninth image", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const file = async () => new File([await png(20, 20)], "a.png");
    expect((await send(product.id, await Promise.all(Array.from({ length: 6 }, file)))).ok).toBe(true);
    const over = await send(product.id, await Promise.all(Array.from({ length: 3 }, file)));
    expect(over.fieldErrors?.images).toEqual(["A product can have at most 8 images; you can add 2 more."]);
    expect(await storedImages(product.id)).toHaveLength(6);
  });

  it("refuses more images than the product has room for before decoding any of them", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const text = () => new File([new TextEncoder().encode("not an image")], "notes.png", { type: "image/png" });
    const over = await send(product.id, Array.from({ length: 9 }, text));
    expect(over.fieldErrors?.images).toEqual(["A product can have at most 8 images; you can add 8 more."]);
    expect(await storedImages(product.id)).toEqual([]);
  });

  it("refuses a file over 5 MB before decoding the others", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const text = new File([new TextEncoder().encode("not an image")], "notes.png", { type: "image/png" });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "huge.jpg", { type: "image/jpeg" });
    expect((await send(product.id, [text, big])).fieldErrors?.images).toEqual(["“huge.jpg” is over 5 MB. Choose a smaller image."]);
  });

  it("refuses a signed-out upload in the page's language without reading its body", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    authMock.auth.mockResolvedValue(null);
    const { stream, read } = countedBody(1024, 1024 * 1024);
    const refused = await postRaw(stream, { ...multipart, "content-length": "1024", referer: `http://localhost/ja/company/products/${product.id}` });
    expect(refused).toEqual({ status: 401, body: { ok: false, message: "セッションが終了しました。もう一度ログインしてください。" } });
    expect(read.bytes).toBe(0);
  });

  it("refuses a distributor's upload without reading its body", async () => {
    await account("distributor");
    const { stream, read } = countedBody(1024, 1024 * 1024);
    const refused = await postRaw(stream, { ...multipart, "content-length": "1024", "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" });
    expect(refused).toEqual({ status: 403, body: { ok: false, message: "您无权执行此操作。" } });
    expect(read.bytes).toBe(0);
  });

  it("refuses a body declared larger than eight images of 5 MB without reading it", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const { stream, read } = countedBody(1024, 1024 * 1024);
    const refused = await postRaw(stream, { ...multipart, "content-length": String(limit + 1), referer: "http://localhost/en/company/products" });
    expect(refused).toEqual({
      status: 413,
      body: { ok: false, fieldErrors: { images: ["JPEG, PNG or WebP, up to 5 MB each, up to 8 per product. Location data is removed."] } },
    });
    expect(read.bytes).toBe(0);
    expect(await storedImages(product.id)).toEqual([]);
  });

  it("stops reading a body without a declared length once it passes the limit", async () => {
    await account("sme");
    const { stream, read } = countedBody(3 * limit, 1024 * 1024);
    const refused = await postRaw(stream, multipart);
    expect(refused.status).toBe(413);
    expect(refused.body.fieldErrors?.images).toEqual(["JPEG, PNG or WebP, up to 5 MB each, up to 8 per product. Location data is removed."]);
    expect(read.bytes).toBeLessThan(limit + 4 * 1024 * 1024);
  });

  it("refuses an upload posted from another site, and takes one from its own", async () => {
    const { companyId } = await account("sme");
    const product = await productOf(companyId!);
    const form = async () => {
      const body = new FormData();
      body.set("productId", product.id);
      body.append("images", new File([await png(20, 20)], "a.png"));
      return body;
    };
    const crossSite = await postRaw(await form(), { origin: "https://evil.example", host: "localhost", "x-forwarded-host": "localhost" });
    expect(crossSite).toEqual({ status: 403, body: { ok: false, message: "You are not allowed to do this." } });
    expect(await storedImages(product.id)).toEqual([]);
    const sameSite = await postRaw(await form(), { origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-host": "localhost:3000" });
    expect(sameSite).toMatchObject({ status: 200, body: { ok: true, message: "1 image added." } });
    expect(await storedImages(product.id)).toHaveLength(1);
  });

  it("lets no company upload to or delete from another company's product", async () => {
    const owner = await account("sme");
    const product = await productOf(owner.companyId!);
    await send(product.id, [new File([await png(20, 20)], "a.png")]);
    const [image] = await storedImages(product.id);
    await account("sme");
    expect(await send(product.id, [new File([await png(20, 20)], "b.png")])).toMatchObject({ ok: false, message: "This product was not found." });
    const deleted = await deleteImageAction(undefined, pageForm("en", { imageId: image!.id }));
    expect(deleted).toMatchObject({ ok: false, message: "This image was not found." });
    expect(await storedImages(product.id)).toHaveLength(1);
    owner.signIn();
    expect((await deleteImageAction(undefined, pageForm("en", { imageId: image!.id }))).ok).toBe(true);
    expect(await storedImages(product.id)).toEqual([]);
  });

  it("serves an image with cache headers to those who may see the product, and 404 to anyone else", async () => {
    const owner = await account("sme");
    const product = await productOf(owner.companyId!);
    await send(product.id, [new File([await png(20, 20)], "a.png")]);
    const [image] = await storedImages(product.id);
    const ok = await get(image!.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/webp");
    expect(ok.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(ok.headers.get("etag")).toBe(`"${image!.id}"`);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(image!.data);
    expect((await get(image!.id, { "If-None-Match": `"${image!.id}"` })).status).toBe(304);

    const distributor = await account("distributor");
    expect((await get(image!.id)).status).toBe(200);
    await account("sme");
    expect((await get(image!.id)).status).toBe(404);
    await (await getDb()).update(products).set({ published: false }).where(eq(products.id, product.id));
    distributor.signIn();
    expect((await get(image!.id)).status).toBe(404);
    authMock.auth.mockResolvedValue(null);
    expect((await get(image!.id)).status).toBe(404);
  });
});

/** A PNG whose header declares width × height, with one row of data: tiny, but huge to decode. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const row = deflateSync(Buffer.alloc(width + 1));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", row),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
