import { asc, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, openPostgres, type Database, type DbHandle } from "@/db/client";
import { emailOutbox, notificationPreferences, users } from "@/db/schema";
import { notify, type NotifyEvent } from "@/lib/notifications/notify";
import { smtpTransport } from "@/lib/notifications/transport";
import { sendDueEmails } from "@/lib/notifications/worker";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";

withTestDatabase();

type Received = { to: string; subject: string; outboxId: string; raw: string };

/** Decodes RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

/** The message with quoted-printable undone, to look for text the body carries. */
function decodedBody(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : "";
}

/** A real SMTP server on loopback that records what it receives. */
class Mailhog {
  received: Received[] = [];
  port = 0;
  private server?: SMTPServer;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          this.received.push({ to: header(raw, "To"), subject: header(raw, "Subject"), outboxId: header(raw, "X-Kakehashi-Outbox-Id"), raw });
          // A little delay per message widens the window in which two workers overlap.
          setTimeout(() => callback(), 5);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

const smtp = new Mailhog();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());
afterEach(() => {
  smtp.received = [];
});
const transport = () => smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
const minutes = (n: number) => new Date(Date.now() + 1000 + n * 60_000);

async function emit(event: NotifyEvent) {
  const db = await getDb();
  await db.transaction((tx) => notify(tx, event));
}

async function outbox() {
  return (await getDb()).select().from(emailOutbox).orderBy(asc(emailOutbox.id));
}

const inquiry = { inquiryId: "7f0c0d1e-0000-4000-8000-000000000001", companyName: "延边大洋商贸", subject: "見附ニットのストール" };

