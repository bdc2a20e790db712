import { describe, expect, it } from "vitest";
import { AhoCorasick } from "@/lib/text/aho-corasick";

describe("multi-pattern matcher", () => {
  it("finds every occurrence of every pattern in one pass, overlapping ones included", () => {
    const ac = new AhoCorasick(["he", "she", "his", "hers", "果汁", "汁"]);
    const found = ac.search("ushers 果汁").map((o) => `${o.pattern}@${o.start}-${o.end}`);
    expect(found.sort()).toEqual(["0@2-4", "1@1-4", "3@2-6", "4@7-9", "5@8-9"].sort());
  });

  it("reports offsets that slice the matched text back out", () => {
    const patterns = ["セーター", "ウール", "ラム"];
    const text = "ラムウール ケーブル編みセーター";
    for (const o of new AhoCorasick(patterns).search(text)) expect(text.slice(o.start, o.end)).toBe(patterns[o.pattern]);
  });

  it("finds nothing in a text without any pattern", () => {
    expect(new AhoCorasick(["abc"]).search("abd ab c")).toEqual([]);
  });
});
