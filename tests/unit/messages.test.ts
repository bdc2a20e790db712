import { describe, expect, it } from "vitest";
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

  it("use the same placeholders in every language", () => {
    const placeholders = (catalogue: unknown) =>
      keys(catalogue).map((key) => {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        return `${key}:${[...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",")}`;
      });
    expect(placeholders(ja).sort()).toEqual(placeholders(en).sort());
    expect(placeholders(zh).sort()).toEqual(placeholders(en).sort());
  });
});