describe("sending the outbox", () => {
  it("sends each email once, in the language the recipient chose, with a link to the app", async () => {
    const ja = await insertUser({ locale: "ja", email: "ja@example.jp", name: "山田" });
    const zhByChoice = await insertUser({ locale: "ja", email: "zh@example.jp" });
    const en = await insertUser({ locale: "en", email: "en@example.jp" });
    await (await getDb()).insert(notificationPreferences).values({ userId: zhByChoice.id, emailLocale: "zh" });
    await emit({ type: "inquiry_new", userIds: [ja.id, zhByChoice.id, en.id], payload: inquiry });

    expect(await sendDueEmails({ transport: transport(), now: minutes(0) })).toMatchObject({ sent: 3, failed: 0 });
    expect(await sendDueEmails({ transport: transport(), now: minutes(60) })).toMatchObject({ sent: 0 });

    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to, m]));
    expect(smtp.received).toHaveLength(3);
    expect(byTo["ja@example.jp"]!.subject).toBe("延边大洋商贸から新しい問い合わせ");
    expect(byTo["zh@example.jp"]!.subject).toBe("来自延边大洋商贸的新询盘");
    expect(byTo["en@example.jp"]!.subject).toBe("New inquiry from 延边大洋商贸");
    expect(decodedBody(byTo["en@example.jp"]!.raw)).toContain(`Open in Kakehashi: http://localhost:3000/en/inquiries/${inquiry.inquiryId}`);
    expect(decodedBody(byTo["ja@example.jp"]!.raw)).toContain("山田 様");
    expect((await outbox()).map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("keeps emails through an SMTP outage and delivers each exactly once when the server is back", async () => {
    const recipients = await Promise.all([1, 2, 3].map((i) => insertUser({ email: `buyer${i}@example.cn`, locale: "zh" })));
    await emit({ type: "match_recommended", userIds: recipients.map((u) => u.id), payload: { companyName: "Mitsuke Knit Works" } });
    const port = smtp.port;
    await smtp.stop();

    expect(await sendDueEmails({ transport: transport(), now: minutes(0) })).toMatchObject({ sent: 0, failed: 3 });
    const failedOnce = await outbox();
    expect(failedOnce.map((r) => [r.status, r.attempts])).toEqual([
      ["pending", 1],
      ["pending", 1],
      ["pending", 1],
    ]);
    expect(failedOnce[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Not retried before its backoff has passed.
    expect(await sendDueEmails({ transport: transport(), now: minutes(0.5) })).toMatchObject({ sent: 0, failed: 0 });

    await smtp.start(port);
    expect(await sendDueEmails({ transport: transport(), now: minutes(2) })).toMatchObject({ sent: 3, failed: 0 });
    await sendDueEmails({ transport: transport(), now: minutes(600) });
    expect(smtp.received.map((m) => m.to).sort()).toEqual(["buyer1@example.cn", "buyer2@example.cn", "buyer3@example.cn"]);
    expect((await outbox()).every((r) => r.status === "sent" && r.attempts === 1 && r.lastError === null)).toBe(true);
  });

  it("backs off exponentially and gives up as failed after eight attempts", async () => {
    const user = await insertUser();
    await emit({ type: "stage_changed", userIds: [user.id], payload: { ...inquiry, stage: "negotiating" } });
    const refused = smtpTransport("smtp://127.0.0.1:1");
    const waits: number[] = [];
    let now = minutes(0);
    for (let i = 0; i < 10; i++) {
      await sendDueEmails({ transport: refused, now });
      const [row] = await outbox();
      waits.push(Math.round((row!.nextAttemptAt.getTime() - now.getTime()) / 60_000));
      now = new Date(now.getTime() + 7 * 3600_000);
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "failed", attempts: 8 });
    expect(waits.slice(0, 8)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
  });

  it("does not email a recipient suspended after the event", async () => {
    const user = await insertUser({ email: "gone@example.jp" });
    await emit({ type: "inquiry_new", userIds: [user.id], payload: inquiry });
    await (await getDb()).update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    expect(await sendDueEmails({ transport: transport(), now: minutes(0) })).toMatchObject({ skipped: 1, sent: 0 });
    expect(smtp.received).toEqual([]);
  });
});

describe("two workers at once", () => {
  let second: DbHandle | undefined;
  afterAll(async () => second?.close());

  it("never send the same email twice", async () => {
    const recipients = await Promise.all(Array.from({ length: 24 }, (_, i) => insertUser({ email: `r${i}@example.jp` })));
    await emit({
      type: "showroom_application",
      userIds: recipients.map((u) => u.id),
      payload: { offerId: "x", companyName: "燕三条ツールズ", title: "延吉ショールーム" },
    });
    const first = await getDb();
    // On PostgreSQL the second worker has its own connections, as a second app instance would.
    const other: Database = process.env.TEST_DATABASE_URL ? (second = openPostgres(process.env.TEST_DATABASE_URL, { max: 2 })).db : first;
    const [a, b] = await Promise.all([
      sendDueEmails({ transport: transport(), now: minutes(0), limit: 50, db: first }),
      sendDueEmails({ transport: transport(), now: minutes(0), limit: 50, db: other }),
    ]);
    expect(a.sent + b.sent).toBe(24);
    expect(smtp.received).toHaveLength(24);
    expect(new Set(smtp.received.map((m) => m.outboxId)).size).toBe(24);
    expect(new Set(smtp.received.map((m) => m.to)).size).toBe(24);
    expect((await outbox()).filter((r) => r.status === "sent")).toHaveLength(24);
  });

  it("send one email for a thread even when both claim one of its messages", async () => {
    const reader = await insertUser({ email: "thread@example.jp" });
    const db = await getDb();
    for (let i = 0; i < 6; i++) await emit({ type: "message_new", userIds: [reader.id], payload: inquiry, batchKey: "inquiry:busy" });
    const other: Database = process.env.TEST_DATABASE_URL ? (second ??= openPostgres(process.env.TEST_DATABASE_URL, { max: 2 })).db : db;
    await Promise.all([sendDueEmails({ transport: transport(), now: minutes(0), db }), sendDueEmails({ transport: transport(), now: minutes(0), db: other })]);
    expect(smtp.received).toHaveLength(1);
    const rows = await outbox();
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(1);
    // Whatever the sender could not lock waits for the window instead of going out twice.
    expect(rows.filter((r) => r.status === "pending").every((r) => r.nextAttemptAt.getTime() >= minutes(15).getTime() - 2000)).toBe(true);
  });
});

describe("message batching", () => {
  it("sends one email per thread per 15 minutes, covering every message since", async () => {
    const reader = await insertUser({ email: "reader@example.jp", locale: "en" });
    const message = { type: "message_new" as const, userIds: [reader.id], payload: inquiry, batchKey: `inquiry:${inquiry.inquiryId}` };

    await emit(message);
    expect(await sendDueEmails({ transport: transport(), now: minutes(0) })).toMatchObject({ sent: 1 });
    await emit(message);
    expect(await sendDueEmails({ transport: transport(), now: minutes(2) })).toMatchObject({ sent: 0, deferred: 1 });
    await emit(message);
    await emit(message);
    expect(await sendDueEmails({ transport: transport(), now: minutes(6) })).toMatchObject({ sent: 0 });
    // Another thread is not held back by this one.
    await emit({ ...message, payload: { ...inquiry, subject: "Sake" }, batchKey: "inquiry:other" });
    expect(await sendDueEmails({ transport: transport(), now: minutes(7) })).toMatchObject({ sent: 1 });

    expect(await sendDueEmails({ transport: transport(), now: minutes(16) })).toMatchObject({ sent: 1 });
    expect(await sendDueEmails({ transport: transport(), now: minutes(60) })).toMatchObject({ sent: 0 });
    expect(smtp.received.map((m) => m.subject)).toEqual([
      "New message in “見附ニットのストール”",
      "New message in “Sake”",
      "3 new messages in “見附ニットのストール”",
    ]);
    const rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(["sent", "skipped", "skipped", "sent", "sent"]);
    expect(rows.map((r) => r.batchKey)).toEqual([...Array(4).fill(`inquiry:${inquiry.inquiryId}:${reader.id}`), `inquiry:other:${reader.id}`]);
  });
});
