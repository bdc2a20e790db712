import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import zh from "@/messages/zh.json";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function leaves(value: unknown): string[] {
  return value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [String(value)];
}

describe("message catalogues", () => {
  it("have exactly the same keys in Japanese, Chinese and English", () => {
    const reference = keys(en).sort();
    expect(keys(ja).sort()).toEqual(reference);
    expect(keys(zh).sort()).toEqual(reference);
  });

  it("have no empty strings", () => {
    for (const catalogue of [en, ja, zh]) {
      expect(leaves(catalogue).filter((text) => text.trim() === "")).toEqual([]);
    }
  });

  it("put English counts in the singular for one and group the digits of counts in every language", () => {
    const [tEn, tJa, tZh] = [translatorFor("en"), translatorFor("ja"), translatorFor("zh")];
    expect(tEn("catalog.import.commit", { count: 1 })).toBe("Import 1 product");
    expect(tEn("catalog.import.commit", { count: 1200 })).toBe("Import 1,200 products");
    expect(tEn("admin.import.done", { created: 1, updated: 0, products: 1, channels: 2, needs: 1 })).toBe(
      "Imported: 1 new company and 0 updated companies; 1 product, 2 sales channels, 1 sourcing need.",
    );
    expect(tJa("company.directory.count", { count: 12345 })).toBe("12,345社");
    expect(tZh("company.directory.count", { count: 12345 })).toBe("共12,345家");
    expect(tJa("nav.unreadThreads", { count: 1500 })).toBe("未読のスレッド1,500件");
    expect(tZh("admin.import.willCreate", { count: 2500 })).toBe("新增 2,500 家");
    expect(tJa("inquiries.deals.withCount", { label: "契約締結", count: 1200 })).toBe("契約締結（1,200）");
  });

  it("write Chinese without Japanese-only words (人民元, 录用 for an accepted application, 贵会议所)", () => {
    expect(leaves(zh).filter((text) => /人民元|录用|会议所推荐|贵会议所/.test(text))).toEqual([]);
  });

  it("name each sales channel type the same way on every screen, in every language", () => {
    for (const catalogue of [en, ja, zh]) {
      const labels = catalogue.catalog.channelTypes;
      expect(catalogue.matchesPage.channels).toEqual(labels);
      // Match reasons use the name inside a sentence: in English it starts lowercase.
      const inSentence = Object.fromEntries(Object.entries(labels).map(([type, label]) => [type, label.toLowerCase()]));
      const reasons = Object.fromEntries(Object.entries(catalogue.matching.channels).map(([type, name]) => [type, name.toLowerCase()]));
      expect(reasons).toEqual(inSentence);
    }
  });

  it("are valid ICU messages using the same arguments in every language", () => {
    const argumentsOf = (elements: MessageFormatElement[], out = new Set<string>()): Set<string> => {
      for (const el of elements) {
        if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
        if (el.type === TYPE.tag) argumentsOf(el.children, out);
        else out.add(el.value);
        if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
      }
      return out;
    };
    const signature = (catalogue: unknown) =>
      keys(catalogue).map((key) => {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        return `${key}:${[...argumentsOf(parse(String(text)))].sort().join(",")}`;
      });
    expect(signature(ja).sort()).toEqual(signature(en).sort());
    expect(signature(zh).sort()).toEqual(signature(en).sort());
  });
});
