import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  chambers,
  companies,
  companyMembers,
  emailOutbox,
  inquiries,
  inquiryAttachments,
  inquiryMessages,
  notifications,
  products,
  users,
  type Company,
  type User,
} from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const { postMessageAction } = await import("@/app/[locale]/inquiries/[id]/actions");
const { unreadCount, markThreadRead } = await import("@/lib/inquiries/unread");
const { listThreads } = await import("@/lib/inquiries/inbox");
const { notificationText, renderEmail } = await import("@/lib/notifications/render");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function world() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme", name: "Sato" });
  const sme = await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const colleague = await insertUser({ role: "sme", name: "Suzuki" });
  await (await getDb()).insert(companyMembers).values({ companyId: sme.id, userId: colleague.id });
  const distUser = await insertUser({ role: "distributor", name: "Wang" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易" } }, distUser);
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const otherAdmin = await insertUser({ role: "chamber_admin", chamberId: tsubame.id });
  return { mitsuke, smeUser, sme, colleague, distUser, dist, coordinator, otherAdmin };
}

async function open(from: User, fields: Record<string, string>) {
  signIn(from);
  const result = await openInquiryAction(
    undefined,
    pageForm("en", { source: "profile", subject: "Knitwear for Yanji", body: "Hello from Yanji", ...fields }),
  ).catch((e) => e);
  const digest = (result as { digest?: string }).digest;
  return digest ? { id: digest.split(";")[2]!.split("/").pop()! } : { state: result as Awaited<ReturnType<typeof openInquiryAction>> };
}

async function threadCount() {
  return (await (await getDb()).select().from(inquiries)).length;
}

describe("opening an inquiry", () => {
  it("opens a thread from a distributor to an SME with the first message, under the SME's chamber", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const db = await getDb();
    const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id!));
    expect(row).toMatchObject({
      smeId: w.sme.id,
      distributorId: w.dist.id,
      chamberId: w.mitsuke.id,
      openedBy: w.distUser.id,
      openedByCompanyId: w.dist.id,
      source: "profile",
      stage: "new",
      subject: "Knitwear for Yanji",
    });
    const messages = await db.select().from(inquiryMessages).where(eq(inquiryMessages.inquiryId, id!));
    expect(messages.map((m) => [m.authorId, m.authorSide, m.body])).toEqual([[w.distUser.id, "distributor", "Hello from Yanji"]]);
  });

  it("notifies the other company's members and the SME's chamber admins, nobody else", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const db = await getDb();
    const rows = await db.select().from(notifications).where(eq(notifications.type, "inquiry_new"));
    expect(rows.map((n) => n.userId).sort()).toEqual([w.smeUser.id, w.colleague.id, w.coordinator.id].sort());
    expect(rows[0]!.payload).toEqual({ inquiryId: id, subject: "Knitwear for Yanji", companyName: { zh: "延边贸易" }, source: "profile" });
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.type, "inquiry_new"))).length).toBe(3);
  });

  it("names the company that wrote in each recipient's language, in the app and in email", async () => {
    const w = await world();
    const db = await getDb();
    await db
      .update(companies)
      .set({ name: { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" } })
      .where(eq(companies.id, w.sme.id));
    await db.update(users).set({ locale: "zh" }).where(eq(users.id, w.distUser.id));
    const english = await insertUser({ role: "distributor", locale: "en", email: "li@example.cn" });
    await db.insert(companyMembers).values({ companyId: w.dist.id, userId: english.id });
    await open(w.smeUser, { to: w.dist.id });

    const rows = await db.select().from(notifications).where(eq(notifications.type, "inquiry_new"));
    const shown = (user: User) => {
      const n = rows.find((r) => r.userId === user.id)!;
      return notificationText(user.id === english.id ? "en" : "zh", n.type, n.payload);
    };
    expect(shown(w.distUser)).toContain("见附针织");
    expect(shown(english)).toBe("Mitsuke Knit sent you an inquiry: “Knitwear for Yanji”");
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.type, "inquiry_new"));
    const zhEmail = emails.find((e) => e.userId === w.distUser.id)!;
    expect(zhEmail.locale).toBe("zh");
    expect(renderEmail(zhEmail).subject).toBe("来自见附针织的新询盘");
  });

  it("only connects an approved SME and an approved distributor", async () => {
    const w = await world();
    const otherDistUser = await insertUser({ role: "distributor" });
    const otherDist = await insertCompany({ kind: "distributor" }, otherDistUser);
    const pendingSme = await insertCompany({ kind: "sme", status: "pending" });
    expect((await open(w.distUser, { to: otherDist.id })).state?.message).toBe(
      "This company cannot be contacted: it does not exist, is not approved yet or is on your own side.",
    );
    expect((await open(w.distUser, { to: pendingSme.id })).state?.ok).toBe(false);
    expect((await open(w.distUser, { to: crypto.randomUUID() })).state?.ok).toBe(false);
    const newcomer = await insertUser({ role: "sme" });
    await insertCompany({ kind: "sme", status: "pending" }, newcomer);
    expect((await open(newcomer, { to: w.dist.id })).state?.message).toBe(
      "Your company profile must be approved by your chamber of commerce before you can contact other companies.",
    );
    expect((await open(w.coordinator, { to: w.sme.id })).state?.message).toBe("You are not allowed to do this.");
    expect(await threadCount()).toBe(0);
  });

  it("takes a product only if it is the SME's own published product", async () => {
    const w = await world();
    const db = await getDb();
    const otherSme = await insertCompany({ kind: "sme" });
    const [mine, hidden, theirs] = await db
      .insert(products)
      .values([
        { companyId: w.sme.id, ref: "P-1", name: { ja: "ニットセーター" } },
        { companyId: w.sme.id, ref: "P-2", name: { ja: "試作品" }, published: false },
        { companyId: otherSme.id, ref: "P-3", name: { ja: "包丁" } },
      ])
      .returning();
    expect((await open(w.distUser, { to: w.sme.id, product: theirs!.id, source: "product" })).state?.message).toBe(
      "This product cannot be found among the manufacturer's published products.",
    );
    expect((await open(w.distUser, { to: w.sme.id, product: hidden!.id, source: "product" })).state?.ok).toBe(false);
    const { id } = await open(w.distUser, { to: w.sme.id, product: mine!.id, source: "product" });
    const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id!));
    expect([row!.productId, row!.source]).toEqual([mine!.id, "product"]);
  });
});

