/**
 * DATABASE_READ_URL: search reads from the replica when one is configured, while writes and every
 * other read stay on the database itself. The replica here is a second database that holds other
 * rows than the primary, so the test sees which one answered.
 */
import { afterEach, describe, expect, it } from "vitest";
import { getDb, getReadDb, openPglite, setDbHandle, setReadDbHandle, type DbHandle } from "@/db/client";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor } from "@/lib/search/query";
import { insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

const primary = withTestDatabase();
let replica: DbHandle | undefined;

afterEach(async () => {
  setReadDbHandle(undefined);
  setDbHandle(primary.handle());
  await replica?.close();
  replica = undefined;
});

async function names(q: string): Promise<string[]> {
  const result = await searchItemsFor({ role: "distributor" }, parseSearchParams({ q, type: "product" }));
  return result.hits.map((h) => h.name.ja ?? "");
}

describe("a read replica", () => {
  it("is the database itself when none is configured", async () => {
    expect(await getReadDb()).toBe(await getDb());
    await insertSupplier({}, [{ name: { ja: "ニットセーター" }, hsCode: "6110" }]);
    expect(await names("ニット")).toEqual(["ニットセーター"]);
  });

  it("answers search when set, while writes and other reads stay on the database", async () => {
    await insertSupplier({}, [{ name: { ja: "ニットセーター" }, hsCode: "6110" }]);
    replica = await openPglite(undefined);
    await replica.migrate();
    // The replica holds another supplier (written there directly, standing in for replication).
    setDbHandle(replica);
    await insertSupplier({ ref: "towel-works" }, [{ name: { ja: "今治タオル" }, hsCode: "6302" }]);
    setDbHandle(primary.handle());

    setReadDbHandle(replica);
    expect(await getDb()).toBe(primary.handle().db);
    expect(await names("タオル")).toEqual(["今治タオル"]);
    expect(await names("ニット")).toEqual([]);

    setReadDbHandle(undefined);
    expect(await names("ニット")).toEqual(["ニットセーター"]);
    expect(await names("タオル")).toEqual([]);
  });
});
