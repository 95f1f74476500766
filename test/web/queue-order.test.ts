/**
 * The queue's orders, pages and reading outcomes through HTTP: every order pages by keyset with
 * "page N sur M", first/previous/next links that keep the filters; each row says what the reading
 * concluded (not justified, to check — a warning —, justified, unread) and the filters find them.
 * Rows are written straight into the tables: 120 requests through the forms would read 120 PDFs.
 */

import { describe, expect, it } from "vitest";
import { findings, requestAnnotations, requests } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { visibleText } from "../support/html";

const ids = (html: string) =>
  [...html.matchAll(/<tr data-row[^>]*>\s*<td><a href="\/instruction\/demandes\/(\d+)\?/g)].map((match) =>
    Number(match[1]),
  );
const hrefOf = (html: string, label: string) => {
  const match = new RegExp(`<a class="fr-pagination__link[^"]*" href="([^"]+)"[^>]*>${label}</a>`).exec(html);
  return match ? match[1]!.replaceAll("&amp;", "&") : null;
};

describe("queue orders, pages and reading outcomes", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ departement: "56" });
  const agent = await harness.user("applicant", organisation.id);
  const alice = await harness.user("instructor");
  const HOUR = 3_600_000;
  const base = harness.clock.now - 1_000 * HOUR;
  // 120 submitted requests, submitted an hour apart; last changed in the reverse order. Eight
  // rows per statement: D1 binds at most 100 values.
  const rows = Array.from({ length: 120 }, (_, index) => ({
    organisationId: organisation.id,
    createdById: agent.id,
    useCase: "tarification-municipale-enfance",
    state: "submitted",
    version: 2,
    createdAt: base + index * HOUR,
    firstSubmittedAt: base + index * HOUR,
    submittedAt: base + index * HOUR,
    updatedAt: base + (500 - index) * HOUR,
  }));
  const all: number[] = [];
  for (let start = 0; start < rows.length; start += 8) {
    const inserted = await harness.db
      .insert(requests)
      .values(rows.slice(start, start + 8))
      .returning({ id: requests.id });
    all.push(...inserted.map((row) => row.id));
  }
  const [unjustified, toCheck, justified] = all;
  const annotate = async (requestId: number, statuses: string[], suggestion: string) => {
    await harness.db.insert(requestAnnotations).values({
      requestId,
      rulesVersion: "test",
      annotation: JSON.stringify({ suggestion: { decision: suggestion, motivation: "" } }),
      annotatedAt: harness.clock.now,
    });
    for (const [index, status] of statuses.entries()) {
      await harness.db.insert(findings).values({
        requestId,
        ruleId: "scope-justification",
        status,
        scope: `scope_${index}`,
        message: "test",
        createdAt: harness.clock.now,
      });
    }
  };
  await annotate(unjustified!, ["fail", "fail", "warning", "pass"], "request_tariff_act");
  await annotate(toCheck!, ["warning", "pass"], "accept");
  await annotate(justified!, ["pass", "pass"], "accept");

  const queue = async (query: string) => {
    const response = await harness.request(`/instruction?${query}`, { as: alice });
    expect(response.status).toBe(200);
    return response.text();
  };

  it.each([
    ["", all],
    ["tri=recentes", [...all].reverse()],
    ["tri=modifiees", all],
    ["tri=attente", [...all].reverse()],
  ])("walks every page of ?%s forwards then backwards, with page N sur M", async (sort, expected) => {
    let html = await queue(`onglet=a-instruire&dept=56${sort ? `&${sort}` : ""}`);
    const seen: number[] = [];
    for (let page = 1; page <= 3; page++) {
      expect(visibleText(html)).toContain(`Page ${page} sur 3`);
      seen.push(...ids(html));
      const next = hrefOf(html, "Page suivante");
      if (page === 3) {
        expect(next).toBeNull();
        break;
      }
      // Filters and order stay in every link.
      expect(next).toContain("dept=56");
      if (sort) expect(next).toContain(sort);
      expect(next).toContain(`page=${page + 1}`);
      html = await queue(next!.replace("/instruction?", ""));
    }
    expect(seen).toEqual(expected);
    const previous = hrefOf(html, "Page précédente")!;
    html = await queue(previous.replace("/instruction?", ""));
    expect(visibleText(html)).toContain("Page 2 sur 3");
    expect(ids(html)).toEqual(expected.slice(50, 100));
    const first = hrefOf(html, "Première page")!;
    expect(first).not.toMatch(/apres|avant|page=/);
    html = await queue(first.replace("/instruction?", ""));
    expect(ids(html)).toEqual(expected.slice(0, 50));
    expect(hrefOf(html, "Page précédente")).toBeNull();
  });

  it("shows each row's reading outcome and suggestion", async () => {
    const text = visibleText(await queue("onglet=a-instruire&dept=56"));
    expect(text).toContain("2 données non justifiées et 1 à vérifier Suggestion : demander l'acte tarifaire");
    expect(text).toContain("1 donnée à vérifier Suggestion : valider");
    expect(text).toContain("Données justifiées Suggestion : valider");
    expect(text).toContain("Pas encore lue");
  });

  it.each([
    ["lecture=non-justifiees", [unjustified]],
    ["lecture=a-verifier", [toCheck]],
    ["lecture=justifiees", [justified]],
    ["suggestion=valider", [toCheck, justified]],
    ["suggestion=acte-tarifaire", [unjustified]],
    ["lecture=justifiees&suggestion=refuser", []],
  ])("filters on ?%s", async (filter, expected) => {
    const html = await queue(`onglet=a-instruire&dept=56&${filter}`);
    expect(ids(html)).toEqual(expected);
  });

  it("pages by the size chosen in the URL, and keeps it in the links", async () => {
    const html = await queue("onglet=a-instruire&dept=56&par=25");
    expect(ids(html)).toEqual(all.slice(0, 25));
    expect(visibleText(html)).toContain("Page 1 sur 5");
    const next = hrefOf(html, "Page suivante")!;
    expect(next).toContain("par=25");
    expect(ids(await queue(next.replace("/instruction?", "")))).toEqual(all.slice(25, 50));
    expect(ids(await queue("onglet=a-instruire&dept=56&par=7"))).toHaveLength(50);
  });

  it("filters the unread requests, and counts them for the pager", async () => {
    const html = await queue("onglet=a-instruire&dept=56&lecture=non-lues");
    expect(ids(html)).toEqual(all.slice(3, 53));
    expect(visibleText(html)).toContain("Page 1 sur 3");
  });

  it("follows the order from a request's page to its neighbours", async () => {
    const html = await (
      await harness.request(`/instruction/demandes/${all[10]}?onglet=a-instruire&tri=recentes`, { as: alice })
    ).text();
    expect(html).toContain(`href="/instruction/demandes/${all[11]}?onglet=a-instruire&amp;tri=recentes" rel="prev"`);
    expect(html).toContain(`href="/instruction/demandes/${all[9]}?onglet=a-instruire&amp;tri=recentes" rel="next"`);
  });

  it("lists a search by request number whatever the order, and pages it", async () => {
    const html = await queue(`onglet=a-instruire&tri=recentes&q=${organisation.siret}`);
    expect(ids(html)).toEqual(all.slice(0, 50));
    expect(visibleText(html)).toContain("par ordre : numéro de demande (recherche)");
    expect(visibleText(html)).toContain("Page 1 sur 3");
    const next = hrefOf(html, "Page suivante")!;
    expect(next).toContain("tri=recentes");
    expect(ids(await queue(next.replace("/instruction?", "")))).toEqual(all.slice(50, 100));
  });

  it("ignores an unknown order or a broken cursor", async () => {
    expect(ids(await queue("onglet=a-instruire&dept=56&tri=n-importe"))).toEqual(all.slice(0, 50));
    expect(ids(await queue("onglet=a-instruire&dept=56&apres=abc&page=9"))).toEqual(all.slice(0, 50));
  });
});
