// HS hierarchy: chapter (2 digits) ⊃ heading (4) ⊃ subheading (6). A distributor's code covers a
// product's when it is a prefix of it.

/**
 * How well a distributor-side code fits a product's code, in [0, 1]:
 * - 1    the distributor names the product's heading (or a finer code of it): the most specific fit;
 * - 0.9  the distributor names the whole chapter: it covers the product, but less pointedly;
 * - 0.7  the product only gives a chapter and the distributor wants a heading inside it;
 * - 0.35 same chapter, another heading (towels 6302 vs curtains 6303): a neighbouring line, a
 *        partial fit at best;
 * - 0    anything else.
 */
export function hsFit(productCode: string, distCode: string): number {
  if (productCode.startsWith(distCode)) return distCode.length >= 4 ? 1 : 0.9;
  if (distCode.startsWith(productCode)) return 0.7;
  // Same chapter, compared without slicing: this runs for every code pair of every candidate.
  if (productCode.charCodeAt(0) === distCode.charCodeAt(0) && productCode.charCodeAt(1) === distCode.charCodeAt(1)) return 0.35;
  return 0;
}
