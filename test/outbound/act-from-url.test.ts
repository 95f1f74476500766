/**
 * Reading the act from its URL, end to end against real servers on 127.0.0.1 (loopback allowed
 * by the test setting, private networks still not): a PDF and a web page are fetched, kept with
 * their address, time and SHA-256, and read; a redirect to a private address, an oversized body,
 * a slow server, a wrong type and an error page are refused, recorded, and explained in French.
 */

import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/domain/digest";
import { createNodeGuard } from "../../src/entry/node-outbound";
import { fetchActFromUrl } from "../../src/services/fetch-act-from-url";
import { listRequestDocuments } from "../../src/storage/documents-store";
import { documentTexts, events, requests } from "../../src/storage/schema";
import type { UserRow } from "../../src/storage/people-store";
import { makeJavaScriptPdf } from "../support/document-fixtures";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { startLocalServer } from "../support/local-server";
import { newRequestForm, samplePdf } from "../support/requests";

const PAGE = `<!DOCTYPE html><html><head><title>Recueil</title><style>p{color:red}</style>
<script>document.write("caché")</script></head><body><nav>Accueil</nav>
<h1>Délibération n° 2026-014</h1><p>Le conseil municipal fixe les tarifs de la cantine selon le
<b>quotient familial</b>&nbsp;calculé par la CAF.</p><table><tr><td>QF &lt; 500</td><td>1,20&nbsp;€</td></tr></table>
</body></html>`;

