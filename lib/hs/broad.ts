// Words that name a line of business rather than a product ("食品批发", "雑貨", "apparel"): the
// HS chapters (or, in a wide chapter, the headings) such a line covers. A buyer who describes itself this way carries any product of
// those chapters as part of its assortment; it never names one product. Any of ja/zh/en, matched
// after normalizeText.
import { compileKeywordTables, type CompiledKeyword } from "./keyword-table";

const FOOD = ["04", "07", "08", "09", "15", "16", "17", "18", "19", "20", "21"];
const DRINKS = ["09", "20", "22"];
const SNACKS = ["17", "18", "19", "20", "21"];
const APPAREL = ["61", "62", "64", "65"];
const ACCESSORIES = ["4202", "6117", "6213", "6214", "6215", "6216", "6217", "65", "7113", "7117", "9003", "9004", "9102"];
const TEXTILES = ["50", "51", "52", "53", "54", "55", "58", "60", "63"];
// Lines whose goods are a few headings of wide chapters name them: household goods are kitchen
// steel (7323), not screws (7318).
const HOUSEHOLD = [
  "3307",
  "3401",
  "3924",
  "4202",
  "4419",
  "4420",
  "46",
  "4823",
  "63",
  "69",
  "7013",
  "7323",
  "7615",
  "8211",
  "8215",
  "8306",
  "9403",
  "9404",
  "9405",
  "96",
];
const BABY = ["3924", "4818", "6111", "6209", "6302", "9401", "9503", "9619", "8715"];
const CHILDREN = ["4202", "4820", "6111", "6209", "64", "9503", "9608", "9609"];
const CRAFTS = ["4419", "4420", "46", "4823", "5007", "58", "6304", "6913", "6914", "7013", "7018", "7117", "8306", "9701", "9703"];
const FRAGRANCE = ["33"];
const COSMETICS = ["33", "34"];
const KITCHEN = ["3924", "4419", "6911", "6912", "7013", "7323", "7615", "8211", "8214", "8215", "8516"];
const TABLEWARE = ["3924", "4419", "6911", "6912", "7013", "7323", "7615", "8211", "8215"];
const HARDWARE = ["73", "82", "83"];
const PARTS = ["73", "74", "76", "84", "85", "87", "90"];
const ELECTRONICS = ["85", "90"];
const BUILDING = ["4418", "68", "6904", "6905", "6907", "7003", "7005", "7308", "7610"];
const TOYS = ["95"];
const STATIONERY = ["48", "96"];
const FURNITURE = ["94"];

const TABLE: Record<string, readonly string[]> = {
  [FOOD.join()]: [
    "食品",
    "食料品",
    "食材",
    "食料",
    "グルメ",
    "food",
    "foods",
    "foodstuff",
    "foodstuffs",
    "groceries",
    "grocery",
    "副食",
    "进口食品",
    "輸入食品",
    "加工食品",
    "processed food",
  ],
  [DRINKS.join()]: ["饮料", "飲料", "ドリンク", "beverage", "beverages", "drinks", "酒水", "酒类", "お酒", "酒類", "liquor", "alcoholic beverages"],
  [SNACKS.join()]: ["零食", "小吃", "おやつ", "お菓子", "菓子", "スイーツ", "甜食", "点心", "snack", "snacks", "sweets", "confectionery"],
  [APPAREL.join()]: ["服装", "服饰", "アパレル", "衣料", "衣類", "衣服", "成衣", "apparel", "clothing", "garment", "garments", "fashion"],
  [ACCESSORIES.join()]: ["服饰配件", "服装配饰", "配饰", "ファッション小物", "服飾雑貨", "accessories", "fashion accessories"],
  [TEXTILES.join()]: ["纺织品", "织物", "布艺", "テキスタイル", "繊維製品", "textile", "textiles", "fabrics"],
  [HOUSEHOLD.join()]: [
    "生活杂货",
    "杂货",
    "雑貨",
    "生活雑貨",
    "生活用品",
    "日用品",
    "日用杂货",
    "家居用品",
    "homeware",
    "housewares",
    "household goods",
    "lifestyle goods",
    "general merchandise",
  ],
  [BABY.join()]: ["母婴", "母婴用品", "婴儿用品", "ベビー用品", "マタニティ", "baby goods", "baby products", "babies"],
  [CHILDREN.join()]: ["儿童用品", "童装", "子供用品", "キッズ用品", "children's goods", "kids' goods", "kids products"],
  [CRAFTS.join()]: [
    "手工艺品",
    "工艺品",
    "手工艺",
    "工芸品",
    "伝統工芸",
    "民芸品",
    "手仕事",
    "crafts",
    "handicrafts",
    "handicraft",
    "craft goods",
    "artisan goods",
  ],
  [FRAGRANCE.join()]: ["香氛", "香具", "フレグランス", "香り", "fragrance", "fragrances", "scent", "scents"],
  [COSMETICS.join()]: ["美妆", "化妆品", "コスメ", "化粧品", "个护", "beauty", "cosmetics", "personal care"],
  [KITCHEN.join()]: ["厨房用品", "厨具", "キッチン用品", "台所用品", "kitchenware", "kitchen goods", "cookware"],
  [TABLEWARE.join()]: ["餐具", "食器", "テーブルウェア", "tableware", "dinnerware", "茶具", "茶道具", "茶器", "tea ware", "teaware"],
  [HARDWARE.join()]: ["五金", "金物", "hardware", "ironmongery"],
  [PARTS.join()]: ["零部件", "零件", "部品", "機械部品", "机械零件", "标准件", "標準部品", "components", "parts", "spare parts"],
  [ELECTRONICS.join()]: ["电子产品", "电子元件", "電子部品", "家電", "家电", "electronics", "electronic components"],
  [BUILDING.join()]: ["建材", "建築資材", "建筑材料", "building materials", "construction materials"],
  [TOYS.join()]: ["玩具", "おもちゃ", "ホビー", "toys", "hobby goods"],
  [STATIONERY.join()]: ["文具", "文房具", "办公用品", "stationery", "office supplies"],
  [FURNITURE.join()]: ["家具", "インテリア", "furniture", "interior goods"],
};

let compiled: CompiledKeyword[] | undefined;

/** The broad-line words, compiled on first use; a keyword's `heading` holds its chapters and headings, comma-separated. */
export function broadKeywords(): readonly CompiledKeyword[] {
  compiled ??= compileKeywordTables([TABLE]);
  return compiled;
}
