import { vi } from "vitest";

// Actions revalidate the pages they change; outside a Next.js request there is no cache to
// revalidate, so tests record the calls instead.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
