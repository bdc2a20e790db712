import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { formData, pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";
import { postFrom } from "../support/request";

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
    const state = await renameAction(undefined, pageForm("en", { name: "x" }));
    expect(state).toEqual({ ok: true, message: "done" });
    expect(body).toHaveBeenCalledWith({ name: "x" }, expect.objectContaining({ user: expect.objectContaining({ id: user.id }) }));
  });

  it("refuses a suspended user's session at the next action, before its token expires", async () => {
    const user = await insertUser();
    signedInAs(user.id);
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(true);
    await (await getDb()).update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    body.mockClear();
    const state = await renameAction(undefined, pageForm("ja", { name: "x" }));
    expect(state).toEqual({ ok: false, message: expect.stringContaining("アカウントが停止されている") });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses a deleted user and a visitor without a session", async () => {
    const user = await insertUser({ deletedAt: new Date() });
    signedInAs(user.id);
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(false);
    signedInAs(undefined);
    const state = await renameAction(undefined, pageForm("en", { name: "x" }));
    expect(state).toEqual({ ok: false, message: "Your session has ended. Please sign in again." });
    signedInAs("not-a-uuid");
    expect((await renameAction(undefined, formData({ name: "x" }))).ok).toBe(false);
  });

  it("checks the role from the database, not from the token", async () => {
    const user = await insertUser({ role: "sme" });
    authMock.auth.mockResolvedValue({ user: { id: user.id, role: "platform_admin" }, expires: "2099-01-01" });
    body.mockClear();
    const state = await adminOnlyAction(undefined, pageForm("zh", {}));
    expect(state).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(body).not.toHaveBeenCalled();
  });

  it("answers in the language of the page the form was posted from, with no locale field in the form", async () => {
    const user = await insertUser({ locale: "en" });
    signedInAs(user.id);
    postFrom("zh", "/company/products/new");
    const state = await renameAction(undefined, formData({ name: "" }));
    expect(state.fieldErrors?.name).toEqual(["该值无效。"]);
    postFrom("ja", "/company");
    body.mockClear();
    await renameAction(undefined, formData({ name: "x", locale: "zh" }));
    expect(body).toHaveBeenCalledWith({ name: "x" }, expect.objectContaining({ locale: "ja" }));
  });

  it("falls back to the signed-in user's saved language, when the request names no page of ours", async () => {
    const user = await insertUser({ locale: "ja" });
    signedInAs(user.id);
    const refused = await renameAction(undefined, formData({ name: "" }));
    expect(refused.fieldErrors?.name).toEqual(["この値は正しくありません。"]);
    postFrom("fr");
    body.mockClear();
    await renameAction(undefined, formData({ name: "x" }));
    expect(body).toHaveBeenCalledWith({ name: "x" }, expect.objectContaining({ locale: "ja" }));
    signedInAs(undefined);
    expect(await renameAction(undefined, formData({ name: "x" }))).toEqual({ ok: false, message: "Your session has ended. Please sign in again." });
  });
});
