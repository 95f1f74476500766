/**
 * Browser harness: the real Node server on a fresh database file with the demo, Debian's
 * Chromium through playwright-core, and axe-core run inside each page.
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { startNodeServer } from "../../src/entry/node";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface BrowserSession {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  /** The browser behind the context, for extra contexts (e.g. JavaScript off). */
  readonly browser: Browser;
  /** Waits until the demo's documents have been read (the server reads them in the background). */
  waitForReading(): Promise<void>;
  readonly problems: string[];
  /** The server's own database client: for what no page can set up (an e-mail that failed for good). */
  readonly client: Client;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserSession(): Promise<BrowserSession> {
  const dir = mkdtempSync(join(tmpdir(), "cadre-e2e-"));
  const server = await startNodeServer({
    ...process.env,
    CADRE_ENV: "test",
    CADRE_DEMO: "1",
    PORT: "0",
    HOST: "127.0.0.1",
    // The demo's identity provider on a free port, so that parallel runs never collide.
    OIDC_DEMO_PORT: "0",
    DATABASE_URL: `file:${join(dir, "cadre.db")}`,
    // Beside this run's database: the default file outlives it, and a previous run's checkpoint
    // would not match this chain (sealing then stops, as it must on a real mismatch).
    AUDIT_CHECKPOINT_FILE: join(dir, "audit-checkpoints.jsonl"),
  });
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    locale: "fr-FR",
    viewport: { width: 1280, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const problems: string[] = [];
  const baseUrl = `http://127.0.0.1:${server.port}`;
  return {
    baseUrl,
    context,
    browser: context.browser()!,
    waitForReading: () => server.readingIdle(),
    problems,
    client: server.client,
    async newPage() {
      const page = await context.newPage();
      // Any script error or CSP refusal is a failure of the journey, not noise.
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()} (${message.location().url})`);
      });
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      server.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * axe finds nothing serious on a desktop and at 375 px, and at 375 px nothing scrolls sideways
 * (tables scroll inside their own frame); the page is left at the desktop size.
 */
export async function checkBothWidths(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Serious or critical axe violations on the page, as short readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so our CSP (no inline script) does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 3),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.targets.join(", ")}`);
}
