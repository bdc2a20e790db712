// `npm run import -- FILE`: validates an exchange document (kakehashi-exchange/1) and imports it
// into the configured database in one transaction. Invalid input: errors on stderr, exit 1.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { closeDb, getDbHandle } from "@/db/client";
import { importExchange, ImportRefused } from "@/lib/exchange/import";
import { formatErrors, parseExchangeText } from "@/lib/exchange/validate";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) fail("Usage: npm run import -- FILE");
const file = positionals[0]!;

let text: string;
try {
  text = await readFile(file, "utf8");
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}
const parsed = parseExchangeText(text);
if (!parsed.ok) fail(`${file} is not a valid exchange document:\n${formatErrors(parsed.errors)}`);

let exitCode = 0;
try {
  const handle = await getDbHandle();
  await handle.migrate();
  const s = await importExchange(parsed.doc);
  console.log(
    `Imported ${s.created.length + s.updated.length} companies from ${file} (${s.created.length} created, ${s.updated.length} updated): ` +
      `${s.products} products, ${s.channels} sales channels, ${s.needs} sourcing needs.`,
  );
} catch (error) {
  console.error(error instanceof ImportRefused ? `Nothing was imported:\n${formatErrors(error.errors)}` : error);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
