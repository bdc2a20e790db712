// Vocabulary for synthetic benchmark data: product lines by HS heading with names in the three
// languages and a plausible wholesale price band, plus regions, channels and description words.

export type Line = { hs: string; ja: string; zh: string; en: string; price: [number, number]; channels: string[] };

export const lines: Line[] = [
  { hs: "6110", ja: "ニットセーター", zh: "针织毛衣", en: "knit sweater", price: [3000, 9000], channels: ["department_store", "retail_chain", "ecommerce_marketplace"] },
  { hs: "6204", ja: "婦人服", zh: "女装", en: "women's dress", price: [4000, 15000], channels: ["department_store", "livestream", "ecommerce_marketplace"] },
  { hs: "6302", ja: "綿タオル", zh: "纯棉毛巾", en: "cotton towel", price: [400, 1500], channels: ["department_store", "horeca", "wholesale"] },
  { hs: "4202", ja: "革バッグ", zh: "皮包", en: "leather bag", price: [8000, 30000], channels: ["department_store", "cross_border_ecommerce"] },
  { hs: "6403", ja: "革靴", zh: "皮鞋", en: "leather shoes", price: [6000, 25000], channels: ["retail_chain", "department_store"] },
  { hs: "8215", ja: "ステンレスカトラリー", zh: "不锈钢餐具", en: "stainless cutlery", price: [800, 3000], channels: ["retail_chain", "horeca", "wholesale"] },
  { hs: "7323", ja: "フライパン", zh: "平底锅", en: "frying pan", price: [2500, 6000], channels: ["retail_chain", "ecommerce_marketplace"] },
  { hs: "8211", ja: "包丁", zh: "厨刀", en: "kitchen knife", price: [3000, 20000], channels: ["retail_chain", "cross_border_ecommerce", "horeca"] },
  { hs: "6911", ja: "磁器の皿", zh: "瓷盘", en: "porcelain plate", price: [1000, 5000], channels: ["horeca", "department_store"] },
  { hs: "9003", ja: "めがねフレーム", zh: "眼镜架", en: "eyeglass frame", price: [6000, 15000], channels: ["retail_chain"] },
  { hs: "0902", ja: "緑茶", zh: "绿茶", en: "green tea", price: [1000, 8000], channels: ["horeca", "cross_border_ecommerce", "livestream"] },
  { hs: "1905", ja: "米菓せんべい", zh: "米饼干", en: "rice crackers", price: [200, 800], channels: ["wholesale", "livestream", "retail_chain"] },
  { hs: "2103", ja: "醤油", zh: "酱油", en: "soy sauce", price: [300, 1500], channels: ["wholesale", "horeca", "retail_chain"] },
  { hs: "2208", ja: "日本酒", zh: "清酒", en: "sake", price: [1500, 6000], channels: ["horeca", "cross_border_ecommerce", "showroom"] },
  { hs: "3304", ja: "化粧水", zh: "化妆水", en: "skin lotion", price: [1200, 5000], channels: ["cross_border_ecommerce", "livestream"] },
  { hs: "3401", ja: "無添加石鹸", zh: "无添加香皂", en: "additive-free soap", price: [300, 1200], channels: ["livestream", "retail_chain"] },
  { hs: "3004", ja: "漢方薬", zh: "汉方药", en: "kampo medicine", price: [2000, 8000], channels: ["medical"] },
  { hs: "9018", ja: "医療用注射器", zh: "医用注射器", en: "medical syringe", price: [50, 500], channels: ["medical", "b2b_industrial"] },
  { hs: "8483", ja: "精密歯車", zh: "精密齿轮", en: "precision gear", price: [1500, 20000], channels: ["b2b_industrial"] },
  { hs: "8467", ja: "電動工具", zh: "电动工具", en: "power tool", price: [8000, 40000], channels: ["b2b_industrial", "wholesale"] },
  { hs: "8516", ja: "炊飯器", zh: "电饭煲", en: "rice cooker", price: [8000, 30000], channels: ["retail_chain", "ecommerce_marketplace"] },
  { hs: "9503", ja: "木のおもちゃ", zh: "木制玩具", en: "wooden toy", price: [800, 4000], channels: ["retail_chain", "ecommerce_marketplace", "trade_fair"] },
  { hs: "9401", ja: "木製椅子", zh: "实木椅子", en: "wooden chair", price: [10000, 60000], channels: ["showroom", "trade_fair", "horeca"] },
  { hs: "4820", ja: "和紙ノート", zh: "和纸笔记本", en: "washi notebook", price: [300, 1500], channels: ["retail_chain", "ecommerce_marketplace"] },
  { hs: "7113", ja: "真珠ジュエリー", zh: "珍珠首饰", en: "pearl jewellery", price: [10000, 80000], channels: ["department_store", "livestream", "showroom"] },
];

export const adjectives = [
  { ja: "高級", zh: "高档", en: "premium" },
  { ja: "伝統の", zh: "传统", en: "traditional" },
  { ja: "業務用", zh: "商用", en: "professional" },
  { ja: "手作り", zh: "手工", en: "handmade" },
  { ja: "天然素材の", zh: "天然材料", en: "natural" },
  { ja: "ギフト用", zh: "礼品", en: "gift" },
  { ja: "軽量", zh: "轻便", en: "lightweight" },
  { ja: "国産", zh: "日本产", en: "Japanese-made" },
];

export const jpRegions = ["JP-01", "JP-04", "JP-13", "JP-15", "JP-16", "JP-17", "JP-18", "JP-20", "JP-21", "JP-22", "JP-23", "JP-26", "JP-27", "JP-28", "JP-33", "JP-34", "JP-38", "JP-40", "JP-41", "JP-43", "JP-47"];
export const cnRegions = ["CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM", "CN-LN", "CN-JL", "CN-HL", "CN-SH", "CN-JS", "CN-ZJ", "CN-AH", "CN-FJ", "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX", "CN-HI", "CN-CQ", "CN-SC", "CN-GZ", "CN-YN", "CN-SN"];
export const cnCities: Record<string, string> = { "CN-BJ": "北京", "CN-SH": "上海", "CN-GD": "广州", "CN-ZJ": "杭州", "CN-JS": "苏州", "CN-LN": "沈阳", "CN-JL": "长春", "CN-SC": "成都", "CN-SD": "青岛", "CN-FJ": "厦门" };
export const channelTypesPool = ["wholesale", "retail_chain", "department_store", "ecommerce_marketplace", "cross_border_ecommerce", "livestream", "showroom", "trade_fair", "b2b_industrial", "horeca", "medical"];
export const tradeWords = ["批发", "零售", "进口", "代理", "分销", "连锁", "电商", "采购"];
