/** French first and last names for the councillors listed in minutes. */

import type { Rng } from "../random";
import type { Person } from "./frame";

const WOMEN = [
  "Anne",
  "Brigitte",
  "Catherine",
  "Chantal",
  "Christine",
  "Corinne",
  "Delphine",
  "Élodie",
  "Florence",
  "Françoise",
  "Isabelle",
  "Laetitia",
  "Marie",
  "Monique",
  "Nadine",
  "Patricia",
  "Sabine",
  "Sylvie",
  "Valérie",
  "Véronique",
] as const;
const MEN = [
  "Alain",
  "Bernard",
  "Christophe",
  "Daniel",
  "David",
  "Didier",
  "Éric",
  "Franck",
  "Gérard",
  "Hervé",
  "Jacques",
  "Jean-Luc",
  "Joël",
  "Michel",
  "Olivier",
  "Pascal",
  "Patrick",
  "Philippe",
  "Serge",
  "Thierry",
] as const;
const LAST = [
  "Bertin",
  "Blanchard",
  "Bonnet",
  "Boucher",
  "Brunet",
  "Carré",
  "Chevalier",
  "Clément",
  "Colin",
  "Denis",
  "Fabre",
  "Faure",
  "Gaillard",
  "Garnier",
  "Guérin",
  "Hubert",
  "Joly",
  "Lacroix",
  "Lambert",
  "Leclerc",
  "Lemoine",
  "Masson",
  "Mercier",
  "Meunier",
  "Noël",
  "Perrot",
  "Picard",
  "Renard",
  "Roche",
  "Roy",
  "Schmitt",
  "Vidal",
  "Arnaud",
  "Aubert",
  "Barre",
  "Baudry",
  "Besson",
  "Bouvier",
  "Caron",
  "Charpentier",
  "Collet",
  "Cordier",
  "Courtois",
  "Delmas",
  "Dumont",
  "Étienne",
  "Ferrand",
  "Gauthier",
  "Giraud",
  "Guillot",
  "Hamon",
  "Jacob",
  "Langlois",
  "Laurent",
  "Leroux",
  "Marchal",
  "Maillard",
  "Millet",
  "Morel",
  "Olivier",
  "Poirier",
  "Prévost",
  "Rey",
  "Rolland",
  "Royer",
  "Tessier",
  "Thomas",
  "Vincent",
] as const;

/** Distinct last names, so minutes that list councillors by last name never repeat one. */
export function councillors(rng: Rng, count: number, exclude: readonly Person[] = []): Person[] {
  if (count > LAST.length - exclude.length) throw new Error(`not enough demo names for ${count} councillors`);
  const people: Person[] = [];
  const used = new Set<string>(exclude.map((person) => person.lastName));
  while (people.length < count) {
    const woman = rng.chance(0.5);
    const person: Person = {
      civility: woman ? "Mme" : "M.",
      firstName: rng.pick(woman ? WOMEN : MEN),
      lastName: rng.pick(LAST),
    };
    if (used.has(person.lastName)) continue;
    used.add(person.lastName);
    people.push(person);
  }
  return people;
}
