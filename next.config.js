import createNextIntlPlugin from "next-intl/plugin";
import { ensureDevAuthSecret } from "./lib/auth/dev-secret.js";

ensureDevAuthSecret();

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
