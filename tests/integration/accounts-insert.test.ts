import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { insertUser } from "@/lib/accounts/users";
import { recordAudit } from "@/lib/audit";
import { withTestDatabase } from "../support/database";

withTestDatabase();

const account = { name: "Aoki", passwordHash: "x", role: "sme" as const, locale: "ja" };

describe("insertUser", () => {
  it("stores the email normalized and refuses the same address in other letters", async () => {
    const db = await getDb();
    const first = await insertUser(db, { ...account, email: "  Aoki@Example.JP " });
    expect(first?.email).toBe("aoki@example.jp");
    expect(await insertUser(db, { ...account, email: "AOKI@example.jp" })).toBeUndefined();
    expect(await db.select({ id: users.id }).from(users)).toHaveLength(1);
  });
});

describe("recordAudit", () => {
  it("writes a batch larger than one insert, all in the caller's transaction or none", async () => {
    const db = await getDb();
    const entry = (i: number) => ({ entity: "company", entityId: String(i), action: "import" });
    await recordAudit(
      db,
      Array.from({ length: 1500 }, (_, i) => entry(i)),
    );
    expect(await db.select({ id: auditLog.id }).from(auditLog)).toHaveLength(1500);
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, entry(9999));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entityId, "9999"))).toHaveLength(0);
  });
});
