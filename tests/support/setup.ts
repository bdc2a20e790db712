import { beforeEach, vi } from "vitest";
import { forgetPage, requestHeaders } from "./request";

// Actions revalidate the pages they change; outside a Next.js request there is no cache to
// revalidate, so tests record the calls instead.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Server actions read their request's headers (the Referer names the reader's language). Files
// that need more of a request (cookies, an address) mock next/headers themselves.
vi.mock("next/headers", () => ({ headers: async () => requestHeaders() }));

beforeEach(() => forgetPage());
