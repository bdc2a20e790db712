import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import zh from "@/messages/zh.json";

/** The rules of messages/GLOSSARY.md that a synonym broke before. */

function entries(value: unknown, prefix = ""): [string, string][] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, String(value)]];
}

const isMeeting = (key: string) => /meeting/i.test(key);
const isDeal = (key: string) => /deal|stage/i.test(key) && !isMeeting(key);

function offending(catalogue: unknown, words: RegExp, where: (key: string) => boolean = () => true): string[] {
  return entries(catalogue)
    .filter(([key, text]) => where(key) && words.test(text))
    .map(([key, text]) => `${key}: ${text}`);
}

describe("the glossary", () => {
  it("calls the distributor by one word in each language", () => {
    expect(offending(ja, /販売代理店|販売店|代理店/)).toEqual([]);
    expect(offending(zh, /分销商|代理商/)).toEqual([]);
    expect(offending(en, /\b(dealer|reseller)s?\b/i)).toEqual([]);
  });

  it("keeps the deal and the meeting apart", () => {
    expect(offending(ja, /商談/, isMeeting)).toEqual([]);
    expect(offending(ja, /面談/, isDeal)).toEqual([]);
    expect(offending(zh, /商谈/)).toEqual([]);
    expect(offending(zh, /交易/, isMeeting)).toEqual([]);
    expect(offending(zh, /洽谈/, isDeal)).toEqual([]);
    expect(offending(en, /\bdeals?\b/i, isMeeting)).toEqual([]);
    expect(offending(en, /\bmeetings?\b|business talks/i, isDeal)).toEqual([]);
    expect(ja.inquiries.meetings.title).toBe("面談");
    expect(ja.inquiries.deals.title).toBe("商談");
  });

  it("keeps 推薦 and 推荐 for a chamber's recommendation of a match", () => {
    expect(offending(ja, /推薦/, (key) => key.startsWith("matching.reasons"))).toEqual([]);
    expect(offending(zh, /推荐|担保/, (key) => key.startsWith("matching.reasons"))).toEqual([]);
  });
});