describe("the act read from its URL", async () => {
  const harness = await createHarness({ outboundAllowLoopback: true });
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const pdf = await samplePdf(
    "Le conseil municipal fixe les tarifs de la cantine selon le quotient familial de la CAF.",
  );
  const activePdf = await makeJavaScriptPdf();
  const site = await startLocalServer((request, response) => {
    switch (request.url) {
      case "/deliberation.pdf":
        return response.writeHead(200, { "content-type": "application/octet-stream" }).end(pdf);
      case "/recueil/acte-14":
        return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      case "/vers-prive":
        return response.writeHead(302, { location: "http://10.0.0.1/deliberation.pdf" }).end();
      case "/enorme.pdf": {
        response.writeHead(200, { "content-type": "application/pdf" }); // chunked: no length announced
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        for (let index = 0; index < 11; index++) response.write(chunk);
        return response.end();
      }
      case "/image.png":
        return response.writeHead(200, { "content-type": "application/pdf" }).end(Buffer.from("\x89PNG\r\n\x1a\n"));
      case "/actif.pdf":
        return response.writeHead(200).end(activePdf);
      case "/lent":
        return undefined; // never answers
      default:
        return response.writeHead(404).end("introuvable");
    }
  });
  afterAll(() => site.close());

  async function draftWithUrl(path: string, as: UserRow = applicant): Promise<number> {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null, { cadre_juridique_url: path ? `${site.origin}${path}` : "" }),
      as,
    });
    expect(created.status).toBe(303);
    await harness.actFetchIdle();
    await harness.readingIdle();
    return Number(/\/demandes\/(\d+)/.exec(created.headers.get("location") ?? "")![1]);
  }

  async function failureOf(requestId: number) {
    const [event] = await harness.db
      .select()
      .from(events)
      .where(and(eq(events.requestId, requestId), eq(events.type, "act_fetch_failed")));
    return event ? (JSON.parse(event.payload) as { failure: string; message: string; url: string }) : null;
  }

  it("fetches a PDF, keeps its address, time and SHA-256, reads it, and shows where it came from", async () => {
    const id = await draftWithUrl("/deliberation.pdf");
    const [document] = await listRequestDocuments(harness.db, id);
    expect(document).toMatchObject({
      name: "deliberation.pdf",
      mediaType: "application/pdf",
      sourceUrl: `${site.origin}/deliberation.pdf`,
      fetchedAt: harness.clock.now,
      sha256: await sha256Hex(pdf),
      size: pdf.byteLength,
    });
    const [text] = await harness.db.select().from(documentTexts).where(eq(documentTexts.documentId, document!.id));
    expect(text?.status).toBe("done");
    expect(text?.text).toMatch(/quotient familial/);
    await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    const page = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }));
    expect(page).toContain(`Récupéré par Cadre depuis ${site.origin}/deliberation.pdf le`);
    expect(page).toContain(`empreinte SHA-256 : ${await sha256Hex(pdf)}`);
    expect(page).toContain("Acte récupéré par Cadre depuis son adresse");
    // Already fetched: submitting does not fetch it again.
    expect(site.hits.filter((hit) => hit.path === "/deliberation.pdf")).toHaveLength(1);
  });

  it("fetches a web page and reads its visible text, without scripts or styles", async () => {
    const id = await draftWithUrl("/recueil/acte-14");
    const [document] = await listRequestDocuments(harness.db, id);
    expect(document).toMatchObject({
      name: "acte-14",
      mediaType: "text/html",
      sha256: await sha256Hex(new TextEncoder().encode(PAGE)),
    });
    const [text] = await harness.db.select().from(documentTexts).where(eq(documentTexts.documentId, document!.id));
    expect(text?.status).toBe("done");
    expect(text?.text).toContain("Délibération n° 2026-014");
    expect(text?.text).toContain("selon le\nquotient familial calculé par la CAF.");
    expect(text?.text).toContain("QF < 500 1,20 €");
    expect(text?.text).not.toMatch(/caché|color|Recueil/);
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toContain("Acte récupéré par Cadre à cette adresse");
  });

  const refusals: [string, string, RegExp][] = [
    ["/vers-prive", "forbidden_address", /« 10\.0\.0\.1 » mène vers un réseau privé/],
    ["/enorme.pdf", "too_large", /dépasse 10 Mo/],
    [
      "/image.png",
      "wrong_type",
      /n'est ni un PDF, ni un document Word \(DOCX\), ni un document OpenDocument \(ODT\), ni une page web/,
    ],
    ["/actif.pdf", "wrong_type", /contient du code JavaScript/],
    ["/absent.pdf", "http_error", /HTTP 404/],
  ];
  it.each(refusals)("refuses %s (%s), stores nothing, and tells the agent why", async (path, failure, message) => {
    const id = await draftWithUrl(path);
    expect(await listRequestDocuments(harness.db, id)).toEqual([]);
    expect(await failureOf(id)).toMatchObject({ failure, url: `${site.origin}${path}` });
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toMatch(/Cadre n'a pas pu récupérer l'acte à cette adresse/);
    expect(page).toMatch(message);
    expect(page).toContain("Joignez l'acte en document, ou corrigez l'adresse.");
  });

  it("gives up on a slow server, and says so", async () => {
    // A draft without an address, given one afterwards: the route's fetch would wait its full 15 s.
    const id = await draftWithUrl("");
    await harness.db
      .update(requests)
      .set({ legalFrameworkUrl: `${site.origin}/lent` })
      .where(eq(requests.id, id));
    const deps = {
      db: harness.db,
      now: () => harness.clock.now,
      fetch: createNodeGuard({ allowLoopback: true }).fetch,
      limits: { timeoutMs: 300 },
    };
    expect(await fetchActFromUrl(deps, { requestId: id })).toMatchObject({ status: "failed", failure: "timeout" });
    expect(await listRequestDocuments(harness.db, id)).toEqual([]);
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toMatch(/Le site n'a pas répondu en \d+ secondes : Cadre a abandonné\./);
  });

  it("is refused without the loopback setting, as in production", async () => {
    const strict = await createHarness();
    const agent = await strict.user("applicant", (await strict.organisation()).id);
    const created = await strict.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null, { cadre_juridique_url: `${site.origin}/deliberation.pdf` }),
      as: agent,
    });
    await strict.actFetchIdle();
    const id = Number(/\/demandes\/(\d+)/.exec(created.headers.get("location") ?? "")![1]);
    expect(await listRequestDocuments(strict.db, id)).toEqual([]);
    const page = await pageText(await strict.request(`/demandes/${id}`, { as: agent }));
    expect(page).toContain("Seules les adresses en https:// sont acceptées");
  });
});
