/**
 * The outgoing guard on Node against real servers on 127.0.0.1: loopback reached only with the
 * setting, names resolved and checked before connecting, redirects re-checked, size and time
 * bounded, and webhook deliveries sent through it.
 */

import { afterAll, describe, expect, it } from "vitest";
import { checkedAddresses, createNodeGuard } from "../../src/entry/node-outbound";
import { createWebhookTransport, SIGNATURE_HEADER } from "../../src/notifications/webhook-transport";
import { OutboundError } from "../../src/outbound/outbound-error";
import { startLocalServer, type LocalServer } from "../support/local-server";

const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function server(handle: Parameters<typeof startLocalServer>[0]) {
  const started = await startLocalServer(handle);
  servers.push(started);
  return started;
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutboundError);
    return (error as OutboundError).failure;
  }
  throw new Error("the request should have been refused");
}

const allowed = createNodeGuard({ allowLoopback: true });
const production = createNodeGuard({ allowLoopback: false });

describe("guarded fetch on Node", () => {
  it("reaches a local server only when loopback is allowed", async () => {
    const local = await server((_request, response) => response.end("bonjour"));
    const answer = await allowed.fetch(`${local.origin}/page`);
    expect(new TextDecoder().decode(answer.bytes)).toBe("bonjour");
    expect(await failureOf(production.fetch(`${local.origin}/page`))).toBe("forbidden_scheme");
    expect(await failureOf(production.fetch(local.origin.replace("http:", "https:")))).toBe("forbidden_address");
    expect(local.hits).toHaveLength(1);
  });

  it("checks every resolved address of a name before connecting", async () => {
    const resolver = (answers: string[]) => async () =>
      answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(
      checkedAddresses("intranet.example.fr", { allowLoopback: false }, resolver(["10.0.0.7"])),
    ).rejects.toThrow(/mène vers un réseau privé/);
    await expect(
      checkedAddresses(
        "rebind.example.fr",
        { allowLoopback: false },
        resolver(["169.254.169.254", "::ffff:127.0.0.1"]),
      ),
    ).rejects.toThrow(OutboundError);
    expect(
      await checkedAddresses("mixte.example.fr", { allowLoopback: false }, resolver(["10.0.0.7", "8.8.8.8"])),
    ).toEqual([{ address: "8.8.8.8", family: 4 }]);
    // A name that resolves to this machine is refused at connection time too.
    const local = await server((_request, response) => response.end("non"));
    const port = new URL(local.origin).port;
    const pinned = createNodeGuard({ allowLoopback: false }, resolver(["127.0.0.1"]));
    expect(await failureOf(pinned.check(`https://cadre-test.example.fr:${port}/`))).toBe("forbidden_address");
    const loopbackName = createNodeGuard({ allowLoopback: true }, resolver(["127.0.0.1"]));
    const answer = await loopbackName.fetch(`http://cadre-test.example.fr:${port}/`);
    expect(local.hits.at(-1)?.headers.host).toBe(`cadre-test.example.fr:${port}`);
    expect(answer.status).toBe(200);
    const rebound = createNodeGuard({ allowLoopback: true }, resolver(["10.0.0.1"]));
    expect(await failureOf(rebound.fetch(`http://cadre-test.example.fr:${port}/`))).toBe("forbidden_address");
  });

  it("follows redirects by hand, re-checking each hop, and counts them", async () => {
    const target = await server((_request, response) => response.end("arrivé"));
    const hops = await server((request, response) => {
      const location =
        request.url === "/prive"
          ? "http://10.0.0.1/acte.pdf"
          : request.url === "/metadata"
            ? "http://169.254.169.254/latest/meta-data/"
            : request.url === "/boucle"
              ? "/boucle"
              : `${target.origin}/fin`;
      response.writeHead(302, { location }).end();
    });
    const followed = await allowed.fetch(`${hops.origin}/suivre`);
    expect(followed.url).toBe(`${target.origin}/fin`);
    expect(new TextDecoder().decode(followed.bytes)).toBe("arrivé");
    expect(await failureOf(allowed.fetch(`${hops.origin}/prive`))).toBe("forbidden_address");
    expect(await failureOf(allowed.fetch(`${hops.origin}/metadata`))).toBe("forbidden_address");
    expect(await failureOf(allowed.fetch(`${hops.origin}/boucle`, { maxRedirects: 3 }))).toBe("too_many_redirects");
    expect(hops.hits.filter((hit) => hit.path === "/boucle")).toHaveLength(4);
  });

  it("stops a body past the size limit, declared or streamed", async () => {
    const big = await server((request, response) => {
      if (request.url === "/declare") {
        response.writeHead(200, { "content-length": String(2048) }).end("x".repeat(2048));
        return;
      }
      response.writeHead(200); // chunked: no length announced
      for (let index = 0; index < 8; index++) response.write("y".repeat(512));
      response.end();
    });
    expect(await failureOf(allowed.fetch(`${big.origin}/declare`, { maxBytes: 1024 }))).toBe("too_large");
    expect(await failureOf(allowed.fetch(`${big.origin}/flux`, { maxBytes: 1024 }))).toBe("too_large");
    expect((await allowed.fetch(`${big.origin}/flux`, { maxBytes: 4096 })).bytes.byteLength).toBe(4096);
  });

  it("gives up on a server that does not answer in time", async () => {
    const slow = await server(() => undefined); // never answers
    expect(await failureOf(allowed.fetch(`${slow.origin}/lent`, { timeoutMs: 200 }))).toBe("timeout");
  });

  it("says a closed port is unreachable", async () => {
    const closed = await server((_request, response) => response.end());
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    expect(await failureOf(allowed.fetch(`${closed.origin}/`))).toBe("unreachable");
  });
});

describe("webhook deliveries through the guard", () => {
  it("delivers a signed POST to a local receiver when loopback is allowed, and refuses it otherwise", async () => {
    const receiver = await server((_request, response) => response.writeHead(204).end());
    const delivery = { url: `${receiver.origin}/cadre`, body: '{"event":"accept"}', secret: "s3cret" };
    await createWebhookTransport(allowed.fetch)(delivery);
    expect(receiver.hits).toHaveLength(1);
    expect(receiver.hits[0]).toMatchObject({ method: "POST", path: "/cadre", body: '{"event":"accept"}' });
    expect(receiver.hits[0]?.headers[SIGNATURE_HEADER]).toMatch(/^sha256=[0-9a-f]{64}$/);
    await expect(createWebhookTransport(production.fetch)(delivery)).rejects.toThrow(/https/);
    await expect(
      createWebhookTransport(production.fetch)({ ...delivery, url: delivery.url.replace("http:", "https:") }),
    ).rejects.toThrow(/boucle locale/);
    expect(receiver.hits).toHaveLength(1);
  });

  it("does not follow a receiver's redirect to a private address", async () => {
    const receiver = await server((_request, response) =>
      response.writeHead(307, { location: "http://192.168.1.1/admin" }).end(),
    );
    await expect(
      createWebhookTransport(allowed.fetch)({ url: `${receiver.origin}/cadre`, body: "{}", secret: "s" }),
    ).rejects.toThrow(/réseau privé/);
  });
});
