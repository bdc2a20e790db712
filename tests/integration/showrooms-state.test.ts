import { describe, expect, it } from "vitest";
import { displayToday, isIsoDate } from "@/lib/showrooms/dates";
import { fitsCategories, offerState } from "@/lib/showrooms/state";

describe("offer state and category hints", () => {
  it("counts days in China: an offer ending on 31 March is open until midnight in Yanji", () => {
    const offer = { status: "open", endsOn: "2027-03-31" };
    expect(displayToday(new Date("2027-03-31T15:59:00Z"))).toBe("2027-03-31");
    expect(offerState(offer, new Date("2027-03-31T15:59:00Z"))).toBe("open");
    expect(offerState(offer, new Date("2027-03-31T16:00:00Z"))).toBe("ended");
    expect(offerState({ ...offer, status: "closed" }, new Date("2027-01-01T00:00:00Z"))).toBe("closed");
  });

  it("accepts only real calendar dates", () => {
    expect(["2027-02-28", "2028-02-29"].map(isIsoDate)).toEqual([true, true]);
    expect(["2027-02-29", "2027-13-01", "27-01-01", "2027/01/01"].map(isIsoDate)).toEqual([false, false, false, false]);
  });

  it("tells whether a product's HS code lies under the accepted chapters or headings", () => {
    expect(fitsCategories("611020", ["61", "2208"])).toBe(true);
    expect(fitsCategories("620342", ["61", "2208"])).toBe(false);
    expect(fitsCategories(null, ["61"])).toBeUndefined();
    expect(fitsCategories(null, [])).toBe(true);
  });
});
