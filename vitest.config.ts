import { defineConfig } from "vitest/config";

// Node: unit tests and the HTTP integration tests on libSQL.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/sqld/**", "node_modules/**"],
  },
});
