import { asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, notificationPreferences, notifications, users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { notify } = await import("@/lib/notifications/notify");
const { listNotifications, unreadNotificationCount, markNotificationsRead } = await import("@/lib/notifications/inbox");
const { savePreferencesAction } = await import("@/app/[locale]/settings/notifications/actions");
const { markNotificationsReadAction } = await import("@/app/[locale]/notifications/actions");
const { sendDueEmails } = await import("@/lib/notifications/worker");
const { transportFromEnv } = await import("@/lib/notifications/transport");
const { listDevMailbox } = await import("@/lib/notifications/mailbox");

withTestDatabase();

function signedInAs(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

const payload = { inquiryId: "0b7d2c1e-0000-4000-8000-000000000002", companyName: "Dalian Harbour Trading", subject: "燕三条の包丁" };

async function outboxRows() {
  return (await getDb()).select().from(emailOutbox).orderBy(asc(emailOutbox.id));
}
async function notificationRows() {
  return (await getDb()).select().from(notifications);
}

describe("notify", () => {
  it("writes one notification and one email per active recipient, in the language each reads email in", async () => {
    const ja = await insertUser({ locale: "ja", email: "ja@example.jp" });
    const zhEmails = await insertUser({ locale: "en", email: "pref@example.cn" });
    const suspended = await insertUser({ status: "suspended" });
    const deleted = await insertUser({ deletedAt: new Date() });
    const db = await getDb();
    await db.insert(notificationPreferences).values({ userId: zhEmails.id, emailLocale: "zh" });

    await db.transaction((tx) =>
      notify(tx, { type: "message_new", userIds: [ja.id, zhEmails.id, suspended.id, deleted.id, ja.id], payload, batchKey: `inquiry:${payload.inquiryId}` }),
    );

    const inApp = await notificationRows();
    expect(inApp.map((n) => n.userId).sort()).toEqual([ja.id, zhEmails.id].sort());
    expect(inApp[0]).toMatchObject({ type: "message_new", payload, readAt: null });
    const emails = await outboxRows();
    expect(emails.map((e) => ({ to: e.toEmail, locale: e.locale, key: e.batchKey, status: e.status })).sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: "ja@example.jp", locale: "ja", key: `inquiry:${payload.inquiryId}:${ja.id}`, status: "pending" },
      { to: "pref@example.cn", locale: "zh", key: `inquiry:${payload.inquiryId}:${zhEmails.id}`, status: "pending" },
    ]);
  });

  it("leaves neither notification nor email when the caller's transaction rolls back", async () => {
    const user = await insertUser();
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, { type: "inquiry_new", userIds: [user.id], payload });
        expect(await tx.select().from(emailOutbox)).toHaveLength(1);
        throw new Error("the inquiry could not be saved");
      }),
    ).rejects.toThrow("the inquiry could not be saved");
    expect(await notificationRows()).toEqual([]);
    expect(await outboxRows()).toEqual([]);
  });

  it("still notifies in the app but sends no email for a category the user turned off", async () => {
    const muted = await insertUser({ email: "muted@example.jp" });
    const other = await insertUser({ email: "other@example.jp" });
    await (await getDb()).insert(notificationPreferences).values({ userId: muted.id, disabled: ["match_recommended"] });
    await (
      await getDb()
    ).transaction((tx) => notify(tx, { type: "match_recommended", userIds: [muted.id, other.id], payload: { companyName: "Yanbian Dayang" } }));
    expect((await notificationRows()).map((n) => n.userId).sort()).toEqual([muted.id, other.id].sort());
    expect((await outboxRows()).map((e) => e.toEmail)).toEqual(["other@example.jp"]);
  });
});

