import { describe, expect, it } from "vitest";
import { z } from "zod";
import { definedOnly, optionalParam, pageParam, readSearchParams, safeReadSearchParams } from "@/lib/http/search-params";

const schema = z.object({ q: optionalParam(z.string().max(5)), kind: z.enum(["a", "b"]).catch("a"), page: pageParam });

describe("readSearchParams", () => {
  it("takes the first of a repeated parameter and reads an empty one as absent", () => {
    expect(readSearchParams(schema, { q: ["one", "two"], kind: "", page: ["3", "9"] })).toEqual({ q: "one", kind: "a", page: 3 });
  });

  it("drops invalid values instead of failing, and bounds the page", () => {
    expect(readSearchParams(schema, { q: "far too long", kind: "c", page: "99999999999" })).toEqual({ q: undefined, kind: "a", page: 0 });
  });

  it("reads a route handler's URLSearchParams the same way", () => {
    expect(readSearchParams(schema, new URLSearchParams("q=ab&q=cd&kind=b&page=2"))).toEqual({ q: "ab", kind: "b", page: 2 });
  });

  it("refuses bad input when parsed strictly", () => {
    const strict = z.object({ code: z.string().regex(/^\d+$/) });
    expect(safeReadSearchParams(strict, new URLSearchParams("code=12x")).success).toBe(false);
    expect(safeReadSearchParams(strict, new URLSearchParams("code=12")).data).toEqual({ code: "12" });
  });

  it("leaves undefined filters out of a link's query", () => {
    expect(new URLSearchParams(definedOnly({ region: "CN", hsChapter: undefined })).toString()).toBe("region=CN");
  });
});
