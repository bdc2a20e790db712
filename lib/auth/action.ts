import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { User, UserRole } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { knownKey } from "@/lib/i18n/keys";
import type { Locale } from "@/lib/i18n/routing";
import { actionLocale } from "@/lib/http/action-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { logError, newRequestId } from "@/lib/log";
import { databaseDown, isConnectionError } from "@/lib/database-state";
import { hasControlCharacters, stripControlCharacters } from "@/lib/text/control-characters";
import { admitAction, limitSubject, type ActionRateLimit } from "./action-limit";
import { assertRole } from "./assert";
import { lookupSessionUser } from "./session";

/** The one state shape every form action returns; forms show it with useActionState. */
export type ActionState<D = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, so a refused form is shown again filled in (passwords excepted). */
  values?: Record<string, string>;
  /** Small results the page shows after success, e.g. an invitation link. */
  data?: D;
};

export type Translator = ReturnType<typeof translatorFor>;
export type PublicCtx = { locale: Locale; t: Translator; requestId: string };
export type ActionCtx = PublicCtx & { user: User };

/** What an action body returns: a message to show, and where to go afterwards. */
export type ActionResult<D = unknown> = { message?: string; redirectTo?: string; data?: D } | void;

type Options<S extends z.ZodType> = {
  schema: S;
  roles?: readonly UserRole[];
  /** Paths (without the locale) whose pages show what the action changed; revalidated after success. */
  revalidate?: readonly string[];
  /** At most `max` valid submissions per `windowMinutes` by one user (or visitor's address), counted in the database. */
  rateLimit?: ActionRateLimit;
};

/** Turns FormData into a plain object; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** The text for an error key: `errors.<key>`, or a namespaced key such as "catalog.errors.x". */
function errorText(t: Translator, key: string, params?: Record<string, string | number>): string {
  const full = key.includes(".") ? key : `errors.${key}`;
  return knownKey(t, full) ? t(full, params) : t("errors.invalid");
}

function translateIssues(error: z.ZodError, t: Translator): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const known = knownKey(t, issue.message.includes(".") ? issue.message : `errors.${issue.message}`);
    let key = known ? issue.message : "invalid";
    if (key === "invalid" && issue.code === "invalid_type") key = "required";
    if (key === "invalid" && issue.code === "too_big") key = "tooLong";
    (fieldErrors[field] ??= []).push(errorText(t, key));
  }
  return fieldErrors;
}

function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Shown again without the control characters it was refused for.
    if (typeof value === "string" && !/password/i.test(key)) values[key] = stripControlCharacters(value);
  }
  return values;
}

/**
 * The fields of a form that hold control characters (NUL and the like; tab, newline and carriage
 * return are text). One check for every action's every field, before its schema runs: PostgreSQL
 * refuses NUL in text with an error, and no field of ours has a use for the others.
 */
function controlCharacterFields(raw: Record<string, unknown>): string[] {
  return Object.entries(raw)
    .filter(([, value]) => (Array.isArray(value) ? value : [value]).some((v) => typeof v === "string" && hasControlCharacters(v)))
    .map(([key]) => key);
}

/** Who is calling: a signed-in user, nobody (visitors' actions), or a refusal's message key. */
type Caller = { user?: User; refusal?: "errors.signInRequired" | "errors.accountSuspended" };

async function run<S extends z.ZodType, C extends PublicCtx, D>(
  options: Options<S>,
  formData: FormData,
  identify: () => Promise<Caller>,
  body: (input: z.output<S>, ctx: C) => Promise<ActionResult<D>>,
): Promise<ActionState<D>> {
  // The reader's language comes from the request (lib/http/action-locale.ts), never from the form.
  let locale = await actionLocale();
  let t = translatorFor(locale);
  // A client may call an action with any arguments it can serialize, not only the form's data.
  if (!(formData instanceof FormData)) return { ok: false, message: t("errors.invalidInput") };
  const raw = formDataToObject(formData);
  const requestId = newRequestId();
  let redirectTo: string | undefined;
  let message: string | undefined;
  let data: D | undefined;
  try {
    const caller = await identify();
    if (caller.user) {
      locale = await actionLocale(caller.user.locale);
      t = translatorFor(locale);
    }
    if (caller.refusal) return { ok: false, message: t(caller.refusal) };
    if (caller.user && options.roles) assertRole(caller.user, options.roles);
    const ctx = { locale, t, requestId, ...(caller.user ? { user: caller.user } : {}) } as C;
    const refused = controlCharacterFields(raw);
    if (refused.length > 0) {
      const fieldErrors = Object.fromEntries(refused.map((field) => [field, [t("errors.controlCharacters")]]));
      return { ok: false, fieldErrors, values: echoValues(raw) };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, t), values: echoValues(raw) };
    if (options.rateLimit) {
      const subject = await limitSubject(caller.user?.id, raw);
      if (!(await admitAction(options.rateLimit, subject))) {
        return { ok: false, message: t("errors.tooManyRequests", { minutes: options.rateLimit.windowMinutes }), values: echoValues(raw) };
      }
    }
    const result = await body(parsed.data, ctx);
    redirectTo = result?.redirectTo;
    message = result?.message;
    data = result?.data;
  } catch (error) {
    if (error instanceof PublicError) {
      const text = errorText(t, error.key, error.params);
      const values = echoValues(raw);
      const detail = error.data === undefined ? {} : { data: error.data as D };
      return error.field ? { ok: false, fieldErrors: { [error.field]: [text] }, values, ...detail } : { ok: false, message: text, values, ...detail };
    }
    logError(requestId, error, { action: true });
    if (databaseDown() || isConnectionError(error)) return { ok: false, message: t("ops.unavailableAction"), values: echoValues(raw) };
    return { ok: false, message: t("errors.unexpected", { requestId }), values: echoValues(raw) };
  }
  for (const path of options.revalidate ?? []) revalidatePath(`/${locale}${path}`, "layout");
  if (redirectTo) redirect(redirectTo);
  return data ? { ok: true, message, data } : { ok: true, message };
}

/**
 * Wraps a server action that needs a signed-in, active user: re-reads the user from the database,
 * checks the role, parses the form with zod and turns failures into translated field errors.
 */
export function authedAction<S extends z.ZodType, D = unknown>(options: Options<S>, body: (input: z.output<S>, ctx: ActionCtx) => Promise<ActionResult<D>>) {
  return (_prev: ActionState<D> | undefined, formData: FormData) =>
    run(
      options,
      formData,
      async (): Promise<Caller> => {
        const session = await lookupSessionUser();
        if (session.status === "signed_out") return { refusal: "errors.signInRequired" };
        if (session.status === "refused") return { refusal: "errors.accountSuspended" };
        return { user: session.user };
      },
      body,
    );
}

/** Wraps a server action open to visitors (sign-up, sign-in): parsing and error shaping only. */
export function publicAction<S extends z.ZodType, D = unknown>(options: Options<S>, body: (input: z.output<S>, ctx: PublicCtx) => Promise<ActionResult<D>>) {
  return (_prev: ActionState<D> | undefined, formData: FormData) => run(options, formData, async () => ({}), body);
}
