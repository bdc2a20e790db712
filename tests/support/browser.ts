import { requestHeaders } from "./request";

/**
 * A browser for tests that drive the real Auth.js: its cookie jar stands behind next/headers, so
 * server actions that sign in or out read and write it as they would a request's. Tests mock
 * next/headers with `browserHeadersModule(browser)`.
 */
export class TestBrowser {
  readonly jar = new Map<string, string>();
  constructor(public ip = "203.0.113.10") {}

  cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  headers(): Headers {
    return requestHeaders({ host: "localhost:3000", cookie: this.cookieHeader(), "x-forwarded-for": this.ip });
  }

  /** A copy of this browser's cookies in another browser, as an attacker who stole them would hold. */
  copy(): TestBrowser {
    const other = new TestBrowser(this.ip);
    for (const [name, value] of this.jar) other.jar.set(name, value);
    return other;
  }
}

export function browserHeadersModule(current: () => TestBrowser) {
  return {
    headers: async () => current().headers(),
    cookies: async () => ({
      get: (name: string) => (current().jar.has(name) ? { name, value: current().jar.get(name)! } : undefined),
      getAll: () => [...current().jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => current().jar.has(name),
      set: (name: string, value: string, options?: { maxAge?: number; expires?: Date }) => {
        const expired = options?.maxAge === 0 || (options?.expires && options.expires.getTime() <= Date.now());
        if (expired || value === "") current().jar.delete(name);
        else current().jar.set(name, value);
      },
      delete: (name: string) => current().jar.delete(name),
    }),
  };
}
