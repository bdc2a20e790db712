/** Checks an uploaded exchange document and reports every problem with its JSON path. */
import type { z } from "zod";
import { exchangeError, pathString, type ExchangeError, type ExchangeErrorCode, type PathSegment } from "./errors";
import { EXCHANGE_FORMAT } from "./limits";
import { documentRuleIssues } from "./rules";
import { exchangeDocumentSchema, type ExchangeDocument } from "./schema";

export { formatErrors, type ExchangeError } from "./errors";

export type ExchangeParseResult = { ok: true; doc: ExchangeDocument } | { ok: false; errors: ExchangeError[] };

/** Past this many, a report stops being read; the rest are counted. */
const MAX_ERRORS = 500;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const typeCodes: Record<string, ExchangeErrorCode> = {
  string: "notString",
  int: "notInteger",
  number: "notInteger",
  array: "notArray",
  object: "notObject",
};

function fromIssue(issue: z.core.$ZodIssue, input: unknown): ExchangeError[] {
  const path = issue.path as PathSegment[];
  // zod reports a missing enum or literal as a wrong value; the reader needs "is required".
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && valueAt(input, path) === undefined) {
    return [exchangeError(path, "required")];
  }
  switch (issue.code) {
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as { code?: ExchangeErrorCode } & Record<string, string | number>;
      return [exchangeError(path, code ?? "invalid", params)];
    }
    case "invalid_type":
      return [exchangeError(path, typeCodes[issue.expected] ?? "invalid")];
    case "too_big": {
      const max = Number(issue.maximum);
      const code = issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "tooLarge";
      return [exchangeError(path, code, { max })];
    }
    case "too_small":
      if (issue.origin === "array") return [exchangeError(path, "emptyList")];
      return [exchangeError(path, "tooSmall", { min: Number(issue.minimum) })];
    case "invalid_value":
      if (pathString(path) === "format") return [exchangeError(path, "unknownFormat", { expected: EXCHANGE_FORMAT })];
      return [exchangeError(path, "enum", { allowed: issue.values.map(String).join(", ") })];
    case "unrecognized_keys":
      return issue.keys.map((key) => exchangeError([...path, key], "unknownField"));
    default:
      return [exchangeError(path, "invalid")];
  }
}

function companyIndex(error: ExchangeError): number {
  const match = /^companies\[(\d+)\]/.exec(error.path);
  return match ? Number(match[1]) : -1;
}

/** Every error once, grouped by company in file order, capped at MAX_ERRORS. */
function report(errors: ExchangeError[]): ExchangeError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => companyIndex(a) - companyIndex(b));
  if (unique.length <= MAX_ERRORS) return unique;
  return [...unique.slice(0, MAX_ERRORS), exchangeError("", "moreErrors", { count: unique.length - MAX_ERRORS })];
}

export function parseExchange(input: unknown): ExchangeParseResult {
  const result = exchangeDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  // The cross-field rules only run inside zod once the structure is sound; run them here too so
  // one malformed field does not hide a duplicate ref elsewhere.
  const errors = result.error.issues.flatMap((issue) => fromIssue(issue, input));
  for (const rule of documentRuleIssues(input)) errors.push(exchangeError(rule.path, rule.code, rule.params));
  return { ok: false, errors: report(errors) };
}

/** For uploads and the CLI: the file's text, which may not even be JSON. */
export function parseExchangeText(text: string): ExchangeParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: [exchangeError("", "notJson")] };
  }
  return parseExchange(input);
}
