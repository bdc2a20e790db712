import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import { partnerHandles } from "@/lib/companies/contacts";
import { blockFromThread } from "@/lib/inquiries/blocking";
import { postMessage } from "@/lib/inquiries/messages";
import { openInquiry } from "@/lib/inquiries/open";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

/** Direct contact handles: only for a partner with a thread in which both sides wrote. */

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
const actions = await import("@/app/[locale]/company/actions");

withTestDatabase();

async function world() {
  const sato = await insertUser({ role: "sme" });
  const knit = await insertCompany({ wechatId: "mitsuke_knit", lineId: "mitsuke.knit", phone: "+81258620000" }, sato);
  const wang = await insertUser({ role: "distributor" });
  const dayang = await insertCompany({ kind: "distributor", wechatId: "dayang-yanji", wecomId: "延边大洋 王经理", phone: "+8643312345678" }, wang);
  const li = await insertUser({ role: "distributor" });
  const other = await insertCompany({ kind: "distributor" }, li);
  return { sato, knit, wang, dayang, li, other };
}

describe("partner contact handles", () => {
  it("appear to each side only once both have written in a thread between them", async () => {
    const w = await world();
    expect(await partnerHandles(w.dayang.id, w.knit.id)).toBeNull();

    const inquiryId = await openInquiry(w.wang, { to: w.knit.id, source: "profile", subject: "针织衫", body: "您好，我们对贵公司的针织衫感兴趣。" });
    // Only the distributor has written: a stranger's first message earns no handles.
    expect(await partnerHandles(w.dayang.id, w.knit.id)).toBeNull();
    expect(await partnerHandles(w.knit.id, w.dayang.id)).toBeNull();

    await postMessage(w.sato, inquiryId, "お問い合わせありがとうございます。");
    expect(await partnerHandles(w.dayang.id, w.knit.id)).toEqual({ wechatId: "mitsuke_knit", lineId: "mitsuke.knit", wecomId: null, phone: "+81258620000" });
    expect(await partnerHandles(w.knit.id, w.dayang.id)).toEqual({
      wechatId: "dayang-yanji",
      lineId: null,
      wecomId: "延边大洋 王经理",
      phone: "+8643312345678",
    });
  });

  it("are refused to a company without its own two-way thread, whatever ids it names, and end with a block", async () => {
    const w = await world();
    const inquiryId = await openInquiry(w.wang, { to: w.knit.id, source: "profile", subject: "针织衫", body: "您好" });
    await postMessage(w.sato, inquiryId, "こんにちは");
    // Another distributor, and the SME asking about itself, get nothing.
    expect(await partnerHandles(w.other.id, w.knit.id)).toBeNull();
    expect(await partnerHandles(w.knit.id, w.knit.id)).toBeNull();
    expect(await partnerHandles(w.other.id, w.dayang.id)).toBeNull();

    // A suspended partner's handles are hidden; a block ends them both ways.
    const db = await getDb();
    await db.update(companies).set({ status: "suspended" }).where(eq(companies.id, w.knit.id));
    expect(await partnerHandles(w.dayang.id, w.knit.id)).toBeNull();
    await db.update(companies).set({ status: "approved" }).where(eq(companies.id, w.knit.id));
    expect(await partnerHandles(w.dayang.id, w.knit.id)).not.toBeNull();
    await blockFromThread(w.sato, inquiryId);
    expect(await partnerHandles(w.dayang.id, w.knit.id)).toBeNull();
    expect(await partnerHandles(w.knit.id, w.dayang.id)).toBeNull();
  });

  it("are checked when saved: phone numbers in E.164 from national or international form, bad ids refused in the reader's language", async () => {
    const sato = await insertUser({ role: "sme" });
    authMock.auth.mockResolvedValue({ user: { id: sato.id }, expires: "2099-01-01" });
    const base = { name_ja: "見附ニット", region: "JP-15" };
    const bad = await actions.createCompanyAction(undefined, pageForm("ja", { ...base, wechatId: "1abc", lineId: "a b", phone: "0258-62" }));
    expect(bad.fieldErrors).toMatchObject({
      wechatId: ["WeChat IDは6〜20文字で、英字で始まり、英数字・「_」・「-」が使えます。"],
      lineId: ["LINE IDは4〜20文字の英小文字・数字・「.」「_」「-」です。"],
    });
    const badPhone = await actions.createCompanyAction(undefined, pageForm("ja", { ...base, phone: "0258-62" }));
    expect(badPhone.fieldErrors).toEqual({ phone: ["電話番号の形式が正しくありません。市外局番から、または国番号（+81、+86）から入力してください。"] });
    expect(await (await getDb()).select().from(companies)).toEqual([]);

    await actions
      .createCompanyAction(undefined, pageForm("ja", { ...base, wechatId: "mitsuke_knit", lineId: "Mitsuke.Knit", phone: "０２５８-６２-００００" }))
      .catch(() => undefined);
    const [row] = await (await getDb()).select().from(companies);
    expect(row).toMatchObject({ wechatId: "mitsuke_knit", lineId: "mitsuke.knit", phone: "+81258620000" });
  });
});
