// The application's HS inference, as the matching features use it. Inference is costly (keyword
// tables over normalized text) and profiles repeat the same phrases, so results are memoized by
// text, in a bounded map.
import { inferHsCode } from "@/lib/hs/infer";
import type { InferCodes } from "./features";

const MAX_MEMO = 50_000;
const memo = new Map<string, string | null>();

export const inferCodes: InferCodes = (texts) => {
  const key = texts.join("\u0000");
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const code = inferHsCode(texts);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, code);
  return code;
};
