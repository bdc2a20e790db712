import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";
import { formData, pageForm } from "../support/forms";
import { postFrom } from "../support/request";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { rememberLocaleAction } = await import("@/app/[locale]/actions");

withTestDatabase();

const localeOf = async (id: string) => (await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, id)))[0]?.locale;

describe("the stored interface language", () => {
  it("follows the language a signed-in user switched to, for their own account only", async () => {
    const user = await insertUser({ role: "chamber_admin", locale: "en" });
    const other = await insertUser({ locale: "en" });
    authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
    expect((await rememberLocaleAction(undefined, pageForm("ja", { userId: other.id }))).ok).toBe(true);
    expect(await localeOf(user.id)).toBe("ja");
    expect(await localeOf(other.id)).toBe("en");
  });

  it("changes nothing for a visitor, a suspended account or a page in a language we do not have", async () => {
    const suspended = await insertUser({ status: "suspended", locale: "en" });
    authMock.auth.mockResolvedValue(null);
    expect((await rememberLocaleAction(undefined, pageForm("zh", {}))).ok).toBe(false);
    authMock.auth.mockResolvedValue({ user: { id: suspended.id }, expires: "2099-01-01" });
    expect((await rememberLocaleAction(undefined, pageForm("zh", {}))).ok).toBe(false);
    expect(await localeOf(suspended.id)).toBe("en");
    const active = await insertUser({ locale: "en" });
    authMock.auth.mockResolvedValue({ user: { id: active.id }, expires: "2099-01-01" });
    postFrom("fr");
    await rememberLocaleAction(undefined, formData({ locale: "ja" }));
    expect(await localeOf(active.id)).toBe("en");
  });
});
