import iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-16le" | "shift_jis";

/**
 * Text of a CSV saved by Excel: "CSV UTF-8" starts with a BOM; plain "CSV" on a Japanese Windows
 * is CP932 (Shift_JIS with Microsoft's extensions). Without a BOM, bytes that decode as strict
 * UTF-8 are UTF-8 (Shift_JIS text almost never does); anything else is read as CP932.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  // Excel's "Unicode text" export.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "cp932"), encoding: "shift_jis" };
  }
}
