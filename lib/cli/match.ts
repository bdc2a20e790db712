// `npm run -s match -- --input FILE [--top K]`: prints one JSON document of every company's best
// partners (exchange spec, "npm run match"). Only that document goes to stdout; logs go to stderr.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { matchExchangeText, matchOutput } from "@/lib/matching/run-file";

// Anything a library logs must not corrupt the JSON on stdout.
console.log = console.error;
console.info = console.error;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { input: { type: "string" }, top: { type: "string" } } });
  if (!values.input) fail("Usage: npm run -s match -- --input FILE [--top K]");
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) fail("--top must be a positive integer.");
  let text: string;
  try {
    text = readFileSync(values.input, "utf8");
  } catch (error) {
    fail(`Cannot read ${values.input}: ${(error as Error).message}`);
  }
  const result = await matchExchangeText(text, top);
  if (!result.ok) {
    process.stderr.write(`${result.errors}\n`);
    return 1;
  }
  const json = JSON.stringify(matchOutput(result.lists, result.refs), null, 2);
  await closeDb();
  await new Promise<void>((resolve) => process.stdout.write(`${json}\n`, () => resolve()));
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
