// The team's trade glossary: product words the heading tables above were silent on, gathered
// across industries (materials, fasteners and tooling, textiles, crafts, fragrance, packaging,
// building materials). Same conventions as keywords-food.ts.
import type { KeywordTable } from "../keyword-table";

export const glossaryKeywords: KeywordTable = {
  // Materials
  "5101": ["羊毛", "~ウール", "~wool", "ラムウール", "lambswool", "lamb's wool", "メリノウール", "merino wool", "美利奴羊毛", "纯羊毛", "pure wool", "新毛", "virgin wool"],
  "5102": ["カシミヤ", "カシミア", "羊绒", "山羊绒", "cashmere", "アンゴラ", "安哥拉兔毛", "angora", "モヘア", "马海毛", "mohair"],
  "6110": ["羊毛衫", "羊绒衫", "cashmere sweater", "wool sweater", "ウールセーター", "ケーブル編み", "cable knit", "cable-knit", "麻花针织"],
  "5208": ["服地", "シャツ地", "~生地", "shirting", "shirting fabric", "衬衫布", "衬衫面料", "色织布", "色織", "先染め", "yarn-dyed fabric", "ギンガム", "gingham", "格子布", "シャンブレー", "chambray", "青年布", "~反物"],
  "6815": ["碳纤维", "炭素繊維", "カーボンファイバー", "carbon fibre", "carbon fiber", "预浸料", "预浸布", "プリプレグ", "prepreg", "prepregs", "cfrp", "碳纤维板", "碳板", "カーボン板", "カーボンプレート", "carbon plate", "carbon fibre sheet", "carbon fiber sheet", "碳纤维布", "碳布", "カーボンクロス", "carbon fabric", "carbon cloth", "炭素繊維強化プラスチック", "碳纤维复合材料", "carbon composite"],
  "7019": ["玻璃纤维", "ガラス繊維", "glass fibre", "glass fiber", "fiberglass", "gfrp", "玻纤布"],
  // Fasteners, springs and tooling
  "7318": ["小螺丝", "精密螺丝", "微型螺丝", "マイクロねじ", "精密ねじ", "micro screw", "micro screws", "キャップスクリュー", "cap screw", "cap screws", "内六角螺钉", "六角穴付きボルト", "socket head cap screw", "ゆるみ止めナット", "防松螺母", "lock nut", "locknut", "止めねじ", "紧定螺钉", "set screw"],
  "7320": ["コイルばね", "圧縮ばね", "引張ばね", "ねじりばね", "压缩弹簧", "拉伸弹簧", "扭转弹簧", "扭簧", "coil spring", "compression spring", "torsion spring", "extension spring", "板ばね", "板簧", "leaf spring", "线材成型", "線細工", "wire form", "wire forms", "探针弹簧", "模具弹簧", "die spring"],
  "8480": ["顶针", "エジェクタピン", "ejector pin", "ejector pins", "金型部品", "模具标准件", "mould components", "mold components", "导柱", "ガイドポスト", "guide post"],
  "8207": ["治具", "夹具", "ジグ", "jig", "jigs", "刃具", "切削工具", "cutting tool", "cutting tools", "钻头", "ドリル刃", "drill bit", "drill bits", "丝锥", "タップ", "tap and die", "铣刀", "エンドミル", "end mill"],
  "7325": ["鋳造品", "铸造件", "砂型铸件", "砂型鋳造", "sand casting", "iron casting", "iron castings", "铸铁件", "鋳鉄", "cast iron parts", "ダクタイル鋳鉄", "球墨铸铁件", "灰铸铁件", "ductile iron casting"],
  // Fragrance, crafts and tea-room goods
  "3307": ["インセンス", "incense", "お香", "熏香", "香薰", "香熏", "incense stick", "incense sticks", "incense cone", "コーン香", "塔香", "盘香", "サシェ", "sachet", "sachets", "香包", "香囊", "香袋", "ルームフレグランス", "room fragrance", "ディフューザー", "reed diffuser", "扩香"],
  "6913": ["香插", "香立て", "香炉", "incense holder", "incense burner", "置物", "摆件", "ornament", "ornaments", "脊兽", "鬼瓦"],
  "6214": ["方巾", "丝巾", "スカーフ", "ネッカチーフ", "neckerchief", "披肩", "shawl", "shawls"],
  "4202": ["がまぐち", "がま口", "口金包", "clasp purse", "coin purse", "小銭入れ", "零钱包", "布包", "帆布包", "tote bag", "トート", "信封包", "ポーチ", "pouch", "化妆包", "cosmetic bag"],
  "6912": ["~丼", "どんぶり", "ラーメン丼", "拉面碗", "ramen bowl", "ramen bowls", "rice bowl", "飯碗", "饭碗", "土鍋", "砂锅", "donabe", "clay pot"],
  "3924": ["哺乳瓶", "奶瓶", "baby bottle", "baby bottles", "feeding bottle", "离乳食器", "離乳食食器", "baby tableware"],
  "7323": ["鉄瓶", "铁壶", "铁茶壶", "cast iron kettle", "iron kettle", "tetsubin", "茶筒", "茶叶罐", "茶罐", "tea caddy", "tea canister", "茶缶"],
  "9503": ["エッチングパーツ", "蚀刻片", "蚀刻改件", "金属蚀刻件", "photo-etched parts", "photo etched parts", "photo-etch", "ディテールアップパーツ", "改件", "スケールモデル", "比例模型", "scale model", "scale models", "潮玩", "盲盒", "blind box", "フィギュア", "手办", "figure", "figures"],
  // Building materials
  "6905": ["屋根材", "屋根瓦", "瓦片", "筒瓦", "板瓦", "琉璃瓦", "陶瓦", "粘土瓦", "roof tile", "roof tiles", "roofing tile", "roofing tiles", "clay tile", "clay tiles", "いぶし瓦", "燻し瓦", "青瓦", "小青瓦", "棟瓦", "ridge tile", "ridge tiles"],
  "6907": ["タイル", "瓷砖", "地砖", "墙砖", "ceramic tile", "ceramic tiles", "floor tile", "wall tile"],
  // Packaging, so a box or a label reads as the wrapping and not as the goods (see goods.ts)
  "4819": ["ギフト箱", "ギフトボックス", "化粧箱", "贈答箱", "礼盒", "礼品盒", "包装盒", "gift box", "gift boxes", "彩盒", "纸盒", "紙箱", "段ボール箱", "carton", "cartons"],
  "4821": ["瓶标", "酒标", "ラベル", "标签", "label", "labels", "吊牌", "hang tag", "hang tags"],
  "4415": ["木箱", "wooden box", "wooden crate", "木製ケース"],
  "3212": ["烫金膜", "烫印箔", "箔押しフィルム", "hot stamping foil", "stamping foil"],
  "4802": ["特种纸", "特殊紙", "specialty paper", "speciality paper", "和紙", "宣纸", "washi"],
};
