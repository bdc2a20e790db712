import { count } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { actionEvents } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { authedAction } = await import("@/lib/auth/action");
const { requestEmailLinkAction } = await import("@/app/[locale]/(auth)/actions");

withTestDatabase();

const signedInAs = (id: string) => authMock.auth.mockResolvedValue({ user: { id, role: "sme" }, expires: "2099-01-01" });

describe("the action wrapper's rateLimit option", () => {
  it("lets a user through max times per window, then refuses in their language without running the action", async () => {
    const body = vi.fn(async () => ({ message: "sent" }));
    const action = authedAction({ schema: z.object({ text: z.string().min(1) }), rateLimit: { name: "test-send", max: 3, windowMinutes: 10 } }, body);
    const [alice, bob] = [await insertUser(), await insertUser()];
    signedInAs(alice.id);
    // Invalid submissions do not count.
    expect((await action(undefined, pageForm("en", { text: "" }))).ok).toBe(false);
    for (let i = 0; i < 3; i++) expect((await action(undefined, pageForm("en", { text: `hello ${i}` }))).ok).toBe(true);
    const refused = await action(undefined, pageForm("zh", { text: "one more" }));
    expect(refused).toEqual({
      ok: false,
      message: "短时间内操作次数过多。请等待最多10分钟后重试，您输入的内容已保留。",
      values: { text: "one more" },
    });
    expect(body).toHaveBeenCalledTimes(3);

    signedInAs(bob.id);
    expect((await action(undefined, pageForm("en", { text: "bob's first" }))).ok).toBe(true);
  });

  it("counts uses in the database and forgets those older than the window", async () => {
    const action = authedAction({ schema: z.object({}), rateLimit: { name: "test-window", max: 1, windowMinutes: 5 } }, async () => undefined);
    const user = await insertUser();
    signedInAs(user.id);
    await (await getDb()).insert(actionEvents).values({ action: "test-window", subject: `user:${user.id}`, createdAt: new Date(Date.now() - 6 * 60_000) });
    expect((await action(undefined, pageForm("en", {}))).ok).toBe(true);
    expect((await action(undefined, pageForm("en", {}))).ok).toBe(false);
    const [rows] = await (await getDb()).select({ n: count() }).from(actionEvents);
    expect(rows!.n).toBe(2);
  });

  it("limits link requests for one email, whatever the answer says", async () => {
    await insertUser({ email: "flooded@mitsuke.jp" });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await requestEmailLinkAction(undefined, pageForm("en", { email: "flooded@mitsuke.jp" }))).message);
    expect(answers.slice(0, 5).every((m) => m?.startsWith("If an account uses this address"))).toBe(true);
    expect(answers[5]).toMatch(/^You have done this many times in a short while/);
  });
});
