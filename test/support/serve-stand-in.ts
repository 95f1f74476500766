/** Serves a stand-in (a hono app) on 127.0.0.1 over real HTTP, for the Node and sqld runs. */

import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { freePort } from "./free-port";

export async function serveOnLoopback(app: Hono): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  let server: ReturnType<typeof serve> | undefined;
  await new Promise<void>((done) => {
    server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port }, () => done());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server!.close(() => done())),
  };
}
