import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { chambers } from "@/db/schema";
import { chamberLabels } from "@/lib/chambers/labels";
import { withTestDatabase } from "../support/database";

withTestDatabase();

async function insertChamber(key: string, name: Record<string, string>) {
  const [row] = await (await getDb()).insert(chambers).values({ key, name }).returning();
  return row!;
}

describe("chamberLabels", () => {
  it("names each chamber in the reader's language, falling back to another language", async () => {
    const sanjo = await insertChamber("sanjo", { ja: "三条商工会議所", zh: "三条商工会议所", en: "Sanjo Chamber of Commerce" });
    const seki = await insertChamber("seki", { ja: "関商工会議所" });
    expect(await chamberLabels([sanjo.id, seki.id], "zh")).toEqual({ [sanjo.id]: "三条商工会议所", [seki.id]: "関商工会議所" });
    expect(await chamberLabels([sanjo.id], "en")).toEqual({ [sanjo.id]: "Sanjo Chamber of Commerce" });
  });

  it("names a chamber created after the names were read, without waiting for the cache to age", async () => {
    const sanjo = await insertChamber("sanjo", { ja: "三条商工会議所" });
    expect(await chamberLabels([sanjo.id], "ja")).toEqual({ [sanjo.id]: "三条商工会議所" });
    const tsubame = await insertChamber("tsubame", { ja: "燕商工会議所" });
    expect(await chamberLabels([sanjo.id, tsubame.id], "ja")).toEqual({ [sanjo.id]: "三条商工会議所", [tsubame.id]: "燕商工会議所" });
  });
});
