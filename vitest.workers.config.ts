import { resolve } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// workerd + D1: the same HTTP integration test files as on Node, with the D1 harness.
export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          CADRE_ENV: "test",
          // Only the Worker entry reads it (test/worker/entry.test.ts); the harness passes its own.
          RATE_LIMIT_SIGN_IN: "2/60",
        },
      },
    }),
  ],
  resolve: {
    alias: [{ find: /^\.\.\/support\/harness$/, replacement: resolve("test/support/harness.workerd.ts") }],
  },
  test: {
    include: [
      "test/web/**/*.test.{ts,tsx}",
      "test/storage/**/*.test.{ts,tsx}",
      "test/exports/**/*.test.{ts,tsx}",
      // workerd only: the Worker entry (cron handler, assets, client address).
      "test/worker/**/*.test.{ts,tsx}",
    ],
    setupFiles: ["./test/worker/apply-migrations.ts"],
  },
}));
