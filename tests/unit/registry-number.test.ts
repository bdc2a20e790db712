import { describe, expect, it } from "vitest";
import { isJapaneseCorporateNumber, isUnifiedSocialCreditCode, normalizeRegistryNumber } from "@/lib/companies/registry-number";

describe("Japan's corporate number (法人番号)", () => {
  it("accepts published numbers", () => {
    // The National Tax Agency's own number, and Toyota Motor Corporation's, as the NTA publishes them.
    expect(isJapaneseCorporateNumber("7000012050002")).toBe(true);
    expect(isJapaneseCorporateNumber("1180301018771")).toBe(true);
  });

  it("refuses a wrong check digit, a changed digit, swapped digits and wrong lengths", () => {
    expect(isJapaneseCorporateNumber("8000012050002")).toBe(false);
    expect(isJapaneseCorporateNumber("7000012050003")).toBe(false);
    expect(isJapaneseCorporateNumber("1180301018717")).toBe(false);
    expect(isJapaneseCorporateNumber("700001205000")).toBe(false);
    expect(isJapaneseCorporateNumber("70000120500020")).toBe(false);
    expect(isJapaneseCorporateNumber("700001205000A")).toBe(false);
  });
});

describe("China's unified social credit code (统一社会信用代码)", () => {
  it("accepts published codes", () => {
    // GB 32100-2015's worked example, and Shenzhen Tencent Computer Systems' code.
    expect(isUnifiedSocialCreditCode("91350100M000100Y43")).toBe(true);
    expect(isUnifiedSocialCreditCode("9144030071526726XG")).toBe(true);
  });

  it("refuses a wrong check character, a changed character, letters outside the code's alphabet and wrong lengths", () => {
    expect(isUnifiedSocialCreditCode("91350100M000100Y44")).toBe(false);
    expect(isUnifiedSocialCreditCode("91350100M000101Y43")).toBe(false);
    expect(isUnifiedSocialCreditCode("91350100I000100Y43")).toBe(false);
    expect(isUnifiedSocialCreditCode("91350100M000100Y4")).toBe(false);
    expect(isUnifiedSocialCreditCode("7000012050002")).toBe(false);
  });
});

describe("normalizeRegistryNumber", () => {
  it("folds full-width characters, drops spaces and hyphens and upper-cases", () => {
    expect(normalizeRegistryNumber("７０００ ０１２０-５０００２")).toBe("7000012050002");
    expect(normalizeRegistryNumber("9144030071526726xg")).toBe("9144030071526726XG");
  });
});
