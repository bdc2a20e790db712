import { describe, expect, it } from "vitest";
import { endOfDay, needOpen, quotationValid } from "@/lib/quotations/dates";
import { trackingUrl } from "@/lib/samples/tracking";

describe("quotation and need days", () => {
  it("ends a day at local midnight: 15:00 UTC in Tokyo, 16:00 UTC in Shanghai", () => {
    expect(endOfDay("2027-03-31", "Asia/Tokyo").toISOString()).toBe("2027-03-31T15:00:00.000Z");
    expect(endOfDay("2027-03-31", "Asia/Shanghai").toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(endOfDay("2028-02-29", "Asia/Tokyo").toISOString()).toBe("2028-02-29T15:00:00.000Z");
  });

  it("keeps a quotation valid through its last day in Japan, even while China is still on it", () => {
    expect(quotationValid("2027-06-30", new Date("2027-06-30T14:59:59Z"))).toBe(true);
    expect(quotationValid("2027-06-30", new Date("2027-06-30T15:00:00Z"))).toBe(false);
  });

  it("keeps a need open through its deadline day in China, an hour after Japan's day has ended", () => {
    expect(needOpen("2027-06-30", new Date("2027-06-30T15:30:00Z"))).toBe(true);
    expect(needOpen("2027-06-30", new Date("2027-06-30T16:00:00Z"))).toBe(false);
    expect(needOpen(null, new Date("2099-01-01T00:00:00Z"))).toBe(true);
  });
});

describe("tracking links", () => {
  it("links the usual carriers' tracking pages with the number encoded, and none for another carrier", () => {
    expect(trackingUrl("japan_post_ems", "EE123456789JP")).toBe(
      "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EE123456789JP&locale=en",
    );
    expect(trackingUrl("yamato", "1234-5678-9012")).toContain("number01=1234-5678-9012");
    expect(trackingUrl("sf_express", "SF1234567890")).toBe("https://www.sf-express.com/chn/en/waybill/waybill-detail/SF1234567890");
    expect(trackingUrl("ups", " 1Z 999&x ")).toBe("https://www.ups.com/track?tracknum=1Z%20999%26x");
    for (const carrier of ["sagawa", "dhl", "fedex"] as const) expect(trackingUrl(carrier, "123456")).toMatch(/^https:\/\/[^\s]+123456/);
    expect(trackingUrl("other", "123456")).toBeUndefined();
  });
});
