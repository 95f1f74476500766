/** Script injection in every field a person types comes back escaped, on every page that shows it. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { newRequestForm, samplePdf } from "../support/requests";

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("hostile input", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const raw = (html: string) => html.includes("<script>alert") || html.includes("<img src=x");

  it("escapes the legal text, the file name and messages on the applicant's and the instructor's pages", async () => {
    const form = newRequestForm(null, { cadre_juridique_nature: PAYLOAD });
    form.append("documents", new File([(await samplePdf()) as Uint8Array<ArrayBuffer>], `${PAYLOAD}.pdf`));
    const created = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: PAYLOAD }),
      as: applicant,
    });
    await harness.readingIdle();
    for (const [path, user] of [
      [`/demandes/${id}`, applicant],
      [`/instruction/demandes/${id}`, instructor],
      ["/demandes", applicant],
    ] as const) {
      const html = await (await harness.request(path, { as: user })).text();
      expect(raw(html), path).toBe(false);
      if (path !== "/demandes") expect(html, path).toContain("&lt;script&gt;alert"); // shown, but as text
    }
    const refused = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: new URLSearchParams({ version: "999", motivation: PAYLOAD }),
      as: instructor,
    });
    expect(refused.status).toBe(409);
    expect(raw(await refused.text())).toBe(false);
  });

  it("escapes what admins type (templates) and what a form sends back on error", async () => {
    const template = await harness.request("/admin/modeles", {
      method: "POST",
      body: new URLSearchParams({ nom: PAYLOAD, decision: "reject", texte: PAYLOAD }),
      as: admin,
    });
    expect(template.status).toBe(303);
    expect(raw(await (await harness.request("/admin/modeles", { as: admin })).text())).toBe(false);
    const invalid = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null, { use_case: PAYLOAD, cadre_juridique_url: PAYLOAD }),
      as: applicant,
    });
    expect(invalid.status).toBe(422);
    expect(raw(await invalid.text())).toBe(false);
  });
});
