// An independent member list in the exchange format for the import benchmark: its own words
// (regional crafts and foods as a chamber's member list names them, one language per text, few
// HS codes), written without looking at what lib/hs or the matching code recognise, so the
// benchmark pays for inference and indexing the way a real file does.
import { seededRandom } from "./random";

type Craft = { ja: string; en: string; forms: string[]; traits: string[]; uses: string[] };

// Product lines with the forms, traits and uses a maker's catalogue would combine.
const crafts: Craft[] = [
  {
    ja: "越前打刃物",
    en: "Echizen forged blade",
    forms: ["三徳", "菜切", "出刃", "ペティ", "柳刃"],
    traits: ["青紙二号", "黒打ち", "墨流し", "両刃"],
    uses: ["家庭の台所", "料亭", "贈答"],
  },
  {
    ja: "南部鉄器",
    en: "Nanbu ironware",
    forms: ["鉄瓶", "すき焼き鍋", "風鈴", "文鎮", "灰皿"],
    traits: ["霰紋", "漆焼付", "内面琺瑯", "手磨き"],
    uses: ["湯沸かし", "卓上", "インテリア"],
  },
  {
    ja: "波佐見焼",
    en: "Hasami porcelain",
    forms: ["飯碗", "マグ", "取り皿", "鉢", "箸置き"],
    traits: ["呉須", "白磁", "重ねられる", "食洗機対応"],
    uses: ["毎日の食卓", "カフェ", "ホテル"],
  },
  {
    ja: "信楽焼",
    en: "Shigaraki stoneware",
    forms: ["花器", "植木鉢", "湯呑", "傘立て", "大皿"],
    traits: ["緋色", "自然釉", "粗土", "窯変"],
    uses: ["庭", "玄関", "旅館"],
  },
  {
    ja: "輪島塗",
    en: "Wajima lacquer",
    forms: ["椀", "重箱", "盆", "箸", "銘々皿"],
    traits: ["本堅地", "沈金", "蒔絵", "拭き漆"],
    uses: ["正月", "懐石", "記念品"],
  },
  {
    ja: "西陣織",
    en: "Nishijin weave",
    forms: ["帯", "名刺入れ", "ネクタイ", "がま口", "額装"],
    traits: ["金襴", "手機", "正絹", "引箔"],
    uses: ["和装", "ビジネス", "土産"],
  },
  {
    ja: "播州そろばん",
    en: "Banshu abacus",
    forms: ["五つ玉", "四つ玉", "ミニ", "教材用"],
    traits: ["黒檀枠", "柘植玉", "竹軸"],
    uses: ["教室", "会計", "贈答"],
  },
  {
    ja: "江戸切子",
    en: "Edo kiriko glass",
    forms: ["ロックグラス", "冷酒杯", "ぐい呑み", "一輪挿し"],
    traits: ["瑠璃色被せ", "菊繋ぎ", "矢来", "手磨き"],
    uses: ["バー", "晩酌", "記念日"],
  },
  {
    ja: "宇治抹茶",
    en: "Uji matcha",
    forms: ["薄茶", "濃茶", "粉末缶", "スティック"],
    traits: ["一番摘み", "石臼挽き", "有機栽培", "碾茶"],
    uses: ["茶道", "製菓", "ラテ"],
  },
  {
    ja: "吟醸酒",
    en: "ginjo sake",
    forms: ["四合瓶", "一升瓶", "缶", "ギフトセット"],
    traits: ["山田錦", "無濾過", "生原酒", "低精白"],
    uses: ["食中酒", "輸出", "宴席"],
  },
  {
    ja: "干し椎茸",
    en: "dried shiitake",
    forms: ["どんこ", "香信", "スライス", "粉末"],
    traits: ["原木栽培", "天日干し", "大分産"],
    uses: ["出汁", "精進料理", "業務用"],
  },
  {
    ja: "柚子果汁",
    en: "yuzu juice",
    forms: ["瓶", "業務用パック", "冷凍", "ポン酢"],
    traits: ["無添加", "搾りたて", "高知産"],
    uses: ["飲料", "ドレッシング", "カクテル"],
  },
  {
    ja: "今治産タオル地",
    en: "Imabari terry",
    forms: ["バスタオル", "ハンカチ", "バスローブ", "スタイ"],
    traits: ["無撚糸", "先晒し", "ガーゼ織"],
    uses: ["ホテル", "出産祝い", "スパ"],
  },
  {
    ja: "備長炭",
    en: "binchotan charcoal",
    forms: ["丸", "割", "小丸", "枕木"],
    traits: ["紀州産", "ウバメガシ", "高温焼成"],
    uses: ["焼鳥店", "浄水", "消臭"],
  },
  {
    ja: "美濃和紙",
    en: "Mino washi",
    forms: ["便箋", "障子紙", "ランプシェード", "御朱印帳"],
    traits: ["楮", "手漉き", "薄様", "落水"],
    uses: ["書道", "内装", "文具"],
  },
  {
    ja: "木曽ひのき",
    en: "Kiso cypress",
    forms: ["まな板", "桶", "風呂椅子", "お弁当箱"],
    traits: ["柾目", "無塗装", "香り高い"],
    uses: ["浴室", "台所", "贈答"],
  },
  {
    ja: "熊野筆",
    en: "Kumano brush",
    forms: ["化粧筆", "書道筆", "チーク", "洗顔ブラシ"],
    traits: ["灰リス毛", "山羊毛", "職人手作り"],
    uses: ["メイク", "書道", "スキンケア"],
  },
  {
    ja: "燕の洋食器",
    en: "Tsubame cutlery",
    forms: ["スプーン", "フォーク", "カトラリーセット", "トング"],
    traits: ["18-8ステンレス", "鏡面", "槌目"],
    uses: ["レストラン", "家庭", "結婚祝い"],
  },
  {
    ja: "甲州印伝",
    en: "Koshu inden leather",
    forms: ["財布", "名刺入れ", "印鑑ケース", "巾着"],
    traits: ["鹿革", "漆付け", "とんぼ柄"],
    uses: ["日用", "贈答", "土産"],
  },
  {
    ja: "奄美の黒糖",
    en: "Amami brown sugar",
    forms: ["かち割り", "粉末", "黒糖菓子", "シロップ"],
    traits: ["純黒糖", "直火炊き", "さとうきび100%"],
    uses: ["製菓", "お茶請け", "料理"],
  },
];