describe("email settings", () => {
  it("saves the caller's language and categories, which the next notify honours", async () => {
    const user = await insertUser({ locale: "ja", email: "me@example.jp" });
    signedInAs(user);
    const state = await savePreferencesAction(
      undefined,
      pageForm("ja", { emailLocale: "en", enabled: ["inquiry_new", "message_new"], userId: crypto.randomUUID() }),
    );
    expect(state).toMatchObject({ ok: true, message: "メール設定を保存しました。" });
    const [prefs] = await (await getDb()).select().from(notificationPreferences);
    expect(prefs!.userId).toBe(user.id);
    expect(prefs!.emailLocale).toBe("en");
    expect(prefs!.disabled).toContain("stage_changed");
    expect(prefs!.disabled).not.toContain("inquiry_new");

    const db = await getDb();
    await db.transaction((tx) => notify(tx, { type: "inquiry_new", userIds: [user.id], payload }));
    await db.transaction((tx) => notify(tx, { type: "stage_changed", userIds: [user.id], payload: { ...payload, stage: "signed" } }));
    expect((await outboxRows()).map((e) => [e.type, e.locale])).toEqual([["inquiry_new", "en"]]);

    // An empty language goes back to the interface language.
    await savePreferencesAction(undefined, pageForm("ja", { emailLocale: "", enabled: "inquiry_new" }));
    await db.transaction((tx) => notify(tx, { type: "inquiry_new", userIds: [user.id], payload }));
    expect((await outboxRows()).map((e) => e.locale)).toEqual(["en", "ja"]);
  });

  it("refuses an unknown category or language and a signed-out visitor, saving nothing", async () => {
    const user = await insertUser();
    signedInAs(user);
    const bad = await savePreferencesAction(undefined, pageForm("zh", { enabled: ["inquiry_new", "spam"] }));
    expect(bad.ok).toBe(false);
    expect(Object.values(bad.fieldErrors ?? {}).flat()).toContain("未知的通知类别。");
    expect((await savePreferencesAction(undefined, pageForm("en", { emailLocale: "fr" }))).fieldErrors?.emailLocale).toBeDefined();
    authMock.auth.mockResolvedValue(null);
    expect((await savePreferencesAction(undefined, pageForm("en", { emailLocale: "ja" }))).ok).toBe(false);
    expect(await (await getDb()).select().from(notificationPreferences)).toEqual([]);
  });
});

describe("in-app notifications", () => {
  it("lists, counts and marks read only the reader's own notifications", async () => {
    const me = await insertUser();
    const someoneElse = await insertUser();
    const db = await getDb();
    await db.transaction((tx) => notify(tx, { type: "inquiry_new", userIds: [me.id, someoneElse.id], payload }));
    await db.transaction((tx) => notify(tx, { type: "meeting_requested", userIds: [me.id], payload }));
    const [theirs] = await db.select().from(notifications).where(eq(notifications.userId, someoneElse.id));

    expect((await listNotifications(me)).map((n) => n.type)).toEqual(["meeting_requested", "inquiry_new"]);
    expect(await unreadNotificationCount(me)).toBe(2);
    // Another user's id marks nothing.
    expect(await markNotificationsRead(me, [theirs!.id])).toBe(0);
    expect(await unreadNotificationCount(someoneElse)).toBe(1);

    signedInAs(me);
    const [first] = await listNotifications(me);
    expect(await markNotificationsReadAction(undefined, pageForm("en", { id: first!.id }))).toMatchObject({ ok: true });
    expect(await unreadNotificationCount(me)).toBe(1);
    await markNotificationsReadAction(undefined, pageForm("en", {}));
    expect(await unreadNotificationCount(me)).toBe(0);
    expect(await unreadNotificationCount(someoneElse)).toBe(1);
  });
});

describe("dev mailbox", () => {
  it("without SMTP_URL in development, marks emails sent and lists them rendered, newest first", async () => {
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("NODE_ENV", "development");
    try {
      const user = await insertUser({ locale: "zh", email: "buyer@example.cn", name: "王经理" });
      const db = await getDb();
      await db.transaction((tx) => notify(tx, { type: "inquiry_new", userIds: [user.id], payload: { ...payload, companyName: "<b>Mitsuke</b>" } }));
      await db.transaction((tx) => notify(tx, { type: "moderation_decision", userIds: [user.id], payload: { targetName: "Dalian", decision: "approved" } }));
      const configured = transportFromEnv();
      expect(configured?.mode).toBe("dev-mailbox");
      expect(await sendDueEmails({ transport: configured!.transport, now: new Date(Date.now() + 1000) })).toMatchObject({ sent: 2 });

      const mailbox = await listDevMailbox();
      expect(mailbox.map((m) => [m.status, m.email.subject])).toEqual([
        ["sent", "“Dalian”的审核结果"],
        ["sent", "来自<b>Mitsuke</b>的新询盘"],
      ]);
      expect(mailbox[1]!.email.text).toContain("王经理，您好：");
      expect(mailbox[1]!.email.html).toContain("&lt;b&gt;Mitsuke&lt;/b&gt;");
      expect(mailbox[1]!.email.html).not.toContain("<b>Mitsuke</b>");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("sends nothing in production without SMTP_URL, so emails wait in the outbox", () => {
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("NODE_ENV", "production");
    try {
      expect(transportFromEnv()).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

it("skips a user deleted or suspended at notify time but keeps other recipients", async () => {
  const active = await insertUser();
  const later = await insertUser();
  await (await getDb()).update(users).set({ status: "suspended" }).where(eq(users.id, later.id));
  await (
    await getDb()
  ).transaction((tx) =>
    notify(tx, { type: "showroom_decision", userIds: [active.id, later.id], payload: { offerId: "o", title: "Yanji", decision: "accepted" } }),
  );
  expect((await notificationRows()).map((n) => n.userId)).toEqual([active.id]);
});
