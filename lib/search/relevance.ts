import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { normalizeText } from "@/lib/text/normalize";
import { hsCodesNamedBy } from "./hs-match";
import { queryTokens, tokenAlternatives } from "./tokens";

export type TextQuery = { match: SQL; score: SQL };

export function textArray(values: string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

const latin = /\p{Script=Latin}/u;

/**
 * Matching and relevance, in two passes (the choice, documented):
 *
 * Strict pass: every query token must be in the item's texts. Tokens are CJK bigrams and whole
 * Latin words of the normalized text (NFKC, lower case, kanji folded to Simplified), plus Latin
 * word prefixes, in a GIN-indexed array: 针织 meets 針織, ニット meets ニットセーター, "knit" meets
 * "knitted", across ja/zh/en with no dictionary. An item also matches when its HS code's chapter
 * or heading name (ja/zh/en, matched in memory by hs-match.ts) holds half the query's tokens, or
 * when the query is its HS code. Score = 2 × share of query tokens in its own name and keywords
 * + 0.5 for an HS-name match + 2 for an exact keyword or HS code: a product named by the query
 * outranks one found only through its heading's name. All of it is array operators on small
 * inline arrays, so scoring thousands of candidates stays within the latency budget.
 *
 * Relaxed pass, only when the strict one finds nothing: any query token, or pg_trgm word
 * similarity (`%>`, through the trigram GIN index on the short names text) for Latin typos
 * ("towell" → "towel"), ranked by word_similarity plus the token share. word_similarity costs
 * microseconds per row, too much for every broad query, but right for the few rows of a fallback.
 */
/** Whether the relaxed pass may find more than the strict one: several words, or Latin letters for trigrams. */
export function relaxedWidens(q: string): boolean {
  return queryTokens(q).length > 1 || latin.test(normalizeText(q));
}

export function textQuery(q: string, relaxed: boolean): TextQuery {
  const normalized = normalizeText(q);
  const tokens = queryTokens(q);
  const digits = normalized.replace(/[.\s]/g, "");
  const hs = /^\d{2,6}$/.test(digits) ? digits : undefined;
  const named = hs ? [] : hsCodesNamedBy(tokens);
  const has = (column: SQL, t: string) => sql`(${column} && ${textArray(tokenAlternatives(t))})`;
  const share = (column: SQL) =>
    tokens.length
      ? sql`((${sql.join(
          tokens.map((t) => sql`${has(column, t)}::int`),
          sql` + `,
        )})::float8 / ${tokens.length})`
      : sql`0`;
  const matches: SQL[] = [];
  if (tokens.length)
    matches.push(relaxed ? sql`s.tokens && ${textArray(tokens.flatMap(tokenAlternatives))}` : sql`(${sql.join(tokens.map((t) => has(sql`s.tokens`, t)), sql` and `)})`);
  if (relaxed && latin.test(normalized)) matches.push(sql`s.text %> ${normalized}`);
  if (named.length) matches.push(sql`s.hs_named && ${textArray(named)}`);
  if (hs) matches.push(sql`s.hs_keys @> ${textArray([hs])}`);
  if (matches.length === 0) return { match: sql`false`, score: sql`0` };
  const score = sql`(2 * ${share(sql`s.name_tokens`)}
    ${relaxed ? sql`+ ${share(sql`s.tokens`)} + word_similarity(${normalized}, s.text)` : sql``}
    ${named.length ? sql`+ 0.5 * (s.hs_named && ${textArray(named)})::int` : sql``}
    + 2 * (s.keywords @> ${textArray([normalized])})::int ${hs ? sql`+ 2 * (s.hs_keys @> ${textArray([hs])})::int` : sql``})`;
  return { match: sql`(${sql.join(matches, sql` or `)})`, score };
}
