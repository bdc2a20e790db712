// The term layer in search: goods named in one language are found by a query in another, with no
// shared character (毛衣 / セーター, 果汁 / ジュース, 袜子 / 靴下).
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor, type SearchViewer } from "@/lib/search/query";
import { insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

const distributor: SearchViewer = { role: "distributor" };

async function names(query: Record<string, string>) {
  const result = await searchItemsFor(distributor, parseSearchParams(query));
  return result.hits.map((h) => h.name.ja ?? h.name.zh ?? h.name.en);
}

// A catalogue big enough for a second page: other textiles, other wool goods, food.
async function catalogue() {
  const filler = ["綿のハンカチ", "麻のストール", "今治タオル", "羊毛フェルトのコースター", "シルクのスカーフ", "デニム生地", "帆布のトートバッグ", "革の財布"];
  const food = ["りんごジュース 1L", "抹茶 100g", "醤油 500ml", "煎餅 詰め合わせ", "梅干し"];
  await insertSupplier(
    {},
    [...filler, ...food].map((name) => ({ name: { ja: name } })),
  );
  for (let i = 1; i <= 24; i++) await insertSupplier({}, [{ name: { zh: `纯棉毛巾 ${i}号` } }]);
  await insertSupplier({}, [{ name: { ja: "ウール靴下" } }, { name: { en: "Merino wool socks" } }]);
  await insertSupplier({}, [{ name: { ja: "ラムウール ケーブル編みセーター" } }]);
}

describe("search through the term layer", () => {
  it("finds a Japanese-only lambswool sweater on the first page for 毛衣, ranked above wool socks", async () => {
    await catalogue();
    const hits = await names({ q: "毛衣", type: "product" });
    expect(hits).toContain("ラムウール ケーブル編みセーター");
    const sweater = hits.indexOf("ラムウール ケーブル編みセーター");
    for (const socks of ["ウール靴下", "Merino wool socks"]) if (hits.includes(socks)) expect(hits.indexOf(socks)).toBeGreaterThan(sweater);
    expect(hits).not.toContain("今治タオル");
  });

  it("finds the sweater on the first page for 羊毛, above the socks that only say wool", async () => {
    await catalogue();
    const hits = await names({ q: "羊毛", type: "product" });
    expect(hits.indexOf("ラムウール ケーブル編みセーター")).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf("ラムウール ケーブル編みセーター")).toBeLessThan(hits.indexOf("ウール靴下"));
    expect(hits).toContain("Merino wool socks");
  });

  it("finds ジュース by 果汁 and 果汁 by ジュース", async () => {
    await insertSupplier({}, [{ name: { ja: "みかんジュース 1L瓶" } }, { name: { ja: "梅干し" } }]);
    await insertSupplier({}, [{ name: { zh: "纯苹果汁" } }, { name: { zh: "绿茶" } }]);
    expect(await names({ q: "果汁", type: "product" })).toEqual(expect.arrayContaining(["みかんジュース 1L瓶", "纯苹果汁"]));
    expect(await names({ q: "ジュース", type: "product" })).toEqual(expect.arrayContaining(["みかんジュース 1L瓶", "纯苹果汁"]));
    expect(await names({ q: "果汁", type: "product" })).not.toContain("梅干し");
  });

  it("finds 靴下 by 袜子 and 袜子 by 靴下", async () => {
    await insertSupplier({}, [{ name: { ja: "五本指靴下" } }, { name: { ja: "手ぬぐい" } }]);
    await insertSupplier({}, [{ name: { zh: "纯棉袜子" } }]);
    expect(await names({ q: "袜子", type: "product" })).toEqual(expect.arrayContaining(["五本指靴下", "纯棉袜子"]));
    expect(await names({ q: "靴下", type: "product" })).toEqual(expect.arrayContaining(["五本指靴下", "纯棉袜子"]));
    expect(await names({ q: "袜子", type: "product" })).not.toContain("手ぬぐい");
  });
});
