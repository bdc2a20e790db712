/** Checks an uploaded exchange document and reports every problem with its JSON path. */
import type { z } from "zod";
import { exchangeError, pathString, type ExchangeError, type ExchangeErrorCode, type PathSegment } from "./errors";
import { EXCHANGE_FORMAT } from "./limits";
import { documentRuleIssues } from "./rules";
import { exchangeDocumentSchema, type ExchangeDocument } from "./schema";

export { formatErrors, type ExchangeError } from "./errors";

/** On failure `input` is the file as read (when it was JSON), so a screen can name the companies its errors point at. */
export type ExchangeParseResult = { ok: true; doc: ExchangeDocument } | { ok: false; errors: ExchangeError[]; input?: unknown };

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

type Located = { error: ExchangeError; path: readonly PathSegment[] };

function at(path: readonly PathSegment[], code: ExchangeErrorCode, params?: Record<string, string | number>): Located {
  return { error: exchangeError(path, code, params), path };
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): Located[] {
  const path = issue.path as PathSegment[];
  // zod reports a missing enum or literal as a wrong value; the reader needs "is required".
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && valueAt(input, path) === undefined) {
    return [at(path, "required")];
  }
  switch (issue.code) {
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as { code?: ExchangeErrorCode } & Record<string, string | number>;
      return [at(path, code ?? "invalid", params)];
    }
    case "invalid_type":
      return [at(path, typeCodes[issue.expected] ?? "invalid")];
    case "too_big": {
      const max = Number(issue.maximum);
      const code = issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "tooLarge";
      return [at(path, code, { max })];
    }
    case "too_small":
      if (issue.origin === "array") return [at(path, "emptyList")];
      return [at(path, "tooSmall", { min: Number(issue.minimum) })];
    case "invalid_value":
      if (pathString(path) === "format") return [at(path, "unknownFormat", { expected: EXCHANGE_FORMAT })];
      return [at(path, "enum", { allowed: issue.values.map(String).join(", ") })];
    case "unrecognized_keys":
      return issue.keys.map((key) => at([...path, key], "unknownField"));
    default:
      return [at(path, "invalid")];
  }
}

/**
 * Where an error sits in the file, as positions along its path: array indexes, and for object
 * keys their order in the input (a missing key sorts first). Errors then read top to bottom.
 */
function documentOrder(input: unknown, segments: readonly PathSegment[]): number[] {
  const order: number[] = [];
  let node = input;
  for (const segment of segments) {
    if (typeof segment === "number") order.push(segment);
    else order.push(typeof node === "object" && node !== null ? Object.keys(node).indexOf(segment) : -1);
    node = typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Every error once, in the order of the file, capped at MAX_ERRORS. */
function report(input: unknown, errors: Located[]): ExchangeError[] {
  const seen = new Set<string>();
  const unique = errors
    .filter(({ error }) => {
      const key = `${error.path}\u0000${error.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ error, path }) => ({ error, order: documentOrder(input, path) }))
    .sort((a, b) => compareOrder(a.order, b.order))
    .map(({ error }) => error);
  if (unique.length <= MAX_ERRORS) return unique;
  return [...unique.slice(0, MAX_ERRORS), exchangeError("", "moreErrors", { count: unique.length - MAX_ERRORS })];
}

export type ParseOptions = {
  /**
   * "reject" (imports): a field the format does not define is an error, so a typo such as
   * `hs_code` is not silently dropped. "ignore" (`npm run match`): such fields are left out and
   * the rest is matched, as a reader of someone else's file should.
   */
  unknownFields?: "reject" | "ignore";
};

/** Removes the keys zod reported as unknown, from a copy of the input. */
function withoutUnknownKeys(input: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(input);
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const parent = valueAt(copy, issue.path) as Record<string, unknown> | undefined;
    for (const key of issue.keys) if (parent) delete parent[key];
  }
  return copy;
}

export function parseExchange(input: unknown, options: ParseOptions = {}): ExchangeParseResult {
  const result = exchangeDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  if (options.unknownFields === "ignore" && result.error.issues.some((i) => i.code === "unrecognized_keys")) {
    return parseExchange(withoutUnknownKeys(input, result.error.issues), options);
  }
  // The cross-field rules only run inside zod once the structure is sound; run them here too so
  // one malformed field does not hide a duplicate ref elsewhere.
  const errors = result.error.issues.flatMap((issue) => fromIssue(issue, input));
  for (const rule of documentRuleIssues(input)) errors.push(at(rule.path, rule.code, rule.params));
  return { ok: false, errors: report(input, errors), input };
}

/** For uploads and the CLI: the file's text, which may not even be JSON. */
export function parseExchangeText(text: string, options: ParseOptions = {}): ExchangeParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: [exchangeError("", "notJson")] };
  }
  return parseExchange(input, options);
}
