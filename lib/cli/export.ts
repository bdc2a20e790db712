// `npm run export -- FILE`: writes every live company of the configured database as an exchange
// document (pretty JSON, UTF-8); FILE `-` writes to standard output.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { closeDb, getDbHandle } from "@/db/client";
import { exportExchange } from "@/lib/exchange/export";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error("Usage: npm run export -- FILE");
  process.exit(1);
}
const file = positionals[0]!;

let exitCode = 0;
try {
  const handle = await getDbHandle();
  await handle.migrate();
  const doc = await exportExchange();
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  // Waits for the pipe to drain: process.exit below would cut a large document short.
  if (file === "-") await new Promise<void>((resolve) => process.stdout.write(json, () => resolve()));
  else {
    await writeFile(file, json, "utf8");
    console.log(`Exported ${doc.companies.length} companies to ${file}.`);
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