describe("attachments", () => {
  const send = async (user: User, inquiryId: string, files: File[], body = "See attached") => {
    signIn(user);
    const form = pageForm("en", { inquiryId, body });
    for (const file of files) form.append("files", file);
    return postMessageAction(undefined, form);
  };
  const stored = async () => (await getDb()).select().from(inquiryAttachments);
  const png = () =>
    sharp({ create: { width: 4, height: 4, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();

  it("recognises a file by its bytes, not its name or claimed type", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const state = await send(w.smeUser, id!, [new File([await png()], "sample.pdf", { type: "application/pdf" })]);
    expect(state.ok).toBe(true);
    expect((await stored()).map((a) => [a.fileName, a.mime, a.size])).toEqual([["sample.png", "image/png", (await png()).byteLength]]);
  });

  it("refuses an HTML page named .pdf and writes neither the file nor the message", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const html = new File(["<html><script>alert(1)</script></html>"], "invoice.pdf", { type: "application/pdf" });
    const state = await send(w.smeUser, id!, [html]);
    expect(state).toMatchObject({ ok: false, fieldErrors: { files: ["“invoice.pdf” is not a PDF, PNG, JPEG or WebP file."] } });
    expect(await stored()).toEqual([]);
    expect((await (await getDb()).select().from(inquiryMessages)).length).toBe(1);
  });

  it("accepts a file of exactly 10 MB and refuses one byte more", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const pdfOf = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
      return new File([bytes], "catalogue.pdf");
    };
    const big = await send(w.smeUser, id!, [pdfOf(10 * 1024 * 1024 + 1)]);
    expect(big.fieldErrors?.files).toEqual(["“catalogue.pdf” is larger than 10 MB."]);
    expect(await stored()).toEqual([]);
    expect((await send(w.smeUser, id!, [pdfOf(10 * 1024 * 1024)])).ok).toBe(true);
    expect((await stored()).map((a) => a.size)).toEqual([10 * 1024 * 1024]);
  });

  it("takes at most four files per message", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    const files = await Promise.all([1, 2, 3, 4, 5].map(async (n) => new File([await png()], `p${n}.png`)));
    expect((await send(w.smeUser, id!, files)).fieldErrors?.files).toEqual(["Attach at most 4 files to one message."]);
    expect(await stored()).toEqual([]);
  });

  it("sends a message made of an attachment alone, but not an empty one", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    expect((await send(w.smeUser, id!, [], "  ")).fieldErrors?.body).toEqual(["Write a message or attach a file."]);
    expect((await send(w.smeUser, id!, [new File([await png()], "swatch.png")], "")).ok).toBe(true);
  });
});

