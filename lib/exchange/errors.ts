/** The exchange format's validation errors: a JSON path, a stable code and an English fragment. */
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

export type ExchangeErrorCode = keyof typeof en.exchange.errors;
export type ExchangeErrorParams = Record<string, string | number>;

/**
 * `path` is the JSON path as the spec writes it (`companies[3].products[0].hsCode`, "" for the
 * whole document); `message` completes the sentence "<path>: ..." in English; `code` and `params`
 * render it in another language from messages `exchange.errors.<code>`.
 */
export type ExchangeError = { path: string; code: ExchangeErrorCode; message: string; params?: ExchangeErrorParams };

export type PathSegment = string | number;

export function pathString(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

// The same ICU rules as the screens that show these messages in ja and zh: "and 1 more error".
const english = createTranslator({ locale: "en", messages: en, namespace: "exchange.errors" });

export function exchangeError(path: readonly PathSegment[] | string, code: ExchangeErrorCode, params?: ExchangeErrorParams): ExchangeError {
  const error: ExchangeError = {
    path: typeof path === "string" ? path : pathString(path),
    code,
    message: english(code, params),
  };
  if (params && Object.keys(params).length > 0) error.params = params;
  return error;
}

/** One line per error, `companies[3].products[0].hsCode: must be 2, 4 or 6 digits`. */
export function formatErrors(errors: readonly ExchangeError[]): string {
  return errors.map((e) => `${e.path || "(document)"}: ${e.message}`).join("\n");
}
