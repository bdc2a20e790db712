// Company registry numbers and their published check algorithms: Japan's corporate number
// (法人番号, National Tax Agency) and mainland China's unified social credit code
// (统一社会信用代码, GB 32100-2015). A number that passes its check was at least typed right; the
// chamber still checks that it belongs to the company.
import type { Country } from "@/lib/geo/regions";

export type RegistryKind = "jpCorporateNumber" | "cnCreditCode";

/** Which registry a company of this country is numbered in. */
export const registryKindOf = (country: Country): RegistryKind => (country === "JP" ? "jpCorporateNumber" : "cnCreditCode");

/** What people type, made comparable: full-width forms folded (NFKC), spaces and hyphens dropped, letters upper-case. */
export function normalizeRegistryNumber(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\-‐－ー]/gu, "")
    .toUpperCase();
}

/**
 * 法人番号: 13 digits, the first a check digit over the other twelve: 9 − (Σ Pn × Qn mod 9), Pn the
 * n-th digit counted from the right of the twelve, Qn 1 for odd n and 2 for even n.
 */
export function isJapaneseCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const base = value.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(value[0]) === 9 - (sum % 9);
}

// GB 32100-2015: 31 characters (digits and capitals without I, O, S, V, Z), weights 3^(i) mod 31.
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 统一社会信用代码: 18 characters, the last a check character over the other seventeen:
 * 31 − (Σ value × weight mod 31), 31 written as 0.
 */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (value.length !== 18) return false;
  const values = [...value].map((ch) => CREDIT_CODE_CHARS.indexOf(ch));
  if (values.some((v) => v < 0)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + values[i]! * weight, 0);
  return values[17] === (31 - (sum % 31)) % 31;
}

/** Whether `value` (normalized) is a valid number of the registry `kind`. */
export function isValidRegistryNumber(kind: RegistryKind, value: string): boolean {
  return kind === "jpCorporateNumber" ? isJapaneseCorporateNumber(value) : isUnifiedSocialCreditCode(value);
}
