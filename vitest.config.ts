import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const sharedServer = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React's server build; tests are server code.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // next-auth and next-intl import "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // Against one shared PostgreSQL database, files would truncate each other's rows.
    fileParallelism: !sharedServer,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
