import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/hs/route";
import { hsName } from "@/lib/hs/nomenclature";

async function call(query: string): Promise<{ status: number; body: { results?: { code: string; name: string }[]; error?: string } }> {
  const response = GET(new Request(`http://localhost/api/hs?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/hs", () => {
  it("searches by word in any language and names the results in the requested one", async () => {
    const { status, body } = await call(`q=${encodeURIComponent("针织")}&locale=ja`);
    expect(status).toBe(200);
    expect(body.results?.find((r) => r.code === "6110")).toEqual({ code: "6110", name: hsName("6110", "ja") });
  });

  it("searches by code prefix", async () => {
    const { body } = await call("q=6110&locale=en");
    expect(body.results).toEqual([{ code: "6110", name: hsName("6110", "en") }]);
  });

  it("returns at most 20 results", async () => {
    const { body } = await call("q=8&locale=zh");
    expect(body.results).toHaveLength(20);
    expect(body.results?.every((r) => r.code.startsWith("8"))).toBe(true);
  });

  it("names an exact code, a subheading by its heading", async () => {
    const { body } = await call("code=611020&locale=zh");
    expect(body.results).toEqual([{ code: "611020", name: hsName("6110", "zh") }]);
  });

  it("defaults to English and to no results for an empty query", async () => {
    expect((await call("q=")).body.results).toEqual([]);
    expect((await call("q=6110")).body.results?.[0]?.name).toBe(hsName("6110", "en"));
  });

  it("rejects an unknown locale, a malformed code and an overlong query", async () => {
    for (const query of ["q=knit&locale=fr", "code=61a0", `q=${"x".repeat(101)}`]) {
      const { status, body } = await call(query);
      expect(status, query).toBe(400);
      expect(body.results).toBeUndefined();
    }
  });
});
