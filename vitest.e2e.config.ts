import { defineConfig } from "vitest/config";

// Browser journeys: one server and one Chromium per file, files one after another.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
