/** Filling motivation templates. */

import { describe, expect, it } from "vitest";
import { renderTemplate, unknownVariables } from "../../src/domain/message-template";

const values = {
  organisation: "Commune de Valbrune",
  numero: "42",
  cas_usage: "Tarification des transports",
  donnees: "Statut C2S",
  donnees_non_justifiees: "Statut C2S",
  instructeur: "Hélène Marchetti",
};

describe("renderTemplate", () => {
  it.each([
    ["Bonjour {{organisation}},", "Bonjour Commune de Valbrune,"],
    ["Demande n° {{ numero }} : {{cas_usage}}", "Demande n° 42 : Tarification des transports"],
    ["Rien à remplacer.", "Rien à remplacer."],
    ["{{donnees_non_justifiees}} et {{donnees_non_justifiees}}", "Statut C2S et Statut C2S"],
    ["Inconnue : {{inconnue}}", "Inconnue : {{inconnue}}"],
    ["Pas une variable : {{ 12 }} {organisation}", "Pas une variable : {{ 12 }} {organisation}"],
  ])("%s", (body, expected) => expect(renderTemplate(body, values)).toBe(expected));
});

describe("unknownVariables", () => {
  it("names each unknown variable once", () => {
    expect(unknownVariables("{{organisation}} {{ville}} {{ville}} {{numéro}}")).toEqual(["ville"]);
  });
});
