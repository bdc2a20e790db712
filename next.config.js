import createNextIntlPlugin from "next-intl/plugin";
import { ensureDevAuthSecret } from "./lib/auth/dev-secret.js";

ensureDevAuthSecret();

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  experimental: {
    // Product images (8 × 5 MB) and exchange files are posted to server actions.
    serverActions: { bodySizeLimit: "45mb" },
  },
};

export default withNextIntl(nextConfig);