// What a distributor writes about what it looks for, in Chinese.
const wants = [
  "寻找日本手工厨刀，面向高端餐厅",
  "采购铸铁壶与茶具，用于茶馆连锁",
  "日本瓷器餐具，酒店批量订购",
  "日式花器与庭院陶器",
  "漆器礼盒，春节企业礼品",
  "和风丝织小物，旅游零售",
  "日本清酒，跨境电商渠道",
  "香菇干货，餐饮供应链",
  "柚子饮料原料，新式茶饮品牌",
  "酒店毛巾与浴袍",
  "烧烤用木炭，日料店",
  "手工纸文具，文创店",
  "桧木家居用品，高端百货",
  "化妆刷，美妆直播间",
  "不锈钢餐具，西餐厅",
  "皮革小物，精品店",
  "黑糖零食，便利店",
  "抹茶粉，烘焙原料",
  "算盘教具，培训机构",
  "玻璃酒杯，酒吧",
];
const cities = ["上海", "杭州", "深圳", "成都", "青岛", "厦门", "武汉", "南京", "大连", "天津"];
const cnRegions = ["CN-SH", "CN-ZJ", "CN-GD", "CN-SC", "CN-SD", "CN-FJ", "CN-HB", "CN-JS", "CN-LN", "CN-TJ", "CN-BJ", "CN-CQ"];
const channels = [
  "wholesale",
  "retail_chain",
  "department_store",
  "ecommerce_marketplace",
  "cross_border_ecommerce",
  "livestream",
  "showroom",
  "trade_fair",
  "horeca",
] as const;
const certifications = ["ISO 9001", "HACCP", "有機JAS", "伝統的工芸品", "GI"];
// A few HS codes, as a member list carries them for a minority of rows.
const someCodes = ["821191", "732393", "691110", "691390", "441990", "500720", "330499", "220600", "071239", "200989"];