describe("unread counts", () => {
  it("rise with others' messages, not one's own, and reset on reading", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    expect(await unreadCount(w.smeUser)).toBe(1);
    expect(await unreadCount(w.colleague)).toBe(1);
    expect(await unreadCount(w.coordinator)).toBe(1);
    expect(await unreadCount(w.otherAdmin)).toBe(0);
    expect(await unreadCount(w.distUser)).toBe(0);

    signIn(w.distUser);
    await postMessageAction(undefined, pageForm("en", { inquiryId: id!, body: "Second" }));
    await postMessageAction(undefined, pageForm("en", { inquiryId: id!, body: "Third" }));
    expect(await unreadCount(w.smeUser)).toBe(3);
    expect((await listThreads(w.smeUser)).rows.map((r) => [r.id, r.unread])).toEqual([[id, 3]]);

    await markThreadRead(w.smeUser, id!);
    expect(await unreadCount(w.smeUser)).toBe(0);
    expect(await unreadCount(w.colleague)).toBe(3);

    signIn(w.smeUser);
    await postMessageAction(undefined, pageForm("en", { inquiryId: id!, body: "Thank you" }));
    expect(await unreadCount(w.smeUser)).toBe(0);
    expect(await unreadCount(w.distUser)).toBe(1);
    expect(await unreadCount(w.colleague)).toBe(4);
  });

  it("counts only the threads of the user's own company", async () => {
    const w = await world();
    await open(w.distUser, { to: w.sme.id });
    const otherSmeUser = await insertUser({ role: "sme" });
    const otherSme: Company = await insertCompany({ kind: "sme" }, otherSmeUser);
    await open(w.distUser, { to: otherSme.id });
    expect(await unreadCount(w.smeUser)).toBe(1);
    expect(await unreadCount(otherSmeUser)).toBe(1);
    // A forged thread id marks nothing read.
    const [theirs] = (await listThreads(otherSmeUser)).rows;
    await markThreadRead(w.smeUser, theirs!.id);
    expect(await unreadCount(otherSmeUser)).toBe(1);
  });

  it("names a coordinating chamber that writes in each recipient's language", async () => {
    const w = await world();
    const db = await getDb();
    await db
      .update(chambers)
      .set({ name: { ja: "見附商工会議所", en: "Mitsuke Chamber of Commerce and Industry" } })
      .where(eq(chambers.id, w.mitsuke.id));
    const { id } = await open(w.distUser, { to: w.sme.id });
    signIn(w.coordinator);
    expect((await postMessageAction(undefined, pageForm("en", { inquiryId: id!, body: "We can host the meeting" }))).ok).toBe(true);
    const [toSme] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.type, "message_new"), eq(notifications.userId, w.smeUser.id)));
    expect(notificationText("ja", "message_new", toSme!.payload)).toBe("「Knitwear for Yanji」に見附商工会議所から新しいメッセージが届きました");
    expect(notificationText("zh", "message_new", toSme!.payload)).toContain("Mitsuke Chamber of Commerce and Industry");
  });

  it("batches new-message emails per thread", async () => {
    const w = await world();
    const { id } = await open(w.distUser, { to: w.sme.id });
    signIn(w.distUser);
    await postMessageAction(undefined, pageForm("en", { inquiryId: id!, body: "Second" }));
    const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.type, "message_new"));
    expect(rows.map((r) => r.batchKey).sort()).toEqual([w.smeUser.id, w.colleague.id, w.coordinator.id].map((u) => `thread:${id}:${u}`).sort());
  });
});
