/**
 * ISO 3166-2 subdivisions the platform knows: Japan's 47 prefectures and China's 34 province-level
 * divisions, with their names in the three product languages. Pure data, safe in client code.
 */
import type { Locale } from "@/lib/i18n/routing";

export type Country = "JP" | "CN";
export type RegionNames = Record<Locale, string>;
export type Region = { code: string; country: Country; name: RegionNames };

const jp: [code: string, ja: string, zh: string, en: string][] = [
  ["JP-01", "北海道", "北海道", "Hokkaido"],
  ["JP-02", "青森県", "青森县", "Aomori"],
  ["JP-03", "岩手県", "岩手县", "Iwate"],
  ["JP-04", "宮城県", "宫城县", "Miyagi"],
  ["JP-05", "秋田県", "秋田县", "Akita"],
  ["JP-06", "山形県", "山形县", "Yamagata"],
  ["JP-07", "福島県", "福岛县", "Fukushima"],
  ["JP-08", "茨城県", "茨城县", "Ibaraki"],
  ["JP-09", "栃木県", "栃木县", "Tochigi"],
  ["JP-10", "群馬県", "群马县", "Gunma"],
  ["JP-11", "埼玉県", "埼玉县", "Saitama"],
  ["JP-12", "千葉県", "千叶县", "Chiba"],
  ["JP-13", "東京都", "东京都", "Tokyo"],
  ["JP-14", "神奈川県", "神奈川县", "Kanagawa"],
  ["JP-15", "新潟県", "新潟县", "Niigata"],
  ["JP-16", "富山県", "富山县", "Toyama"],
  ["JP-17", "石川県", "石川县", "Ishikawa"],
  ["JP-18", "福井県", "福井县", "Fukui"],
  ["JP-19", "山梨県", "山梨县", "Yamanashi"],
  ["JP-20", "長野県", "长野县", "Nagano"],
  ["JP-21", "岐阜県", "岐阜县", "Gifu"],
  ["JP-22", "静岡県", "静冈县", "Shizuoka"],
  ["JP-23", "愛知県", "爱知县", "Aichi"],
  ["JP-24", "三重県", "三重县", "Mie"],
  ["JP-25", "滋賀県", "滋贺县", "Shiga"],
  ["JP-26", "京都府", "京都府", "Kyoto"],
  ["JP-27", "大阪府", "大阪府", "Osaka"],
  ["JP-28", "兵庫県", "兵库县", "Hyogo"],
  ["JP-29", "奈良県", "奈良县", "Nara"],
  ["JP-30", "和歌山県", "和歌山县", "Wakayama"],
  ["JP-31", "鳥取県", "鸟取县", "Tottori"],
  ["JP-32", "島根県", "岛根县", "Shimane"],
  ["JP-33", "岡山県", "冈山县", "Okayama"],
  ["JP-34", "広島県", "广岛县", "Hiroshima"],
  ["JP-35", "山口県", "山口县", "Yamaguchi"],
  ["JP-36", "徳島県", "德岛县", "Tokushima"],
  ["JP-37", "香川県", "香川县", "Kagawa"],
  ["JP-38", "愛媛県", "爱媛县", "Ehime"],
  ["JP-39", "高知県", "高知县", "Kochi"],
  ["JP-40", "福岡県", "福冈县", "Fukuoka"],
  ["JP-41", "佐賀県", "佐贺县", "Saga"],
  ["JP-42", "長崎県", "长崎县", "Nagasaki"],
  ["JP-43", "熊本県", "熊本县", "Kumamoto"],
  ["JP-44", "大分県", "大分县", "Oita"],
  ["JP-45", "宮崎県", "宫崎县", "Miyazaki"],
  ["JP-46", "鹿児島県", "鹿儿岛县", "Kagoshima"],
  ["JP-47", "沖縄県", "冲绳县", "Okinawa"],
];

