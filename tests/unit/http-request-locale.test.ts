import { describe, expect, it } from "vitest";
import { acceptedLocale, fileNotFound, requestLocale } from "@/lib/http/request-locale";

const request = (headers: Record<string, string>) => new Request("http://localhost/api/images/x", { headers });

describe("the language of an API answer", () => {
  it("is the page's that sent the request, then the user's, then the browser's, then English", () => {
    expect(requestLocale(request({ referer: "http://localhost/ja/products/1", "accept-language": "zh-CN" }), "en")).toBe("ja");
    expect(requestLocale(request({ referer: "http://localhost/api/x", "accept-language": "zh-CN" }), "en")).toBe("en");
    expect(requestLocale(request({ "accept-language": "fr-FR, zh-CN;q=0.8, ja;q=0.9" }))).toBe("ja");
    expect(requestLocale(request({ referer: "not a url" }))).toBe("en");
  });

  it("reads Accept-Language by weight and ignores refused languages", () => {
    expect(acceptedLocale("en;q=0.2, zh-Hans;q=0.7")).toBe("zh");
    expect(acceptedLocale("ja;q=0, en")).toBe("en");
    expect(acceptedLocale("de, fr")).toBeUndefined();
    expect(acceptedLocale(null)).toBeUndefined();
  });

  it("says a file was not found in that language", async () => {
    const response = fileNotFound(request({ "accept-language": "ja-JP" }));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-language")).toBe("ja");
    expect(await response.text()).toBe("このファイルは存在しないか、閲覧する権限がありません。");
  });
});
