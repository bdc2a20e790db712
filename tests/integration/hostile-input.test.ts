import type { ReactNode } from "react";
import { count } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { MAX_PAGE_INDEX, pageIndex } from "@/lib/http/search-params";
import { plainText } from "@/lib/text/control-characters";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { renderServer, textOf } from "../support/server-render";

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return { Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children) };
});

const { authedAction } = await import("@/lib/auth/action");
const { signUpAction } = await import("@/app/[locale]/(auth)/actions");
const { default: CompaniesPage } = await import("@/app/[locale]/companies/page");

withTestDatabase();

async function userCount(): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(users);
  return row!.n;
}

describe("control characters", () => {
  it("get a field error in the reader's language, in every field of every action, and change nothing", async () => {
    const before = await userCount();
    const state = await signUpAction(
      undefined,
      pageForm("ja", { accountType: "sme", name: "見附\u0000太郎", email: "nul@mitsuke.jp", password: "correct horse battery staple" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({ name: ["入力に見えない制御文字が含まれています。取り除いてからもう一度お試しください。"] });
    // What was typed comes back, without the characters refused.
    expect(state.values?.name).toBe("見附太郎");
    expect(await userCount()).toBe(before);

    const user = await insertUser();
    authMock.auth.mockResolvedValue({ user: { id: user.id, role: "sme" }, expires: "2099-01-01" });
    const body = vi.fn(async () => ({ message: "saved" }));
    const action = authedAction({ schema: z.object({ subject: z.string(), body: z.string(), tags: z.array(z.string()).optional() }) }, body);
    for (const [field, value] of [
      ["subject", "a\u0000"],
      ["body", "x\u001b[31m"],
      ["tags", ["ok", "bad\u0007"]],
    ] as const) {
      const refused = await action(undefined, pageForm("en", { subject: "s", body: "b", [field]: value as string | string[] }));
      expect(refused.fieldErrors?.[field]).toEqual(["This text contains invisible control characters. Remove them and try again."]);
    }
    expect(body).not.toHaveBeenCalled();
    // Tabs and line breaks are text.
    expect((await action(undefined, pageForm("en", { subject: "s\tt", body: "line 1\r\nline 2" }))).ok).toBe(true);
  });

  it("are refused by the plain text type that schemas outside the wrapper use", () => {
    expect(plainText().safeParse("ニット\n帽子").success).toBe(true);
    expect(plainText().safeParse("ニット\u0000").error?.issues[0]?.message).toBe("controlCharacters");
  });
});

describe("pagination", () => {
  it("reads a huge, negative or non-numeric ?page= as a bounded page", () => {
    expect(pageIndex("99999999999999999999")).toBe(0);
    expect(pageIndex("5000000")).toBe(MAX_PAGE_INDEX);
    expect(pageIndex("-3")).toBe(0);
    expect(pageIndex("1e9")).toBe(0);
    expect(pageIndex(["2", "7"])).toBe(2);
    expect(pageIndex(undefined)).toBe(0);
  });

  it("renders the directory for ?page=99999999999 instead of failing", async () => {
    const viewer = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "sme", status: "approved" });
    authMock.auth.mockResolvedValue({ user: { id: viewer.id, role: "distributor" }, expires: "2099-01-01" });
    for (const page of ["99999999999999999999", "9999999", "-1"]) {
      const html = await renderServer("en", await CompaniesPage({ params: Promise.resolve({ locale: "en" }), searchParams: Promise.resolve({ page }) }));
      // The total still counts the one company; past the last page the list is empty.
      expect(textOf(html)).toContain("Japanese suppliers 1 company");
    }
  });
});
