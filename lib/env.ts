/**
 * The app's configuration: every environment variable it reads, with its one default, validated
 * with zod. `loadEnv()` checks all of them at boot (db/cli/prepare.ts, instrumentation.ts, the
 * CLIs) and fails with the names of the bad variables; `env(NAME)` reads one of them anywhere,
 * client components included (it validates only that variable, so a browser bundle that sees no
 * AUTH_SECRET does not trip over the production check). `.env.example` lists the same variables
 * with the same defaults (tests/unit/env.test.ts keeps the two in step).
 */
import { z } from "zod";

type Source = Record<string, string | undefined>;

const onOff = z.enum(["on", "off"]).default("on");
const milliseconds = (fallback: number, min = 100) => z.coerce.number().int().min(min).default(fallback);

function urlWithProtocol(protocols: string[], example: string) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL such as ${example}` },
  );
}

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: urlWithProtocol(["postgres:", "postgresql:"], "postgres://user:pw@host:5432/kakehashi").optional(),
  /** A read replica of DATABASE_URL for search and the Matches page; unset: they read DATABASE_URL. */
  DATABASE_READ_URL: urlWithProtocol(["postgres:", "postgresql:"], "postgres://user:pw@replica:5432/kakehashi").optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** Required in production; in development generated once into .data/auth-secret. */
  AUTH_SECRET: z.string().min(1).optional(),
  SMTP_URL: urlWithProtocol(["smtp:", "smtps:"], "smtp://user:pass@host:587").optional(),
  MAIL_FROM: z.string().min(1).default("Kakehashi <no-reply@kakehashi.local>"),
  APP_URL: urlWithProtocol(["http:", "https:"], "https://kakehashi.example.com")
    .default("http://localhost:3000")
    .transform((value) => value.replace(/\/+$/, "")),
  /** How many proxies append to X-Forwarded-For; 0: no proxy, the header is not believed. */
  TRUSTED_PROXY_HOPS: z.string().trim().regex(/^\d+$/, "must be a whole number").default("1").transform(Number),
  /** Our proxies' addresses or CIDR ranges, comma-separated; when set, they decide instead of the hop count. */
  TRUSTED_PROXIES: z.string().optional(),
  JPY_TO_CNY_RATE: z.coerce.number().positive().default(0.048),
  KAKEHASHI_WORKERS: onOff,
  MAIL_WORKER: onOff,
  /** off: every search asks the database (the exact result cache of lib/search/cache.ts stays empty). */
  SEARCH_CACHE: onOff,
  MATCH_WORKER_INTERVAL_MS: milliseconds(5000),
  MAIL_WORKER_INTERVAL_MS: milliseconds(15000),
  /** How often the saved-search digest job looks for digests that are due (each is sent daily or weekly). */
  DIGEST_JOB_INTERVAL_MS: milliseconds(900000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long opening a PostgreSQL connection may take before the request fails. */
  DB_CONNECT_TIMEOUT_MS: milliseconds(1000),
  /** The longest a single SQL statement may run (PostgreSQL's statement_timeout). */
  DB_STATEMENT_TIMEOUT_MS: milliseconds(10000),
  /** /api/ready calls a queue stuck when its oldest due job has waited longer than this. */
  READY_QUEUE_STUCK_MS: milliseconds(300000, 1000),
});

export type Env = z.output<typeof envSchema>;
export type EnvName = keyof Env;

/** Boot-time configuration error: its message names every bad variable. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`);
}

/** Treats an empty variable (`FOO=` in a .env file) as unset, so it gets its default. */
function present(source: Source): Source {
  const out: Source = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

/** Validates the whole configuration; throws an EnvError naming each bad variable. */
export function loadEnv(source: Source = process.env): Env {
  const parsed = envSchema.safeParse(present(source));
  const problems = parsed.success ? [] : describe(parsed.error);
  if (parsed.success && parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET) {
    problems.push("AUTH_SECRET: is required in production (generate one with `openssl rand -base64 32`)");
  }
  if (parsed.success && parsed.data.DATABASE_READ_URL && !parsed.data.DATABASE_URL) {
    problems.push("DATABASE_READ_URL: names a replica of DATABASE_URL, which is not set (the embedded database has no replica)");
  }
  if (problems.length) throw new EnvError(problems);
  return parsed.data!;
}

/** loadEnv() for a command's start: a bad variable ends the process with its name on stderr. */
export function loadEnvOrExit(source: Source = process.env): Env {
  try {
    return loadEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** One variable, validated and defaulted; throws an EnvError naming it when it is malformed. */
export function env<K extends EnvName>(name: K, source: Source = process.env): Env[K] {
  const field = envSchema.shape[name] as unknown as z.ZodType<Env[K]>;
  const parsed = field.safeParse(present({ [name]: source[name] })[name]);
  if (!parsed.success) throw new EnvError(describe(parsed.error).map((p) => `${name}${p.replace(/^environment/, "")}`));
  return parsed.data;
}

export const isProduction = (source: Source = process.env) => env("NODE_ENV", source) === "production";
