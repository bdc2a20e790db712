import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env, EnvError, envSchema, loadEnv } from "@/lib/env";

const root = path.resolve(__dirname, "../..");

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("the configuration", () => {
  it("gives every variable its one default", () => {
    const config = loadEnv({});
    expect(config).toMatchObject({
      NODE_ENV: "development",
      PGLITE_DIR: ".data/pglite",
      APP_URL: "http://localhost:3000",
      TRUSTED_PROXY_HOPS: 1,
      JPY_TO_CNY_RATE: 0.048,
      MATCH_WORKER_INTERVAL_MS: 5000,
      MAIL_WORKER_INTERVAL_MS: 15000,
      KAKEHASHI_WORKERS: "on",
      MAIL_WORKER: "on",
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("refuses production without AUTH_SECRET, naming the variable", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/^AUTH_SECRET: is required in production/)]);
    expect(problemsOf({ NODE_ENV: "production", AUTH_SECRET: "s3cret" })).toEqual([]);
  });

  it("refuses a malformed DATABASE_URL and names every bad variable at once", () => {
    const problems = problemsOf({ DATABASE_URL: "localhost:5432/kakehashi", TRUSTED_PROXY_HOPS: "two", APP_URL: "kakehashi.example" });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["APP_URL", "DATABASE_URL", "TRUSTED_PROXY_HOPS"]);
    expect(problems.find((p) => p.startsWith("DATABASE_URL"))).toContain("postgres://");
    expect(problemsOf({ DATABASE_URL: "postgresql://u:p@db:5432/k" })).toEqual([]);
  });

  it("refuses a read replica without the database it replicates, and a malformed one", () => {
    expect(problemsOf({ DATABASE_READ_URL: "postgres://u:p@replica:5432/k" })).toEqual([
      expect.stringMatching(/^DATABASE_READ_URL: names a replica of DATABASE_URL/),
    ]);
    expect(problemsOf({ DATABASE_URL: "postgres://u:p@db:5432/k", DATABASE_READ_URL: "replica:5432/k" })).toEqual([
      expect.stringMatching(/^DATABASE_READ_URL: must be a URL/),
    ]);
    expect(problemsOf({ DATABASE_URL: "postgres://u:p@db:5432/k", DATABASE_READ_URL: "postgres://u:p@replica:5432/k" })).toEqual([]);
  });

  it("treats an empty variable as unset", () => {
    const config = loadEnv({ DATABASE_URL: "", MAIL_WORKER_INTERVAL_MS: " " });
    expect([config.DATABASE_URL, config.MAIL_WORKER_INTERVAL_MS]).toEqual([undefined, 15000]);
  });

  it("reads one variable without checking the others", () => {
    expect(env("APP_URL", { APP_URL: "https://k.example.com//", NODE_ENV: "production" })).toBe("https://k.example.com");
    expect(() => env("MATCH_WORKER_INTERVAL_MS", { MATCH_WORKER_INTERVAL_MS: "soon" })).toThrow(/^Invalid configuration:\n {2}- MATCH_WORKER_INTERVAL_MS: /);
  });
});

describe(".env.example", () => {
  const lines = readFileSync(path.join(root, ".env.example"), "utf8").split("\n");
  const entries = new Map(
    lines.flatMap((line) => {
      const match = /^#?\s?([A-Z][A-Z0-9_]+)=(.*)$/.exec(line);
      return match ? [[match[1]!, match[2]!] as const] : [];
    }),
  );

  it("lists exactly the variables lib/env.ts reads", () => {
    expect([...entries.keys()].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("shows each default as lib/env.ts has it", () => {
    const defaults = loadEnv({});
    for (const [name, value] of entries) {
      const fallback = defaults[name as keyof typeof defaults];
      if (fallback === undefined) continue; // no default: the line shows an example
      expect(`${name}=${value}`).toBe(`${name}=${String(fallback)}`);
    }
  });
});

describe("reading the environment", () => {
  it("happens only in lib/env.ts", () => {
    // Allowed elsewhere: Next's own NEXT_RUNTIME; next.config.js's dev-secret helper, which runs
    // before any TypeScript can be loaded and only fills in AUTH_SECRET for development; the
    // security headers, plain JavaScript for the same reason, reading NODE_ENV and APP_URL; and
    // server.mjs setting NODE_ENV to production as `next start` does.
    const found = execFileSync("git", ["grep", "-n", "process\\.env", "--", "app", "lib", "db", "components", "proxy.ts", "instrumentation.ts", "server.mjs"], {
      cwd: root,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .filter(
        (line) =>
          !line.startsWith("lib/env.ts:") &&
          !line.startsWith("lib/auth/dev-secret.js:") &&
          !line.startsWith("lib/http/security-headers.js:") &&
          !line.includes("process.env.NEXT_RUNTIME"),
      )
      .filter((line) => !/^server\.mjs:\d+:process\.env\.NODE_ENV = "production";$/.test(line));
    expect(found).toEqual([]);
  });
});

describe("boot", () => {
  function boot(vars: { NODE_ENV?: "production"; DATABASE_URL: string }): { status: number | null; stderr: string } {
    try {
      execFileSync("npx", ["tsx", "--conditions=react-server", "db/cli/migrate.ts"], {
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "development", ...vars },
        encoding: "utf8",
        stdio: "pipe",
      });
      return { status: 0, stderr: "" };
    } catch (error) {
      const e = error as { status: number | null; stderr: string };
      return { status: e.status, stderr: e.stderr };
    }
  }

  it("stops with the variable's name for a missing AUTH_SECRET in production or a malformed DATABASE_URL", () => {
    const noSecret = boot({ NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toContain("AUTH_SECRET: is required in production");
    const badUrl = boot({ DATABASE_URL: "mysql://localhost/kakehashi" });
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toContain("DATABASE_URL: must be a URL such as postgres://");
  }, 60_000);
});
