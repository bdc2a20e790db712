import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { columnFor } from "@/lib/catalog/csv/columns";
import { decodeCsv } from "@/lib/catalog/csv/decode";
import { parseProductCsv } from "@/lib/catalog/csv/parse";
import { toPreview } from "@/lib/catalog/csv/preview";
import { translatorFor } from "@/lib/i18n/translator";

const text = "製品名,最低価格\r\n南部鉄器 急須,4800\r\n";

describe("CSV decoding", () => {
  it("reads UTF-8 with a BOM, without the BOM in the text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: "utf-8" });
  });

  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("falls back to CP932 for Excel's Shift_JIS, including NEC and IBM extensions", () => {
    const withExtensions = `${text}①髙橋 ㈱,100\r\n`;
    const bytes = new Uint8Array(iconv.encode(withExtensions, "cp932"));
    expect(decodeCsv(bytes)).toEqual({ text: withExtensions, encoding: "shift_jis" });
  });

  it("reads Excel's UTF-16 'Unicode text'", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: "utf-16le" });
  });
});

describe("CSV headers", () => {
  it("maps Japanese and English names, whatever their width, case and spacing", () => {
    expect(columnFor("製品名")).toBe("name_ja");
    expect(columnFor("name")).toBe("name_ja");
    expect(columnFor("製品名（英語）")).toBe("name_en");
    expect(columnFor("製品名(英語)")).toBe("name_en");
    expect(columnFor(" Name EN ")).toBe("name_en");
    expect(columnFor("ＨＳコード")).toBe("hs_code");
    expect(columnFor("納期（日）")).toBe("lead_time_days");
    expect(columnFor("Lead Time Days")).toBe("lead_time_days");
    expect(columnFor("price_min")).toBe("price_min");
    expect(columnFor("colour")).toBeUndefined();
  });
});

describe("CSV that cannot be parsed", () => {
  const broken = new TextEncoder().encode('name,hs_code\nKnit cap,6505\n"Wool scarf,6117\nStole,6214\n');

  it("tells the reader where reading stopped in their language, without the parser's English", () => {
    const parsed = parseProductCsv(broken);
    expect(parsed.fileProblems).toEqual([{ key: "catalog.errors.csvUnreadableLine", params: { line: 4 } }]);
    const ja = toPreview(parsed, translatorFor("ja"), "ja").fileErrors[0]!;
    expect(ja).toContain("4行目");
    expect(ja).not.toMatch(/[A-Za-z]{4,}/);
    expect(toPreview(parsed, translatorFor("zh"), "zh").fileErrors[0]).toContain("第 4 行");
    expect(toPreview(parsed, translatorFor("en"), "en").fileErrors[0]).not.toMatch(/Quote|Not Closed/i);
  });
});

describe("CSV import preview", () => {
  const csv = new TextEncoder().encode("製品名,製品名（中国語）,製品名（英語）,最低価格\n南部鉄器 急須,南部铁壶,Nambu iron teapot,4800\n今治タオル,,,1200\n");

  it("names each sample row in the reader's language, falling back like product pages do", () => {
    const sample = (locale: "ja" | "zh" | "en") => toPreview(parseProductCsv(csv), translatorFor(locale), locale).sample.map((s) => [s.name, s.nameLang]);
    expect(sample("zh")).toEqual([
      ["南部铁壶", "zh"],
      ["今治タオル", "ja"],
    ]);
    expect(sample("en")).toEqual([
      ["Nambu iron teapot", "en"],
      ["今治タオル", "ja"],
    ]);
    expect(sample("ja")).toEqual([
      ["南部鉄器 急須", "ja"],
      ["今治タオル", "ja"],
    ]);
  });
});
