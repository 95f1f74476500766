import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

// libSQL server: the same HTTP integration test files as on Node and workerd, each harness on
// its own real sqld over HTTP; plus the tests that need a server (two instances, backups).
export default defineConfig({
  resolve: {
    alias: [{ find: /^\.\.\/support\/harness$/, replacement: resolve("test/support/harness.sqld.ts") }],
  },
  test: {
    include: [
      "test/web/**/*.test.{ts,tsx}",
      "test/storage/**/*.test.{ts,tsx}",
      "test/exports/**/*.test.{ts,tsx}",
      "test/sqld/**/*.test.{ts,tsx}",
    ],
    globalSetup: ["./test/sqld/global-setup.ts"],
    testTimeout: 20_000,
    // One module graph per worker, not per file: imports were half of the time (97 s → 57 s
    // here); every harness still gets its own sqld, so no state is shared between files.
    isolate: false,
    hookTimeout: 30_000,
  },
});
