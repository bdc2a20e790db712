import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { chambers, users } from "@/db/schema";
import { demoAccounts, demoPassword, seedDemo } from "@/db/seed";
import { checkCredentials } from "@/lib/auth/credentials";
import { withTestDatabase } from "../support/database";

withTestDatabase();

describe("the demo seed", () => {
  it("creates the documented accounts once, however often it runs", async () => {
    expect((await seedDemo()).created).toHaveLength(demoAccounts.length);
    expect((await seedDemo()).created).toEqual([]);
    const db = await getDb();
    const rows = await db.select({ email: users.email, role: users.role }).from(users);
    expect(rows.map((r) => r.role).sort()).toEqual(["chamber_admin", "distributor", "platform_admin", "sme"]);
    const allChambers = await db.select().from(chambers);
    expect(allChambers).toHaveLength(1);
    expect(allChambers[0]!.name).toMatchObject({ ja: "見附商工会議所" });
  });

  it("lets every demo account sign in with the documented password", async () => {
    await seedDemo();
    for (const account of demoAccounts) {
      const result = await checkCredentials({ email: account.email, password: demoPassword, ip: "127.0.0.1" });
      expect(result.status).toBe("ok");
    }
  });
});
