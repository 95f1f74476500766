/**
 * The demo's collectivités and people. Names and SIRETs are fictitious; SIRENs follow the
 * public-sector prefixes (21 communes, 20 EPCI, 22 départements, 23 régions, 26 CCAS) and
 * carry real Luhn keys so every form and API check accepts them.
 */

import type { DemoOrganisation, DemoUser } from "./dataset-types";
import type { Issuer, Person } from "./deliberation-texts";

/** The digit that makes `digits + key` pass the Luhn check. */
function luhnKey(digits: string): string {
  for (let key = 0; key <= 9; key++) {
    const candidate = `${digits}${key}`;
    let sum = 0;
    for (let index = 0; index < candidate.length; index++) {
      let digit = Number(candidate[candidate.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return String(key);
  }
  throw new Error(`no Luhn key for ${digits}`);
}

/** SIREN = 8 digits + key; SIRET = SIREN + 4-digit establishment number + key. */
export function siretFrom(sirenBody: string, establishment = "0001"): string {
  const siren = `${sirenBody}${luhnKey(sirenBody)}`;
  const body = `${siren}${establishment}`;
  return `${body}${luhnKey(body)}`;
}

const p = (civility: Person["civility"], firstName: string, lastName: string): Person => ({
  civility,
  firstName,
  lastName,
});

type Profile = Omit<Issuer, "siren"> & { readonly key: string; readonly sirenBody: string };

const PROFILES: readonly Profile[] = [
  {
    key: "montclar",
    sirenBody: "21860172",
    name: "Commune de Montclar-sur-Vienne",
    kind: "commune",
    departement: "86",
    departementLabel: "Département de la Vienne",
    place: "Montclar-sur-Vienne",
    ofName: "de la commune de Montclar-sur-Vienne",
    tribunal: "Poitiers",
    seats: 29,
    head: p("Mme", "Claire", "Dubreuil"),
    deputy: p("M.", "Antoine", "Rivière"),
    secretary: p("Mme", "Lucie", "Barbier"),
  },
  {
    key: "port-sainte-anne",
    sirenBody: "21290241",
    name: "Ville de Port-Sainte-Anne",
    kind: "commune",
    departement: "29",
    departementLabel: "Département du Finistère",
    place: "Port-Sainte-Anne",
    ofName: "de la ville de Port-Sainte-Anne",
    tribunal: "Rennes",
    seats: 43,
    head: p("M.", "Yannick", "Le Bihan"),
    deputy: p("Mme", "Gwenaëlle", "Tanguy"),
    secretary: p("M.", "Erwan", "Quéré"),
  },
  {
    key: "ccas-port-sainte-anne",
    sirenBody: "26290124",
    name: "Centre communal d'action sociale de Port-Sainte-Anne",
    kind: "ccas",
    departement: "29",
    departementLabel: "Département du Finistère",
    place: "Port-Sainte-Anne",
    ofName: "du centre communal d'action sociale de Port-Sainte-Anne",
    tribunal: "Rennes",
    seats: 13,
    head: p("M.", "Yannick", "Le Bihan"),
    deputy: p("Mme", "Anne", "Caradec"),
    secretary: p("M.", "Loïc", "Guillou"),
  },
  {
    key: "saint-eloi",
    sirenBody: "21280377",
    name: "Commune de Saint-Éloi-des-Champs",
    kind: "commune",
    departement: "28",
    departementLabel: "Département d'Eure-et-Loir",
    place: "Saint-Éloi-des-Champs",
    ofName: "de la commune de Saint-Éloi-des-Champs",
    tribunal: "Orléans",
    seats: 15,
    head: p("M.", "Gérard", "Hamelin"),
    deputy: p("Mme", "Sylvie", "Couturier"),
    secretary: p("M.", "Jérôme", "Pichon"),
  },
  {
    key: "castelbrune",
    sirenBody: "21810259",
    name: "Commune de Castelbrune",
    kind: "commune",
    departement: "81",
    departementLabel: "Département du Tarn",
    place: "Castelbrune",
    ofName: "de la commune de Castelbrune",
    tribunal: "Toulouse",
    seats: 23,
    head: p("Mme", "Hélène", "Cabanes"),
    deputy: p("M.", "Sébastien", "Alquier"),
    secretary: p("Mme", "Coralie", "Bousquet"),
  },
  {
    key: "valbrune",
    sirenBody: "21380512",
    name: "Commune de Valbrune",
    kind: "commune",
    departement: "38",
    departementLabel: "Département de l'Isère",
    place: "Valbrune",
    ofName: "de la commune de Valbrune",
    tribunal: "Grenoble",
    seats: 33,
    head: p("M.", "Frédéric", "Reynaud"),
    deputy: p("Mme", "Agnès", "Chabert"),
    secretary: p("M.", "Mathieu", "Brun"),
  },
  {
    key: "cc-val-de-serre",
    sirenBody: "20007125",
    name: "Communauté de communes du Val de Serre",
    kind: "epci",
    departement: "02",
    departementLabel: "Département de l'Aisne",
    place: "Saint-Pierre-de-Serre",
    ofName: "de la communauté de communes du Val de Serre",
    tribunal: "Amiens",
    seats: 42,
    head: p("M.", "Dominique", "Lefebvre"),
    deputy: p("Mme", "Carole", "Dufour"),
    secretary: p("M.", "Jean-Marc", "Pruvost"),
  },
  {
    key: "ca-adour-gaves",
    sirenBody: "20004189",
    name: "Communauté d'agglomération Adour et Gaves",
    kind: "epci",
    departement: "40",
    departementLabel: "Département des Landes",
    place: "Saint-Vincent-des-Gaves",
    ofName: "de la communauté d'agglomération Adour et Gaves",
    tribunal: "Pau",
    seats: 58,
    head: p("Mme", "Marie-Hélène", "Lalanne"),
    deputy: p("M.", "Julien", "Darrigade"),
    secretary: p("Mme", "Stéphanie", "Labat"),
  },
  {
    key: "charente",
    sirenBody: "22160001",
    name: "Département de la Charente",
    kind: "departement",
    departement: "16",
    departementLabel: "Département de la Charente",
    place: "Angoulême",
    ofName: "du Département de la Charente",
    tribunal: "Poitiers",
    seats: 38,
    head: p("M.", "Bernard", "Chaumet"),
    deputy: p("Mme", "Nathalie", "Ravet"),
    secretary: p("M.", "Loïc", "Dupuy"),
  },
  {
    key: "centre-val-de-loire",
    sirenBody: "23450002",
    name: "Région Centre-Val de Loire",
    kind: "region",
    departement: "45",
    departementLabel: "Région Centre-Val de Loire",
    place: "Orléans",
    ofName: "de la Région Centre-Val de Loire",
    tribunal: "Orléans",
    seats: 39,
    head: p("Mme", "Catherine", "Vernier"),
    deputy: p("M.", "Arnaud", "Petitjean"),
    secretary: p("Mme", "Sophie", "Aubry"),
  },
];

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = PROFILES.map((profile) => ({
  key: profile.key,
  siret: siretFrom(profile.sirenBody),
  name: profile.name,
  kind: profile.kind,
  departement: profile.departement,
}));

/** The issuer of an organisation's acts (what the templates print in headers and signatures). */
export function issuerOf(organisationKey: string): Issuer {
  const profile = PROFILES.find((candidate) => candidate.key === organisationKey);
  if (profile === undefined) throw new Error(`unknown demo organisation ${organisationKey}`);
  const { key: _key, sirenBody, ...issuer } = profile;
  return { ...issuer, siren: `${sirenBody}${luhnKey(sirenBody)}` };
}

const applicant = (key: string, email: string, name: string, organisationKey: string): DemoUser => ({
  key,
  email,
  name,
  role: "applicant",
  organisationKey,
});

export const DEMO_USERS: readonly DemoUser[] = [
  // The four sign-in accounts of the demo: keys and e-mails are a contract with the login page.
  applicant("demo-applicant", "agent@demo.cadre.local", "Camille Rousseau", "montclar"),
  { key: "demo-instructor", email: "instructeur@demo.cadre.local", name: "Hélène Marchetti", role: "instructor" },
  { key: "demo-reporter", email: "lecteur@demo.cadre.local", name: "Olivier Gauthier", role: "reporter" },
  { key: "demo-admin", email: "admin@demo.cadre.local", name: "Nadia Ferreira", role: "admin" },
  { key: "instructor-karim", email: "karim.benali@demo.cadre.local", name: "Karim Benali", role: "instructor" },
  { key: "instructor-julie", email: "julie.perrin@demo.cadre.local", name: "Julie Perrin", role: "instructor" },
  applicant("montclar-julien", "julien.marchand@mairie-montclar-sur-vienne.fr", "Julien Marchand", "montclar"),
  applicant("psa-nathalie", "nathalie.le-goff@ville-port-sainte-anne.fr", "Nathalie Le Goff", "port-sainte-anne"),
  applicant("psa-yann", "yann.kerbrat@ville-port-sainte-anne.fr", "Yann Kerbrat", "port-sainte-anne"),
  applicant("ccas-sandrine", "sandrine.morvan@ccas-port-sainte-anne.fr", "Sandrine Morvan", "ccas-port-sainte-anne"),
  applicant("saint-eloi-martine", "martine.lefevre@mairie-saint-eloi-des-champs.fr", "Martine Lefèvre", "saint-eloi"),
  applicant("castelbrune-laurent", "laurent.cabrol@mairie-castelbrune.fr", "Laurent Cabrol", "castelbrune"),
  applicant("valbrune-emilie", "emilie.girard@ville-valbrune.fr", "Émilie Girard", "valbrune"),
  applicant("valbrune-thomas", "thomas.vial@ville-valbrune.fr", "Thomas Vial", "valbrune"),
  applicant("serre-aurelie", "aurelie.lefranc@cc-valdeserre.fr", "Aurélie Lefranc", "cc-val-de-serre"),
  applicant("adour-pierre", "pierre.lacoste@agglo-adour-gaves.fr", "Pierre Lacoste", "ca-adour-gaves"),
  applicant("adour-marion", "marion.dufau@agglo-adour-gaves.fr", "Marion Dufau", "ca-adour-gaves"),
  applicant("charente-isabelle", "isabelle.fontaine@departement-charente.fr", "Isabelle Fontaine", "charente"),
  applicant("cvl-francois", "francois.besnard@region-centrevaldeloire.fr", "François Besnard", "centre-val-de-loire"),
];
