/**
 * Property-based tests (fast-check): every server action gets hostile values in its fields (NUL
 * and other control characters, lone surrogates, bidi overrides, 100,000-character strings,
 * numbers far out of range, files where text belongs, repeated keys, unknown keys) and arguments
 * that are not a form at all (deep objects, arrays, numbers). Each answer must be a success or a
 * refusal in words (a field error or a message), never a thrown error nor the "something went
 * wrong" answer that stands for a 500; and a refusal leaves the database as it was.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(async () => undefined), handlers: {} }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/headers", async () => {
  const { requestHeaders } = await import("../support/request");
  return { headers: async () => requestHeaders({ host: "localhost:3000", "x-forwarded-for": "203.0.113.9" }) };
});

const root = path.resolve(__dirname, "../..");
function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(full) && /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
type Action = (...args: unknown[]) => Promise<State | undefined>;
const actions: { name: string; file: string; call: Action; fields: string[] }[] = [];
for (const file of actionFiles(path.join(root, "app")).sort()) {
  const source = readFileSync(file, "utf8");
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  // The field names the action's file and its schemas' modules mention, plus the usual ids.
  const words = [...new Set([...source.matchAll(/\b([a-z][A-Za-z_]{1,30})\s*:/g)].map((m) => m[1]!))];
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function") actions.push({ name, file: path.relative(root, file), call: value as Action, fields: words });
  }
}

withTestDatabase();

const unexpectedText = "Something went wrong on our side";
const commonFields = [
  "locale",
  "email",
  "password",
  "name",
  "companyId",
  "productId",
  "inquiryId",
  "body",
  "subject",
  "reason",
  "page",
  "price",
  "priceMinJpy",
  "moq",
  "durationMinutes",
  "slot",
  "token",
  "json",
];

const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    "\u0000",
    "\u0007bell",
    "\u001b[31mred",
    "\uD800",
    "\uDFFF",
    "\u202Egnp.exe",
    "\uFEFF",
    "𠮷野家",
    "e\u0301",
    "‮",
    "-1",
    "-0",
    "0",
    "1e309",
    "9".repeat(400),
    "NaN",
    "Infinity",
    "-9007199254740993",
    "0x1F",
    "١٢٣",
    "__proto__",
    "constructor",
    "[object Object]",
    "null",
    "undefined",
    "true",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "00000000-0000-0000-0000-000000000000",
    "2099-02-30T25:61",
    "../../etc/passwd",
    "%00",
    "%ZZ",
  ),
  fc.constant("あ".repeat(100_000)),
  fc.constant(`${"[".repeat(2000)}${"]".repeat(2000)}`),
);
const hostileValue = fc.oneof(
  { weight: 6, arbitrary: hostileText.map((v) => [v]) },
  { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant([new File([new Uint8Array([0, 1, 2, 255])], "x\u0000.pdf", { type: "application/pdf" })]) },
);

function formOf(entries: [string, readonly (string | File)[]][]): FormData {
  const form = new FormData();
  for (const [key, values] of entries) for (const value of values) form.append(key, value);
  return form;
}

/** The whole database as text, but for the limiters' own counters. */
async function fingerprint(): Promise<string> {
  const db = await getDb();
  const result = await db.execute<{ t: string; digest: string }>(sql`
    select c.relname as t, (xpath('/row/d/text()', query_to_xml(format('select md5(coalesce(string_agg(x::text, %L order by x::text), %L)) as d from %I x', '|', '', c.relname), false, true, '')))[1]::text as digest
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname not in ('action_events', 'sign_in_attempts')
    order by c.relname`);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { t: string; digest: string }[] }).rows;
  return rows.map((r) => `${r.t}:${r.digest}`).join("\n");
}

async function callers(): Promise<Record<string, User | undefined>> {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const sme = await insertUser({ role: "sme" });
  await insertCompany({ kind: "sme", chamberId: mitsuke.id }, sme);
  const distributor = await insertUser({ role: "distributor" });
  await insertCompany({ kind: "distributor" }, distributor);
  return { visitor: undefined, sme, distributor, admin: await insertUser({ role: "platform_admin" }) };
}

