// The keyword tables of every data file, compiled once per process and shared by inference and
// search.
import { consumerGoodsKeywords } from "./data/keywords-consumer-goods";
import { foodKeywords } from "./data/keywords-food";
import { glossaryKeywords } from "./data/keywords-glossary";
import { industrialKeywords } from "./data/keywords-industrial";
import { compileKeywordTables, type CompiledKeyword, type KeywordTable } from "./keyword-table";

export const hsKeywordTables: readonly KeywordTable[] = [foodKeywords, consumerGoodsKeywords, industrialKeywords, glossaryKeywords];

// Words that contain a keyword without meaning it; they only swallow the keyword inside them.
const BLOCKERS = ["ユニット", "コミュニティ"];

let compiled: CompiledKeyword[] | undefined;

/** Normalizing thousands of keywords (OpenCC) is the costly part: done on first use, then cached. */
export function hsKeywords(): readonly CompiledKeyword[] {
  compiled ??= compileKeywordTables(hsKeywordTables, BLOCKERS);
  return compiled;
}
