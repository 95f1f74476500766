import { defineConfig } from "vitest/config";

// Node: unit tests and the HTTP integration tests on libSQL.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // test/worker/ drives the Worker entry and runs only in workerd (vitest.workers.config.ts);
    // test/sqld/ needs a libSQL server (vitest.sqld.config.ts).
    exclude: ["test/e2e/**", "test/sqld/**", "test/worker/**", "node_modules/**"],
  },
});
