/**
 * The HS categories an offer may accept: a chapter (2 digits), heading (4) or subheading (6).
 * Checked by form only: lib/hs/nomenclature did not exist yet when this was written; switch to its
 * isValidHsCode once it does, so that "9999" is refused too.
 */
export function isAcceptedCategory(code: string): boolean {
  return /^\d{2}(\d{2}(\d{2})?)?$/.test(code) && code.slice(0, 2) !== "00" && Number(code.slice(0, 2)) <= 97;
}
