import createNextIntlPlugin from "next-intl/plugin";
import { ensureDevAuthSecret } from "./lib/auth/dev-secret.js";
import { baseSecurityHeaders, nonPageCsp } from "./lib/http/security-headers.js";

ensureDevAuthSecret();

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  async headers() {
    // Pages get their CSP, with a nonce, from proxy.ts; everything else gets these.
    return [
      { source: "/:path*", headers: baseSecurityHeaders() },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: nonPageCsp }] },
    ];
  },
  experimental: {
    // Product images (8 × 5 MB) and exchange files are posted to server actions.
    serverActions: { bodySizeLimit: "45mb" },
  },
};

export default withNextIntl(nextConfig);
