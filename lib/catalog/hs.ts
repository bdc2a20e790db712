import "server-only";
import { inferHsCode } from "@/lib/hs/infer";
import { hsCodeExists } from "@/lib/hs/codes";
import { CatalogError } from "./errors";

/**
 * The sender's code when given (it must exist in the nomenclature), otherwise a suggestion
 * inferred from the texts, stored apart so it is never shown or exported as the sender's own.
 */
export function resolveHs(
  hsCode: string | undefined,
  texts: (string | undefined)[],
  field = "hsCode",
): { hsCode: string | null; inferredHsCode: string | null } {
  if (hsCode) {
    if (!hsCodeExists(hsCode)) throw new CatalogError("hsUnknown", field, { code: hsCode });
    return { hsCode, inferredHsCode: null };
  }
  const clean = texts.filter((t): t is string => Boolean(t));
  return { hsCode: null, inferredHsCode: clean.length ? inferHsCode(clean) : null };
}
