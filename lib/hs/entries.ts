// Every chapter and heading we ship, as entries sorted by code, and an index by code.
import { chapterRows } from "./data/chapters";
import { ceramicsMetalsHeadingRows } from "./data/headings-ceramics-metals";
import { chemicalsWoodPaperHeadingRows } from "./data/headings-chemicals-wood-paper";
import { electricalVehicleHeadingRows } from "./data/headings-electrical-vehicles";
import { foodHeadingRows } from "./data/headings-food";
import { instrumentsMiscHeadingRows } from "./data/headings-instruments-misc";
import { machineryHeadingRows } from "./data/headings-machinery";
import { otherHeadingRows } from "./data/headings-other";
import { textileHeadingRows } from "./data/headings-textiles";
import type { HsEntry, HsRow } from "./types";

function toEntry([code, ja, zh, en]: HsRow): HsEntry {
  return { code, name: { ja, zh, en } };
}

const byCode = (a: HsEntry, b: HsEntry) => a.code.localeCompare(b.code);

export const hsChapters: readonly HsEntry[] = chapterRows.map(toEntry);

export const hsHeadings: readonly HsEntry[] = [
  ...foodHeadingRows,
  ...chemicalsWoodPaperHeadingRows,
  ...textileHeadingRows,
  ...ceramicsMetalsHeadingRows,
  ...machineryHeadingRows,
  ...electricalVehicleHeadingRows,
  ...instrumentsMiscHeadingRows,
  ...otherHeadingRows,
]
  .map(toEntry)
  .sort(byCode);

export const entriesByCode = new Map<string, HsEntry>([...hsChapters, ...hsHeadings].map((e) => [e.code, e]));
