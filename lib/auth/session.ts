import "server-only";
import { cache } from "react";
import type { User } from "@/db/schema";
import { findUserByIdForRequest } from "@/lib/accounts/users";
import { auth } from "./config";

export type SessionLookup = { status: "signed_out" } | { status: "refused"; user?: User } | { status: "active"; user: User };

/**
 * Resolves the session cookie to a user re-read from the database, so that a suspended or deleted
 * account is refused at its next request rather than when its token expires. Memoized per server
 * render (the header and the page both ask); outside a render, such as in an action, it runs each time.
 */
export const lookupSessionUser = cache(async function lookupSessionUser(): Promise<SessionLookup> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return { status: "signed_out" };
  const user = await findUserByIdForRequest(id);
  if (!user) return { status: "refused" };
  if (user.status !== "active") return { status: "refused", user };
  return { status: "active", user };
});
