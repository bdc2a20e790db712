/**
 * The zero-based page a `?page=` parameter asks for. Anything but a small whole number reads as
 * the first page, and pages stop at MAX_PAGE_INDEX: `?page=99999999999999999999` would otherwise
 * become an OFFSET beyond PostgreSQL's bigint and a 500.
 */
export const MAX_PAGE_INDEX = 1000;

export function pageIndex(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,7}$/.test(value.trim())) return 0;
  return Math.min(Number(value.trim()), MAX_PAGE_INDEX);
}
