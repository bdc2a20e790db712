// `npm run admin:create -- --email a@b.jp --chamber "Mitsuke Chamber of Commerce and Industry"
//   [--name NAME] [--password PW] [--platform]`
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { closeDb, getDbHandle } from "@/db/client";
import { ensureAccount } from "@/lib/chambers/admins";
import { emailField, passwordField } from "@/lib/accounts/schemas";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    chamber: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    platform: { type: "boolean", default: false },
  },
});

const email = emailField.safeParse(values.email ?? "");
if (!email.success) fail("--email must be a valid email address.");
if (!values.platform && !values.chamber) fail("--chamber is required for a chamber admin (or pass --platform).");
const password = values.password ?? randomBytes(12).toString("base64url");
if (!passwordField.safeParse(password).success) fail("--password must have at least 15 characters and not be a common password.");

const handle = await getDbHandle();
await handle.migrate();
const { user, created } = await ensureAccount({
  email: email.data!,
  password,
  name: values.name ?? email.data!,
  role: values.platform ? "platform_admin" : "chamber_admin",
  chamber: values.chamber,
});
await closeDb();
if (!created) fail(`An account with ${user.email} already exists; nothing was changed.`);
console.log(`Created ${user.role} ${user.email}${values.password ? "" : ` with password ${password}`}`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
