// Which import route each kind of distributor channel takes (research file §4), and the ports and
// airports an SME can ship from, with the prefecture each lies in. Pure data, safe in client code.
import type { AccessRoute, Localized } from "@/db/schema";

/** A channel's routes, preferred first: showrooms and fairs show goods on temporary import, sell them through general trade. */
export function routesOfChannel(type: string): AccessRoute[] {
  if (type === "cross_border_ecommerce") return ["CBEC"];
  if (type === "showroom" || type === "trade_fair") return ["TMP", "GT"];
  return ["GT"];
}

export type Gateway = { code: string; prefecture: string; name: Localized };

const g = (code: string, prefecture: string, en: string, ja: string, zh: string): Gateway => ({ code, prefecture, name: { en, ja, zh } });

export const gateways: Gateway[] = [
  g("tokyo-port", "JP-13", "Port of Tokyo", "東京港", "东京港"),
  g("haneda", "JP-13", "Haneda Airport", "羽田空港", "羽田机场"),
  g("narita", "JP-12", "Narita Airport", "成田空港", "成田机场"),
  g("yokohama", "JP-14", "Port of Yokohama", "横浜港", "横滨港"),
  g("niigata-port", "JP-15", "Port of Niigata", "新潟港", "新潟港"),
  g("nagoya", "JP-23", "Port of Nagoya", "名古屋港", "名古屋港"),
  g("chubu", "JP-23", "Chubu Centrair Airport", "中部国際空港", "中部国际机场"),
  g("osaka", "JP-27", "Port of Osaka", "大阪港", "大阪港"),
  g("kansai", "JP-27", "Kansai Airport", "関西国際空港", "关西国际机场"),
  g("kobe", "JP-28", "Port of Kobe", "神戸港", "神户港"),
  g("hakata", "JP-40", "Port of Hakata", "博多港", "博多港"),
  g("fukuoka-airport", "JP-40", "Fukuoka Airport", "福岡空港", "福冈机场"),
  g("kagoshima", "JP-46", "Port of Kagoshima", "鹿児島港", "鹿儿岛港"),
  g("tomakomai", "JP-01", "Port of Tomakomai", "苫小牧港", "苫小牧港"),
  g("new-chitose", "JP-01", "New Chitose Airport", "新千歳空港", "新千岁机场"),
];

export const gatewayCodes = gateways.map((x) => x.code);

export function gatewayPrefecture(code: string | null | undefined): string | null {
  return gateways.find((x) => x.code === code)?.prefecture ?? null;
}

/** Facts a product can state for the rules: what they mean is explained in the product form. */
export const accessAttributes = ["lithium_battery", "special_cosmetic", "wood_packaging", "premium_cosmetic"] as const;
