import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "@/db/schema";
import { authedAction, formDataToObject, type ActionCtx, type ActionState } from "@/lib/auth/action";
import { localeOr, translatorFor } from "@/lib/i18n/translator";
import { CatalogError } from "./errors";

/** ActionState plus whatever structured result a catalog action hands back (an import preview). */
export type CatalogState<D = unknown> = ActionState<D>;

type Body<S extends z.ZodType, D> = (
  input: z.output<S>,
  ctx: ActionCtx,
) => Promise<{ message?: string; redirectTo?: string; data?: D } | void>;

function echo(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/**
 * authedAction for the catalog: same session, role and zod checks, plus the catalog's own error
 * messages. Zod issues whose message is a "catalog.*" key and thrown CatalogErrors are translated
 * from our namespace, since messages.errors only holds the app-wide keys. A CatalogError thrown
 * inside a transaction has already rolled it back when it reaches here. Revalidation and the
 * redirect happen after the wrapper's try/catch, once the change is committed.
 */
type Options<S extends z.ZodType> = {
  schema: S;
  roles: readonly UserRole[];
  /** Paths (without the locale) whose pages show what the action changed. */
  revalidate?: readonly string[];
};

export function catalogAction<S extends z.ZodType, D = unknown>(options: Options<S>, body: Body<S, D>) {
  return async (prev: ActionState | undefined, formData: FormData): Promise<CatalogState<D>> => {
    let failure: CatalogError | undefined;
    let data: D | undefined;
    let redirectTo: string | undefined;
    const inner = authedAction(options, async (input, ctx) => {
      try {
        const result = await body(input, ctx);
        data = result?.data;
        redirectTo = result?.redirectTo;
        return result ? { message: result.message } : undefined;
      } catch (error) {
        if (error instanceof CatalogError) {
          failure = error;
          return;
        }
        throw error;
      }
    });
    const state = (await inner(prev, formData)) as CatalogState<D>;
    const raw = formDataToObject(formData);
    const t = translatorFor(localeOr(raw.locale));
    const tr = (key: string, params?: Record<string, string | number>) => t(key as never, params as never) as string;
    if (failure) {
      const text = tr(`catalog.errors.${failure.key}`, failure.params);
      const extra = failure.data === undefined ? {} : { data: failure.data as D };
      return failure.field
        ? { ok: false, fieldErrors: { [failure.field]: [text] }, values: echo(raw), ...extra }
        : { ok: false, message: text, values: echo(raw), ...extra };
    }
    if (!state.ok && state.fieldErrors) {
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors = { ...state.fieldErrors };
        for (const issue of parsed.error.issues) {
          if (!issue.message.startsWith("catalog.")) continue;
          const field = issue.path.map(String).join(".") || "_form";
          fieldErrors[field] = [tr(issue.message)];
        }
        return { ...state, fieldErrors };
      }
    }
    if (state.ok) {
      for (const path of options.revalidate ?? []) revalidatePath(`/${localeOr(raw.locale)}${path}`, "layout");
      if (redirectTo) redirect(redirectTo);
    }
    return data === undefined ? state : { ...state, data };
  };
}