/** Which caller gets past each action's role check, so that its schema and body are what is tried. */
function callerFor(file: string, name: string): string {
  if (file.includes("(auth)") || name === "acceptInviteWithAccountAction") return "visitor";
  if (file.includes("/admin/") || name === "recommendMatchAction" || /^(un|re)publishProductAction$/.test(name)) return "admin";
  if (/channels|needs|showrooms\/new/.test(file) || name === "decideApplicationAction" || name === "closeOfferAction") return "distributor";
  return "sme";
}

async function outcome(action: Action, args: unknown[]): Promise<{ state?: State; thrown?: unknown }> {
  try {
    return { state: await action(...args) };
  } catch (error) {
    const digest = (error as { digest?: string })?.digest;
    return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? {} : { thrown: error };
  }
}

describe("hostile values", () => {
  it("finds the actions to try", () => {
    expect(actions.length).toBeGreaterThanOrEqual(50);
  });

  it("get a success or a refusal in words from every action, and a refusal changes nothing", async () => {
    const users = await callers();
    const failures: string[] = [];
    for (const action of actions) {
      const user = users[callerFor(action.file, action.name)];
      authMock.auth.mockResolvedValue(user ? { user: { id: user.id }, expires: "2099-01-01" } : null);
      const fields = [...new Set([...commonFields, ...action.fields])];
      const form = fc.uniqueArray(fc.tuple(fc.constantFrom(...fields, "unknownKey"), hostileValue), { selector: ([key]) => key, maxLength: 8 });
      await fc.assert(
        fc.asyncProperty(form, async (entries) => {
          const before = await fingerprint();
          const { state, thrown } = await outcome(action.call, [undefined, formOf(entries)]);
          const label = `${action.file}#${action.name} ${JSON.stringify(entries.map(([k, v]) => [k, v.map((x) => (typeof x === "string" ? x.slice(0, 30) : "<file>"))]))}`;
          if (thrown) failures.push(`${label}: threw ${String(thrown).slice(0, 200)}`);
          else if (state?.message?.includes(unexpectedText)) failures.push(`${label}: ${state.message}`);
          else if (state && !state.ok && !state.message && !state.fieldErrors) failures.push(`${label}: refused without words`);
          if (state && !state.ok && (await fingerprint()) !== before) failures.push(`${label}: refused but changed the database`);
          return true;
        }),
        { numRuns: action.name.startsWith("signUp") || action.name.includes("Password") || action.name.includes("Invite") ? 4 : 10, seed: 20261207 },
      );
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it("refuse arguments that are not a form, whatever their shape, in words", async () => {
    const users = await callers();
    const deep = fc.letrec((tie) => ({ node: fc.oneof({ depthSize: "small" }, fc.anything(), fc.dictionary(fc.string(), tie("node"))) })).node;
    const failures: string[] = [];
    for (const action of actions) {
      const user = users[callerFor(action.file, action.name)];
      authMock.auth.mockResolvedValue(user ? { user: { id: user.id }, expires: "2099-01-01" } : null);
      await fc.assert(
        fc.asyncProperty(fc.oneof(deep, fc.constant({ locale: "en", get: 1 }), fc.constant(Number.MAX_VALUE)), async (arg) => {
          const before = await fingerprint();
          const { state, thrown } = await outcome(action.call, [arg, arg]);
          if (thrown) failures.push(`${action.file}#${action.name}: threw ${String(thrown).slice(0, 200)}`);
          else if (state && (state.ok || state.message?.includes(unexpectedText))) failures.push(`${action.file}#${action.name}: ${JSON.stringify(state)}`);
          if ((await fingerprint()) !== before) failures.push(`${action.file}#${action.name}: changed the database`);
          return true;
        }),
        { numRuns: 5, seed: 20261207 },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
