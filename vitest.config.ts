import { defineConfig } from "vitest/config";

// Node: unit tests and the HTTP integration tests on libSQL.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // *.workerd.test.ts import cloudflare:test: they run in vitest.workers.config.ts only.
    exclude: ["test/e2e/**", "test/**/*.workerd.test.ts", "node_modules/**"],
  },
});
