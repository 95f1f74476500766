import { defineConfig } from "drizzle-kit";

// One schema history for libSQL (drizzle's migrator) and D1 (wrangler d1 migrations apply).
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/storage/schema.ts",
  out: "./migrations",
});
