import { describe, expect, it } from "vitest";
import { findRegion, isChinaTarget, isRegionOf, regionName, regionsOf } from "@/lib/geo/regions";

describe("regions", () => {
  it("lists the 47 Japanese prefectures JP-01 to JP-47 in order", () => {
    const codes = regionsOf("JP").map((r) => r.code);
    expect(codes).toEqual(Array.from({ length: 47 }, (_, i) => `JP-${String(i + 1).padStart(2, "0")}`));
  });

  it("lists the 34 Chinese province-level divisions of ISO 3166-2:CN", () => {
    expect(regionsOf("CN").map((r) => r.code)).toEqual(
      "AH BJ CQ FJ GD GS GX GZ HA HB HE HI HK HL HN JL JS JX LN MO NM NX QH SC SD SH SN SX TJ TW XJ XZ YN ZJ".split(" ").map((c) => `CN-${c}`),
    );
  });

  it("has unique codes and a non-empty name in every language, unique per country", () => {
    const all = [...regionsOf("JP"), ...regionsOf("CN")];
    expect(new Set(all.map((r) => r.code)).size).toBe(81);
    for (const country of ["JP", "CN"] as const) {
      for (const locale of ["ja", "zh", "en"] as const) {
        const names = regionsOf(country).map((r) => r.name[locale]);
        expect(names.every((n) => n.trim().length > 0)).toBe(true);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it("names JP-15 Niigata and CN-JL Jilin in Japanese, Chinese and English", () => {
    expect(findRegion("JP-15")?.name).toEqual({ ja: "新潟県", zh: "新潟县", en: "Niigata" });
    expect(regionName("JP-15", "en")).toBe("Niigata");
    expect(regionName("CN-JL", "ja")).toBe("吉林省");
    expect(regionName("CN-JL", "zh")).toBe("吉林省");
    expect(regionName("CN-JL", "en")).toBe("Jilin");
  });

  it("reads CN as all of China and returns unknown codes unchanged", () => {
    expect(regionName("CN", "ja")).toBe("中国全土");
    expect(regionName("CN", "zh")).toBe("全中国");
    expect(regionName("CN", "en")).toBe("All of China");
    expect(regionName("JP-48", "en")).toBe("JP-48");
  });

  it("tells which country a code belongs to", () => {
    expect(isRegionOf("JP-15", "JP")).toBe(true);
    expect(isRegionOf("JP-15", "CN")).toBe(false);
    expect(isRegionOf("CN-JL", "CN")).toBe(true);
    expect(isRegionOf("CN", "CN")).toBe(false);
    expect(isRegionOf("jp-15", "JP")).toBe(false);
  });

  it("accepts a Chinese subdivision or CN as a China target, nothing else", () => {
    expect(isChinaTarget("CN")).toBe(true);
    expect(isChinaTarget("CN-SH")).toBe(true);
    expect(isChinaTarget("JP-13")).toBe(false);
    expect(isChinaTarget("CN-XX")).toBe(false);
    expect(isChinaTarget("")).toBe(false);
  });
});
