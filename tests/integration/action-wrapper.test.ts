import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { formData } from "../support/forms";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { authedAction } = await import("@/lib/auth/action");

withTestDatabase();

const body = vi.fn(async () => ({ message: "done" }));
const renameAction = authedAction({ schema: z.object({ name: z.string().min(1) }) }, body);
const adminOnlyAction = authedAction({ schema: z.object({}), roles: ["platform_admin"] }, body);

function signedInAs(id: string | undefined) {
  authMock.auth.mockResolvedValue(id ? { user: { id, role: "sme" }, expires: "2099-01-01" } : null);
}

describe("the action wrapper", () => {
  it("runs the body for an active user", async () => {
    const user = await insertUser();
    signedInAs(user.id);
    const state = await renameAction(undefined, formData({ locale: "en", name: "x" }));
    expect(state).toEqual({ ok: true, message: "done" });
    expect(body).toHaveBeenCalledWith({ name: "x" }, expect.objectContaining({ user: expect.objectContaining({ id: user.id }) }));
  });

  it("refuses a suspended user's session at the next action, before its token expires", async () => {
    const user = await insertUser();
    signedInAs(user.id);
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(true);
    await (await getDb()).update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    body.mockClear();
    const state = await renameAction(undefined, formData({ locale: "ja", name: "x" }));
    expect(state).toEqual({ ok: false, message: expect.stringContaining("アカウントが停止されている") });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses a deleted user and a visitor without a session", async () => {
    const user = await insertUser({ deletedAt: new Date() });
    signedInAs(user.id);
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(false);
    signedInAs(undefined);
    const state = await renameAction(undefined, formData({ locale: "en", name: "x" }));
    expect(state).toEqual({ ok: false, message: "Your session has ended. Please sign in again." });
    signedInAs("not-a-uuid");
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(false);
  });

  it("checks the role from the database, not from the token", async () => {
    const user = await insertUser({ role: "sme" });
    authMock.auth.mockResolvedValue({ user: { id: user.id, role: "platform_admin" }, expires: "2099-01-01" });
    body.mockClear();
    const state = await adminOnlyAction(undefined, formData({ locale: "zh" }));
    expect(state).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(body).not.toHaveBeenCalled();
  });
});
