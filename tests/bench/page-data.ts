// Scale data for the page benchmarks, loaded the way users load it: the independent member list
// (member-list.ts) through `npm run import`, matches through `npm run match:recompute`, then
// ANALYZE (this machine's PostgreSQL runs without autovacuum), and two signed-up members, an SME
// and a distributor, with a thread between them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { getDb } from "@/db/client";
import { companies, companyMembers, inquiries, products, users } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";
import { openInquiry } from "@/lib/inquiries/open";
import { memberList } from "./member-list";

export const benchPassword = "bench-password-0123";
export const benchAccounts = {
  sme: { email: "bench-sme@example.jp", ref: "m-sme-0" },
  distributor: { email: "bench-distributor@example.cn", ref: "m-dist-0" },
} as const;

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

/** Empties the bench database and loads the 20,000-company member list with its matches. */
export async function loadScaleData(url: string) {
  if (!new URL(url).pathname.includes("bench")) throw new Error(`Refusing to empty ${new URL(url).pathname.slice(1)}: not a bench database.`);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`drop schema if exists drizzle cascade`;
  await sql`drop schema public cascade`;
  await sql`create schema public`;
  const work = mkdtempSync(path.join(tmpdir(), "kk-page-bench-"));
  const file = path.join(work, "member-list.json");
  writeFileSync(file, JSON.stringify(memberList({ smes: 16_000, distributors: 4_000, productsPerSme: 6, seed: 7 })));
  const env = { ...process.env, DATABASE_URL: url };
  run("npm", ["run", "--silent", "import", "--", file], env);
  run("npm", ["run", "--silent", "match:recompute"], env);
  await sql`analyze`;
  await sql.end();
  rmSync(work, { recursive: true, force: true });
}

/** The two members (created once) and the id of their thread. */
export async function benchMembers(): Promise<{ inquiryId: string; productId: string; smeCompanyId: string }> {
  const db = await getDb();
  const found = await db
    .select()
    .from(companies)
    .where(inArray(companies.ref, [benchAccounts.sme.ref, benchAccounts.distributor.ref]));
  const sme = found.find((c) => c.kind === "sme")!;
  const distributor = found.find((c) => c.kind === "distributor")!;
  const passwordHash = await hashPassword(benchPassword);
  const member = async (email: string, role: "sme" | "distributor", companyId: string) => {
    // Confirmed addresses: an unconfirmed member may not open the thread below (lib/accounts/verification.ts).
    const [existing] = await db.select().from(users).where(eq(users.email, email));
    if (existing?.emailVerifiedAt) return existing;
    if (existing) return (await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, existing.id)).returning())[0]!;
    const [user] = await db
      .insert(users)
      .values({ email, name: `Bench ${role}`, role, passwordHash, emailVerifiedAt: new Date() })
      .returning();
    await db.insert(companyMembers).values({ companyId, userId: user!.id, role: "owner" });
    return user!;
  };
  const smeUser = await member(benchAccounts.sme.email, "sme", sme.id);
  await member(benchAccounts.distributor.email, "distributor", distributor.id);
  const [thread] = await db.select({ id: inquiries.id }).from(inquiries).where(eq(inquiries.smeId, sme.id));
  const inquiryId =
    thread?.id ??
    (await openInquiry(smeUser, {
      to: distributor.id,
      source: "profile",
      subject: "越前打刃物のご案内",
      body: "弊社の三徳包丁をご紹介させてください。見本をお送りできます。",
    }));
  const [product] = await db.select({ id: products.id }).from(products).where(eq(products.companyId, sme.id)).limit(1);
  return { inquiryId, productId: product!.id, smeCompanyId: sme.id };
}
