/**
 * Webhook registration through HTTP, on every storage: only public https addresses are kept,
 * each refusal says why in French and stores nothing; loopback only with the test setting.
 */

import { describe, expect, it } from "vitest";
import { listWebhooks } from "../../src/storage/outbox-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

const register = (url: string) => ({ method: "POST", body: new URLSearchParams({ url }) });

describe("webhook registration", async () => {
  const harness = await createHarness();
  const admin = await harness.user("admin");

  const refusals: [string, RegExp][] = [
    ["http://editeur.example.fr/cadre", /Seules les adresses en https:\/\/ sont acceptées/],
    ["https://192.168.1.1/", /« 192\.168\.1\.1 » mène vers un réseau privé/],
    ["https://169.254.169.254/latest/meta-data/", /mène vers un réseau local \(lien local\)/],
    ["https://127.0.0.1:8080/", /mène vers la machine elle-même/],
    ["https://2130706433/", /« 127\.0\.0\.1 » mène vers la machine elle-même/],
    ["https://[::ffff:10.0.0.1]/", /mène vers un réseau privé/],
    ["https://[fd00::1]/", /mène vers un réseau privé IPv6/],
    ["https://100.64.0.1/", /CGNAT/],
    ["https://localhost/", /mène vers la machine elle-même/],
    ["javascript:alert(1)", /Seules les adresses en https:\/\//],
    ["pas une adresse", /n'est pas valide/],
  ];

  it.each(refusals)("refuses %s with a clear message and stores nothing", async (url, message) => {
    const before = await listWebhooks(harness.db);
    const response = await harness.request("/admin/webhooks", { ...register(url), as: admin });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toMatch(message);
    expect(await listWebhooks(harness.db)).toEqual(before);
  });

  it("keeps a public https address", async () => {
    const response = await harness.request("/admin/webhooks", {
      ...register(" https://editeur.example.fr/cadre "),
      as: admin,
    });
    expect(response.status).toBe(200);
    expect(await pageText(response)).toMatch(/Webhook ajouté : https:\/\/editeur\.example\.fr\/cadre/);
    expect((await listWebhooks(harness.db)).map((hook) => hook.url)).toContain("https://editeur.example.fr/cadre");
  });
});

describe("webhook registration with loopback allowed (tests and demo)", async () => {
  const harness = await createHarness({ outboundAllowLoopback: true });
  const admin = await harness.user("admin");

  it("accepts this machine but still refuses a private network", async () => {
    const local = await harness.request("/admin/webhooks", { ...register("http://127.0.0.1:8788/hook"), as: admin });
    expect(local.status).toBe(200);
    const privateOne = await harness.request("/admin/webhooks", { ...register("http://10.0.0.1/hook"), as: admin });
    expect(privateOne.status).toBe(422);
    const urls = (await listWebhooks(harness.db)).map((hook) => hook.url);
    expect(urls).toContain("http://127.0.0.1:8788/hook");
    expect(urls).not.toContain("http://10.0.0.1/hook");
  });
});
