import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chambers, users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { createChamberAction, createChamberAdminAction, setChamberAdminStatusAction } = await import("@/app/[locale]/admin/chambers/actions");
const { checkCredentials } = await import("@/lib/auth/credentials");

withTestDatabase();

function signedInAs(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

describe("chamber management", () => {
  it("lets a platform admin create a chamber in three languages and an admin for it who can sign in", async () => {
    signedInAs(await insertUser({ role: "platform_admin" }));
    const created = await createChamberAction(
      undefined,
      pageForm("en", { name_ja: "燕商工会議所", name_zh: "燕商工会议所", name_en: "Tsubame Chamber of Commerce and Industry", region: "JP-15" }),
    );
    expect(created).toMatchObject({ ok: true, message: "Chamber created." });
    const [chamber] = await (await getDb()).select().from(chambers);
    expect(chamber).toMatchObject({ key: "tsubame chamber of commerce and industry", region: "JP-15", name: { ja: "燕商工会議所" } });

    const admin = await createChamberAdminAction(
      undefined,
      pageForm("en", { chamberId: chamber!.id, name: "燕 次郎", email: "Admin@Tsubame.example.jp", password: "tsubame-cci-2026" }),
    );
    expect(admin.ok).toBe(true);
    const [user] = await (await getDb()).select().from(users).where(eq(users.email, "admin@tsubame.example.jp"));
    expect(user).toMatchObject({ role: "chamber_admin", chamberId: chamber!.id });
    expect((await checkCredentials({ email: "admin@tsubame.example.jp", password: "tsubame-cci-2026", ip: "127.0.0.1" })).status).toBe("ok");
  });

  it("gives a new chamber admin the creating admin's current language, or the one chosen in the form", async () => {
    signedInAs(await insertUser({ role: "platform_admin" }));
    const chamber = await chamberNamed("Sanjo Chamber of Commerce and Industry");
    const create = (locale: "ja" | "en", fields: Record<string, string>) =>
      createChamberAdminAction(undefined, pageForm(locale, { chamberId: chamber.id, name: "三条 花子", password: "sanjo-cci-2026-admin", ...fields }));
    expect((await create("ja", { email: "ja@sanjo.example.jp" })).ok).toBe(true);
    expect((await create("ja", { email: "zh@sanjo.example.jp", language: "zh" })).ok).toBe(true);
    expect((await create("en", { email: "bad@sanjo.example.jp", language: "fr" })).fieldErrors).toHaveProperty("language");
    const stored = await (await getDb()).select({ email: users.email, locale: users.locale }).from(users).where(eq(users.role, "chamber_admin"));
    expect(stored.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: "ja@sanjo.example.jp", locale: "ja" },
      { email: "zh@sanjo.example.jp", locale: "zh" },
    ]);
  });

  it("refuses a duplicate chamber, a nameless one and a region outside Japan and China", async () => {
    signedInAs(await insertUser({ role: "platform_admin" }));
    await chamberNamed("Sanjo Chamber of Commerce and Industry");
    const duplicate = await createChamberAction(undefined, pageForm("ja", { name_en: "Sanjo  Chamber of Commerce and Industry" }));
    expect(duplicate.fieldErrors).toEqual({ name_en: ["この名称の商工会議所はすでに存在します。"] });
    const nameless = await createChamberAction(undefined, pageForm("en", { region: "US-CA" }));
    expect(Object.keys(nameless.fieldErrors ?? {}).sort()).toEqual(["name_ja", "region"]);
    expect(await (await getDb()).select().from(chambers)).toHaveLength(1);
  });

  it("is closed to chamber admins, who cannot create chambers or admins", async () => {
    const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    signedInAs(await insertUser({ role: "chamber_admin", chamberId: chamber.id }));
    expect((await createChamberAction(undefined, pageForm("en", { name_en: "Rogue CCI" }))).message).toBe("You are not allowed to do this.");
    const state = await createChamberAdminAction(undefined, pageForm("en", { chamberId: chamber.id, name: "X", email: "x@y.jp", password: "long-enough-pw" }));
    expect(state.message).toBe("You are not allowed to do this.");
    expect(await (await getDb()).select().from(users).where(eq(users.email, "x@y.jp"))).toEqual([]);
  });

  it("suspends a chamber admin, and only chamber admins", async () => {
    const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const chamberAdmin = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
    const sme = await insertUser({ role: "sme" });
    signedInAs(await insertUser({ role: "platform_admin" }));
    expect((await setChamberAdminStatusAction(undefined, pageForm("en", { userId: chamberAdmin.id, status: "suspended" }))).ok).toBe(true);
    expect((await setChamberAdminStatusAction(undefined, pageForm("en", { userId: sme.id, status: "suspended" }))).ok).toBe(false);
    const rows = await (await getDb()).select({ id: users.id, status: users.status }).from(users);
    expect(rows.find((r) => r.id === chamberAdmin.id)?.status).toBe("suspended");
    expect(rows.find((r) => r.id === sme.id)?.status).toBe("active");
  });
});
