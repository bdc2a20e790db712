// The landed-price estimate, pure and in integers: an ex-works yen price per unit turned into a
// CNY shelf price (in fen) for a route, with every step kept so the page can show it. Rates are
// basis points (1 % = 100); each step rounds to the fen, as a customs broker's sheet would.
import type { AccessRoute } from "@/db/schema";

export type Rates = { mfnBp: number; rcepBp: number | null; vatBp: number; consumptionTaxBp: number; consumptionTaxFenPerLitre: number | null };

export type Assumptions = {
  /** Yen for 100 CNY (2100 = ¥21 a yuan). */
  fxYenPer100Cny: number;
  freightBp: number;
  insuranceBp: number;
  marginBp: number;
  cbecOrderLimitFen: number;
};

export type LandedInput = {
  exWorksJpy: number;
  route: Extract<AccessRoute, "GT" | "CBEC">;
  rates: Rates;
  assumptions: Assumptions;
  /** The SME will get a certificate of origin (its chamber issues it): RCEP where it is lower. */
  rcep: boolean;
  litresPerUnit?: number | null;
};

export type Landed = {
  exWorksFen: number;
  freightFen: number;
  insuranceFen: number;
  cifFen: number;
  dutyBp: number;
  dutyBasis: "mfn" | "rcep" | "cbec";
  dutyFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  /** CBEC: the composite tax paid at checkout (70 % of VAT and consumption tax). */
  cbecTaxFen: number;
  landedFen: number;
  marginFen: number;
  shelfFen: number;
  /** CBEC: one order above the limit pays general-trade tax instead. */
  overCbecLimit: boolean;
};

const pct = (amount: number, bp: number) => Math.round((amount * bp) / 10_000);

export const yenToFen = (yen: number, fxYenPer100Cny: number) => Math.round((yen * 10_000) / fxYenPer100Cny);

/** The duty rate that applies: RCEP only when asked for and below MFN (its base is the 2014 tariff). */
export function dutyRate(rates: Rates, rcep: boolean): { bp: number; basis: "mfn" | "rcep" } {
  if (rcep && rates.rcepBp !== null && rates.rcepBp < rates.mfnBp) return { bp: rates.rcepBp, basis: "rcep" };
  return { bp: rates.mfnBp, basis: "mfn" };
}

function generalTrade(cifFen: number, rates: Rates, rcep: boolean, litres: number) {
  const duty = dutyRate(rates, rcep);
  const dutyFen = pct(cifFen, duty.bp);
  const specific = Math.round(litres * (rates.consumptionTaxFenPerLitre ?? 0));
  const ctBase = cifFen + dutyFen + specific;
  const consumptionTaxFen = Math.round((ctBase * rates.consumptionTaxBp) / (10_000 - rates.consumptionTaxBp)) + specific;
  const vatFen = pct(cifFen + dutyFen + consumptionTaxFen, rates.vatBp);
  return { duty, dutyFen, consumptionTaxFen, vatFen };
}

export function landedPrice(input: LandedInput): Landed {
  const { assumptions: a, rates } = input;
  const exWorksFen = yenToFen(input.exWorksJpy, a.fxYenPer100Cny);
  const freightFen = pct(exWorksFen, a.freightBp);
  const insuranceFen = pct(exWorksFen, a.insuranceBp);
  const cifFen = exWorksFen + freightFen + insuranceFen;
  const litres = input.litresPerUnit ?? 0;
  if (input.route === "GT") {
    const gt = generalTrade(cifFen, rates, input.rcep, litres);
    const landedFen = cifFen + gt.dutyFen + gt.consumptionTaxFen + gt.vatFen;
    const marginFen = pct(landedFen, a.marginBp);
    return {
      exWorksFen,
      freightFen,
      insuranceFen,
      cifFen,
      dutyBp: gt.duty.bp,
      dutyBasis: gt.duty.basis,
      dutyFen: gt.dutyFen,
      consumptionTaxFen: gt.consumptionTaxFen,
      vatFen: gt.vatFen,
      cbecTaxFen: 0,
      landedFen,
      marginFen,
      shelfFen: landedFen + marginFen,
      overCbecLimit: false,
    };
  }
  // CBEC: the retail price (with freight) is the tax base; duty 0, VAT and consumption tax at 70 %.
  const marginFen = pct(cifFen, a.marginBp);
  const retail = cifFen + marginFen;
  const ct = rates.consumptionTaxBp;
  const cbecTaxFen = Math.round((retail * (ct + rates.vatBp) * 7_000) / ((10_000 - ct) * 10_000));
  const overCbecLimit = retail + cbecTaxFen > a.cbecOrderLimitFen;
  return {
    exWorksFen,
    freightFen,
    insuranceFen,
    cifFen,
    dutyBp: 0,
    dutyBasis: "cbec",
    dutyFen: 0,
    consumptionTaxFen: 0,
    vatFen: 0,
    cbecTaxFen,
    landedFen: cifFen + cbecTaxFen,
    marginFen,
    shelfFen: retail + cbecTaxFen,
    overCbecLimit,
  };
}
