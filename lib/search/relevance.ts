import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { normalizeText } from "@/lib/text/normalize";
import { queryConcepts } from "./concepts";
import { hsCodesNamedBy } from "./hs-match";
import { latinWords, queryTokens, requiredTokens, tokenAlternatives } from "./tokens";

/**
 * `match` and `score` read search_items `s`; `cardScore`, added to the score when present, reads
 * the row's search_cards `c`, joined for the rows passing every filter only.
 */
export type TextQuery = { match: SQL; score: SQL; cardScore?: SQL };

export function textArray(values: string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * Matching and relevance, in two passes (the choice, documented):
 *
 * Strict pass: every query token must be in the item's texts (a whole katakana word stands for
 * its bigrams: see requiredTokens). Tokens are CJK bigrams and whole Latin words of the
 * normalized text (NFKC, lower case, kanji folded to Simplified), plus Latin word prefixes, in a GIN-indexed array: 针织 meets 針織, ニット meets ニットセーター, "knit" meets
 * "knitted", across ja/zh/en with no dictionary. An item also matches when its HS code's chapter
 * or heading name (ja/zh/en, matched in memory by hs-match.ts) holds half the query's tokens, or
 * when the query is its HS code. Score = 2 × share of query tokens in its own name and keywords
 * + 0.5 for an HS-name match + 2 for an exact keyword or HS code: a product named by the query
 * outranks one found only through its heading's name. All of it is array operators on small
 * inline arrays, so scoring thousands of candidates stays within the latency budget.
 *
 * Goods across languages: the goods the query names (the term layer, concepts.ts) are concept
 * tokens such as "@6110k" that items carry for the goods their texts name. An item holding every
 * concept of the query (in another script) matches too, and a concept in its own name adds 1.5 × their share: 毛衣
 * finds a Japanese-only セーター, ranked below an item that also holds the query's own words.
 *
 * Relaxed pass, only when the strict one finds nothing: any query token, or any indexed Latin
 * word close to a Latin query word for typos ("towell" → "towel"): pg_trgm word similarity
 * (`%>`) looks the query's words up among the distinct words of the catalog (search_words, a
 * few thousand rows), and items are then found through the token index like any other word.
 * Ranked by word_similarity between the query and the item's text (on its card) plus the token
 * share; word_similarity costs microseconds per row, fine for the rows of a fallback only.
 */
export function textQuery(q: string, similar?: string[]): TextQuery {
  const relaxed = Boolean(similar);
  const normalized = normalizeText(q);
  const tokens = queryTokens(q);
  const digits = normalized.replace(/[.\s]/g, "");
  const hs = /^\d{2,6}$/.test(digits) ? digits : undefined;
  const named = hs ? [] : hsCodesNamedBy(tokens);
  const concepts = hs ? [] : queryConcepts(q);
  const has = (column: SQL, t: string) => sql`(${column} && ${textArray(tokenAlternatives(t))})`;
  const share = (column: SQL) =>
    tokens.length
      ? sql`((${sql.join(
          tokens.map((t) => sql`${has(column, t)}::int`),
          sql` + `,
        )})::float8 / ${tokens.length})`
      : sql`0`;
  const required = requiredTokens(tokens);
  const matches: SQL[] = [];
  const any = [...new Set([...tokens.flatMap(tokenAlternatives), ...(similar ?? [])])];
  if (relaxed ? any.length : required.length)
    matches.push(
      relaxed
        ? sql`s.tokens && ${textArray(any)}`
        : sql`(${sql.join(
            required.map((t) => has(sql`s.tokens`, t)),
            sql` and `,
          )})`,
    );
  if (named.length) matches.push(sql`s.hs_named && ${textArray(named)}`);
  if (concepts.length)
    matches.push(
      sql`(${sql.join(
        concepts.map((c) => sql`s.tokens && ${textArray(c)}`),
        sql` and `,
      )})`,
    );
  if (hs) matches.push(sql`s.hs_keys @> ${textArray([hs])}`);
  if (matches.length === 0) return { match: sql`false`, score: sql`0` };
  const score = sql`(2 * ${share(sql`s.tokens[1:s.name_token_count]`)}
    ${relaxed ? sql`+ ${share(sql`s.tokens`)}` : sql``}
    ${named.length ? sql`+ 0.5 * (s.hs_named && ${textArray(named)})::int` : sql``}
    ${concepts.length ? sql`+ 1.5 * ${conceptShare(concepts)}` : sql``}
    + 2 * (s.keywords @> ${textArray([normalized])})::int ${hs ? sql`+ 2 * (s.hs_keys @> ${textArray([hs])})::int` : sql``})`;
  const cardScore = relaxed ? sql`word_similarity(${normalized}, c.text)` : undefined;
  return { match: sql`(${sql.join(matches, sql` or `)})`, score, cardScore };
}

/** Share of the query's concepts among an item's name tokens. */
function conceptShare(concepts: string[][]): SQL {
  return sql`((${sql.join(
    concepts.map((c) => sql`(s.tokens[1:s.name_token_count] && ${textArray(c)})::int`),
    sql` + `,
  )})::float8 / ${concepts.length})`;
}

/** The query's Latin words: those whose close spellings a relaxed pass looks up (search_words). */
export function latinQueryWords(q: string): string[] {
  return latinWords(queryTokens(q));
}

/**
 * Whether the relaxed pass may find rows the strict one does not: with several words (any of
 * them is enough) or a close spelling that is not a query word itself.
 */
export function relaxedWidens(q: string, similar: string[]): boolean {
  const tokens = queryTokens(q);
  return tokens.length > 1 || similar.some((w) => !tokens.includes(w));
}