// ISO 3166-2:CN since its 2017 revision (letter codes), including the two SARs and CN-TW.
const cn: [code: string, ja: string, zh: string, en: string][] = [
  ["CN-AH", "安徽省", "安徽省", "Anhui"],
  ["CN-BJ", "北京市", "北京市", "Beijing"],
  ["CN-CQ", "重慶市", "重庆市", "Chongqing"],
  ["CN-FJ", "福建省", "福建省", "Fujian"],
  ["CN-GD", "広東省", "广东省", "Guangdong"],
  ["CN-GS", "甘粛省", "甘肃省", "Gansu"],
  ["CN-GX", "広西チワン族自治区", "广西壮族自治区", "Guangxi"],
  ["CN-GZ", "貴州省", "贵州省", "Guizhou"],
  ["CN-HA", "河南省", "河南省", "Henan"],
  ["CN-HB", "湖北省", "湖北省", "Hubei"],
  ["CN-HE", "河北省", "河北省", "Hebei"],
  ["CN-HI", "海南省", "海南省", "Hainan"],
  ["CN-HK", "香港", "香港", "Hong Kong"],
  ["CN-HL", "黒竜江省", "黑龙江省", "Heilongjiang"],
  ["CN-HN", "湖南省", "湖南省", "Hunan"],
  ["CN-JL", "吉林省", "吉林省", "Jilin"],
  ["CN-JS", "江蘇省", "江苏省", "Jiangsu"],
  ["CN-JX", "江西省", "江西省", "Jiangxi"],
  ["CN-LN", "遼寧省", "辽宁省", "Liaoning"],
  ["CN-MO", "マカオ", "澳门", "Macao"],
  ["CN-NM", "内モンゴル自治区", "内蒙古自治区", "Inner Mongolia"],
  ["CN-NX", "寧夏回族自治区", "宁夏回族自治区", "Ningxia"],
  ["CN-QH", "青海省", "青海省", "Qinghai"],
  ["CN-SC", "四川省", "四川省", "Sichuan"],
  ["CN-SD", "山東省", "山东省", "Shandong"],
  ["CN-SH", "上海市", "上海市", "Shanghai"],
  ["CN-SN", "陝西省", "陕西省", "Shaanxi"],
  ["CN-SX", "山西省", "山西省", "Shanxi"],
  ["CN-TJ", "天津市", "天津市", "Tianjin"],
  ["CN-TW", "台湾", "台湾", "Taiwan"],
  ["CN-XJ", "新疆ウイグル自治区", "新疆维吾尔自治区", "Xinjiang"],
  ["CN-XZ", "チベット自治区", "西藏自治区", "Tibet"],
  ["CN-YN", "雲南省", "云南省", "Yunnan"],
  ["CN-ZJ", "浙江省", "浙江省", "Zhejiang"],
];

/** The exchange format's `"CN"`: a target or channel reaching all of China. */
export const ALL_CHINA = "CN";
const allChinaName: RegionNames = { ja: "中国全土", zh: "全中国", en: "All of China" };

function build(country: Country, rows: typeof jp): Region[] {
  return rows.map(([code, ja, zh, en]) => ({ code, country, name: { ja, zh, en } }));
}

const byCountry: Record<Country, readonly Region[]> = { JP: build("JP", jp), CN: build("CN", cn) };
const byCode = new Map<string, Region>([...byCountry.JP, ...byCountry.CN].map((r) => [r.code, r]));

/** The subdivisions of a country, in ISO code order. */
export function regionsOf(country: Country): readonly Region[] {
  return byCountry[country];
}

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** The region's name for a reader; `"CN"` reads as all of China. Unknown codes come back as given. */
export function regionName(code: string, locale: Locale): string {
  if (code === ALL_CHINA) return allChinaName[locale];
  return byCode.get(code)?.name[locale] ?? code;
}

export function isRegionOf(code: string, country: Country): boolean {
  return byCode.get(code)?.country === country;
}

/** A place in China a channel can reach or an SME can target: one subdivision, or `"CN"`. */
export function isChinaTarget(code: string): boolean {
  return code === ALL_CHINA || isRegionOf(code, "CN");
}