export type MemberListSize = { smes: number; distributors: number; productsPerSme: number; seed: number };

/** The member list as an exchange document; about `productsPerSme` products per SME on average. */
export function memberList({ smes, distributors, productsPerSme, seed }: MemberListSize) {
  const { rand, pick, pickSome, int } = seededRandom(seed);
  const jpRegion = () => `JP-${String(int(1, 47)).padStart(2, "0")}`;
  const companies: Record<string, unknown>[] = [];
  for (let i = 0; i < smes; i++) {
    const craft = pick(crafts);
    const english = rand() < 0.15;
    const count = Math.max(1, int(productsPerSme - 3, productsPerSme + 3));
    const products = Array.from({ length: count }, (_, j) => {
      const form = pick(craft.forms);
      const trait = pick(craft.traits);
      const use = pick(craft.uses);
      const min = int(5, 400) * 100;
      return {
        ref: `p${j}`,
        name: english ? { en: `${craft.en} ${form} (${trait})` } : { ja: `${craft.ja} ${form} ${trait}` },
        ...(rand() < 0.7
          ? {
              description: english
                ? { en: `A ${craft.en} piece finished by hand, chosen for ${use}.` }
                : { ja: `${trait}で仕上げた${form}。${use}に選ばれています。` },
            }
          : {}),
        ...(rand() < 0.15 ? { hsCode: pick(someCodes) } : {}),
        priceJpy: { min, max: min + int(0, 50) * 100 },
        ...(rand() < 0.6 ? { moq: int(1, 50) * 10 } : {}),
        ...(rand() < 0.5 ? { leadTimeDays: int(7, 90) } : {}),
        ...(rand() < 0.5 ? { keywords: pickSome([form, trait, use], 2) } : {}),
        ...(rand() < 0.1 ? { certifications: [pick(certifications)] } : {}),
      };
    });
    companies.push({
      ref: `m-sme-${i}`,
      kind: "sme",
      name: english ? { en: `${craft.en} Works ${i}` } : { ja: `${craft.ja}工房${i}` },
      country: "JP",
      region: jpRegion(),
      ...(rand() < 0.6 ? { description: english ? { en: `Family maker of ${craft.en}.` } : { ja: `${craft.ja}を作る家族経営の工房です。` } } : {}),
      languages: english ? ["ja", "en"] : ["ja"],
      ...(rand() < 0.7 ? { employees: int(2, 300) } : {}),
      ...(rand() < 0.5 ? { foundedYear: int(1850, 2020) } : {}),
      chamber: `${pick(["燕三条", "高岡", "有田", "関", "今治", "京都", "金沢", "盛岡"])}商工会議所`,
      products,
      targetChannels: pickSome(channels, int(1, 3)),
      ...(rand() < 0.6 ? { targetRegions: pickSome(cnRegions, int(1, 3)) } : {}),
    });
  }
  for (let i = 0; i < distributors; i++) {
    const city = pick(cities);
    const needs = Array.from({ length: int(1, 3) }, (_, j) => ({
      ref: `n${j}`,
      description: { zh: pick(wants) },
      ...(rand() < 0.2 ? { hsCode: pick(someCodes) } : {}),
      ...(rand() < 0.5 ? { volume: `每月${int(1, 50) * 100}件` } : {}),
    }));
    companies.push({
      ref: `m-dist-${i}`,
      kind: "distributor",
      name: { zh: `${city}${pick(["优选", "汇通", "东和", "樱桥", "匠品"])}贸易有限公司${i}` },
      country: "CN",
      region: pick(cnRegions),
      city,
      languages: rand() < 0.3 ? ["zh", "ja"] : ["zh"],
      channels: pickSome(channels, int(1, 3)).map((type) => ({
        type,
        regions: pickSome(cnRegions, int(1, 4)),
        ...(rand() < 0.5 ? { outlets: int(1, 400) } : {}),
      })),
      ...(rand() < 0.3 ? { hsCodes: pickSome(someCodes, int(1, 3)) } : {}),
      needs,
      ...(rand() < 0.5 ? { minOrderJpy: int(1, 100) * 10_000 } : {}),
    });
  }
  return { format: "kakehashi-exchange/1", companies };
}
