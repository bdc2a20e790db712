import type { ActionState } from "@/lib/auth/action";

/** The form-level message of an action's state, in a live region so that it is read out. */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  return (
    <div aria-live="polite" role="status">
      {state?.message && (
        <p className={state.ok ? "rounded-md bg-emerald-50 p-3 text-emerald-800" : "rounded-md bg-red-50 p-3 text-red-800"}>{state.message}</p>
      )}
    </div>
  );
}
