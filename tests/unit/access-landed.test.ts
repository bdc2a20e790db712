import { describe, expect, it } from "vitest";
import { landedPrice, type Assumptions } from "@/lib/access/landed";

const assumptions: Assumptions = { fxYenPer100Cny: 2100, freightBp: 1500, insuranceBp: 30, marginBp: 3000, cbecOrderLimitFen: 500_000 };
const cutlery = { mfnBp: 700, rcepBp: null, vatBp: 1300, consumptionTaxBp: 0, consumptionTaxFenPerLitre: null };

describe("landed price", () => {
  it("turns a ¥2,100 cutlery set (HS 8215, MFN 7 %, VAT 13 %) into the shelf price computed by hand", () => {
    // By hand: ¥2,100 at ¥21 a yuan = 100.00 CNY; freight 15 % = 15.00; insurance 0.3 % = 0.30;
    // CIF 115.30; duty 7 % = 8.071 → 8.07; VAT 13 % of 123.37 = 16.0381 → 16.04;
    // landed 139.41; distributor margin 30 % = 41.823 → 41.82; shelf 181.23 CNY.
    const out = landedPrice({ exWorksJpy: 2100, route: "GT", rates: cutlery, assumptions, rcep: false });
    expect(out.cifFen).toBe(11_530);
    expect(out.dutyFen).toBe(807);
    expect(out.vatFen).toBe(1_604);
    expect(out.landedFen).toBe(13_941);
    expect(out.shelfFen).toBe(18_123);
  });

  it("lowers the price with RCEP only where the year's RCEP rate is below MFN", () => {
    const sake2026 = { mfnBp: 4000, rcepBp: 3050, vatBp: 1300, consumptionTaxBp: 1000, consumptionTaxFenPerLitre: null };
    const mfn = landedPrice({ exWorksJpy: 1500, route: "GT", rates: sake2026, assumptions, rcep: false });
    const rcep = landedPrice({ exWorksJpy: 1500, route: "GT", rates: sake2026, assumptions, rcep: true });
    expect(rcep.dutyBasis).toBe("rcep");
    expect(rcep.shelfFen).toBeLessThan(mfn.shelfFen);
    const skincare = { mfnBp: 100, rcepBp: 620, vatBp: 1300, consumptionTaxBp: 0, consumptionTaxFenPerLitre: null };
    const plain = landedPrice({ exWorksJpy: 3000, route: "GT", rates: skincare, assumptions, rcep: false });
    const withCertificate = landedPrice({ exWorksJpy: 3000, route: "GT", rates: skincare, assumptions, rcep: true });
    expect(withCertificate.dutyBasis).toBe("mfn");
    expect(withCertificate.shelfFen).toBe(plain.shelfFen);
  });

  it("charges sake consumption tax on CIF plus duty grossed up, then VAT on all three", () => {
    const sake = { mfnBp: 4000, rcepBp: null, vatBp: 1300, consumptionTaxBp: 1000, consumptionTaxFenPerLitre: null };
    // ¥2,100 = 10000 fen; CIF 11530; duty 40 % = 4612; CT = 16142 × 10/90 = 1793.6 → 1794; VAT 13 % of 17936 = 2331.68 → 2332.
    const out = landedPrice({ exWorksJpy: 2100, route: "GT", rates: sake, assumptions, rcep: false });
    expect([out.dutyFen, out.consumptionTaxFen, out.vatFen, out.landedFen]).toEqual([4612, 1794, 2332, 20_268]);
  });

  it("taxes a CBEC sale at 70 % of VAT without duty, and flags an order over the limit", () => {
    const out = landedPrice({ exWorksJpy: 2100, route: "CBEC", rates: cutlery, assumptions: { ...assumptions, marginBp: 2500 }, rcep: false });
    // CIF 11530; retail 11530 × 1.25 = 14412.5 → 14413 (rounded half up); tax 9.1 % = 1311.58 → 1312.
    expect(out.dutyFen).toBe(0);
    expect(out.cbecTaxFen).toBe(1_312);
    expect(out.shelfFen).toBe(15_725);
    expect(out.overCbecLimit).toBe(false);
    expect(landedPrice({ exWorksJpy: 2_000_000, route: "CBEC", rates: cutlery, assumptions, rcep: false }).overCbecLimit).toBe(true);
  });
});
