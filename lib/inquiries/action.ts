import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";

type Action<D> = (state: ActionState<D> | undefined, data: FormData) => Promise<ActionState<D>>;

/**
 * Refreshes the thread pages and the inbox once an action has committed: outside the action
 * wrapper's try/catch, and only on success.
 */
export function revalidatingThreads<D>(action: Action<D>): Action<D> {
  return async (state, data) => {
    const result = await action(state, data);
    if (result.ok) {
      revalidatePath("/[locale]/inquiries/[id]", "page");
      revalidatePath("/[locale]/inbox", "page");
    }
    return result;
  };
}
