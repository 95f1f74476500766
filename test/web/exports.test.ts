/** Exports through HTTP: admins only, CSV parsed back, injection neutralised, XLSX and ODS well-formed. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";
import { parseCsv } from "../exports/support/csv-parse";
import { readOdsTable, readXlsxSheet, unzip } from "../exports/support/sheets";

describe("exports", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ name: '=HYPERLINK("http://x";"clic")' });
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const id = await submittedRequest(harness, applicant);
  await harness.request(`/instruction/demandes/${id}/refuser`, {
    method: "POST",
    body: decisionForm(2, 'Motif ; avec "guillemets"\net retour à la ligne'),
    as: instructor,
  });

  it("is for admins only", async () => {
    for (const user of [applicant, instructor, await harness.user("reporter")]) {
      expect((await harness.request("/admin/exports/demandes", { as: user })).status).toBe(403);
    }
    expect((await harness.request("/admin/exports", { as: admin })).status).toBe(200);
  });

  it("streams the requests as CSV with BOM and semicolons, read back intact and injection-proof", async () => {
    const response = await harness.request("/admin/exports/demandes?format=csv", { as: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="demandes-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.subarray(3)), ";");
    expect(header?.[0]).toBe("Numéro");
    const row = rows.find((cells) => cells[0] === String(id))!;
    expect(row[1]).toBe('\'=HYPERLINK("http://x";"clic")');
    expect(row[7]).toBe("Refusée");
    expect(row[14]).toBe('Motif ; avec "guillemets"\net retour à la ligne');
  });

  it("exports decisions in XLSX and ODS that read back", async () => {
    const xlsx = await harness.request("/admin/exports/decisions?format=xlsx", { as: admin });
    const sheet = readXlsxSheet(unzip(new Uint8Array(await xlsx.arrayBuffer()))["xl/worksheets/sheet1.xml"]!);
    expect(sheet[0]?.[0]?.value).toBe("Décision");
    expect(sheet.some((cells) => cells.some((cell) => cell?.value === "Refusée"))).toBe(true);
    const ods = await harness.request("/admin/exports/decisions?format=ods", { as: admin });
    const table = readOdsTable(unzip(new Uint8Array(await ods.arrayBuffer()))["content.xml"]!);
    expect(table.some((cells) => cells.some((cell) => cell?.value === "Refusée"))).toBe(true);
  });

  it("says how many rows are coming (X-Export-Rows), for the page's progress bar", async () => {
    for (const format of ["csv", "xlsx", "ods"]) {
      const all = await harness.request(`/admin/exports/demandes?format=${format}`, { as: admin });
      expect(all.headers.get("x-export-rows")).toBe("1");
      await all.arrayBuffer();
    }
    const decisions = await harness.request("/admin/exports/decisions?format=csv", { as: admin });
    expect(decisions.headers.get("x-export-rows")).toBe("1");
    const [, ...rows] = parseCsv(new TextDecoder().decode(new Uint8Array(await decisions.arrayBuffer())).slice(1), ";");
    expect(rows).toHaveLength(1);
    const none = await harness.request("/admin/exports/demandes?du=2000-01-01&au=2000-01-02", { as: admin });
    expect(none.headers.get("x-export-rows")).toBe("0");
    expect(new TextDecoder().decode(new Uint8Array(await none.arrayBuffer())).split("\r\n")).toHaveLength(2);
  });

  it("refuses an unknown format or a malformed date in French", async () => {
    const format = await harness.request("/admin/exports/demandes?format=pdf", { as: admin });
    expect(format.status).toBe(422);
    const date = await harness.request("/admin/exports/demandes?du=hier", { as: admin });
    expect(date.status).toBe(422);
  });
});
