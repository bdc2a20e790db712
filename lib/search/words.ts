// The close-match vocabulary: every Latin word of the indexed texts, in search_words.
import "server-only";
import { sql } from "drizzle-orm";
import { bulkInsert } from "@/db/bulk";
import type { Executor } from "@/db/client";
import { searchWords } from "@/db/schema";
import { textArray } from "./relevance";
import { latinWords } from "./tokens";

/**
 * Adds the Latin words of `tokens` that search_words does not hold yet. Sorted, so that two
 * transactions adding the same new words wait for each other in order instead of deadlocking.
 */
export async function storeWords(executor: Executor, tokens: string[]): Promise<void> {
  const words = [...new Set(latinWords(tokens))].sort();
  await bulkInsert(
    executor,
    searchWords,
    words.map((word) => ({ word })),
    { onConflict: { nothing: true } },
  );
}

/** The stored words whose trigram word similarity to one of `words` reaches pg_trgm's threshold. */
export async function similarWords(executor: Executor, words: string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const result = await executor.execute(sql`select distinct w.word from unnest(${textArray(words)}) as q(word) join search_words w on w.word %> q.word`);
  const rows = Array.isArray(result) ? result : ((result as unknown as { rows: unknown[] }).rows ?? []);
  return (rows as { word: string }[]).map((r) => r.word);
}
