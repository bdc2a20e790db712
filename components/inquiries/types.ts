import type { ActionState } from "@/lib/auth/action";

/** A server action as the forms receive it from their page. */
export type FormAction = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
