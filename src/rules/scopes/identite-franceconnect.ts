/**
 * identite-franceconnect: FranceConnect identity data is weighed by the instructor, never called
 * justified nor unjustified by Cadre: it is needed only where the procedure must establish the
 * user's identity. Cadre shows the passages that speak of it.
 */

import { byKey, mentioned, type ScopeRule } from "./family";

const IDENTITY =
  /\bfranceconnect\b|\b(?:verification|controle|justificatifs?|pieces?) d'identite\b|\bidentite (?:de l'usager|du demandeur|des parents|du beneficiaire)\b/g;

export const identiteFranceconnect: ScopeRule = {
  id: "identite-franceconnect",
  title: "Identité FranceConnect",
  guide:
    "Pour la gestion de l'accès aux téléservices, en fonction du niveau d'identification requis par lesdits téléservices.",
  scopes: ["family_name", "given_name", "birthdate", "birthplace", "birthcountry", "gender", "openid"],
  families: [
    {
      id: "identite-franceconnect",
      matches: byKey("family_name", "given_name", "birthdate", "birthplace", "birthcountry", "gender", "openid"),
      reason: "la démarche prévoit d'établir l'identité de l'usager",
      need: "que la démarche exige d'établir l'identité de l'usager",
      justify: (reading) => mentioned(reading, IDENTITY, 2),
      informational: true,
    },
  ],
  cases: [],
};
