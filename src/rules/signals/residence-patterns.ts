/**
 * The wordings of a residence condition, each led by a fixed word so it scans fast: "hors
 * commune", "non-résidents", "extérieurs à la commune", "autres communes", "tarif extérieur",
 * "domiciliés sur la commune", "familles de la commune", a demonym, a named place.
 */

export const PEOPLE =
  "(?:enfants?|familles?|foyers?|menages?|habitants?|jeunes|usagers?|eleves|seniors|retraites|adultes|personnes|participants?|adherents?|inscrits?|beneficiaires?)";
const OUTSIDERS =
  "(?:enfants?|familles?|foyers?|menages?|habitants?|jeunes|usagers?|eleves|adherents?|inscrits?|participants?)";
const TERRITORY_NOUN =
  "(?:commune|ville|territoire|communaute\\b[\\w' -]{0,30}|agglomeration|agglo|metropole|departement|region|intercommunalite|cc\\b|epci|syndicat|regroupement|rpi)";
const TERRITORY = `(?:la |le |l')${TERRITORY_NOUN}`;
const OUTSIDE = "(?:exterieu\\w*|residents?|non[\\s-]residents?|hors\\s+commune)";

/** Wordings that oppose residents and outsiders by themselves ("hors commune", "extérieurs"). */
export const OUTSIDER_PATTERNS: readonly RegExp[] = [
  // "hors commune", "hors de la commune", "en dehors du territoire", "hors du périmètre".
  /\b(?:hors|en dehors)[\s-]+(?:(?:de |du |des |d')\s*)?(?:(?:la|le|les|l'|leur|notre)\s*)?(?:commune|communes|territoire|agglomeration|agglo|communaute|departement|canton|metropole|regroupement|rpi|intercommunalite|ville|perimetre|epci|cc|ca)\b/g,
  // "à l'extérieur de la commune", "résidant à l'extérieur du territoire".
  new RegExp(`\\bexterieur (?:de |du |des |d')\\s*(?:la |le |les |l')?${TERRITORY_NOUN}`, "g"),
  // "ne résidant pas sur la commune", "n'habitant pas la commune", "qui ne sont pas domiciliés".
  // (Led by the verb, the negation checked behind: a pattern led by "n" would try every word.)
  /\b(?:resid\w*|habit\w*|demeur\w*|vi(?:t|vent|vant)|domicili\w*)\s+pas\b(?<=\b(?:ne |n')\s*(?:(?:sont|soient|est|soit|etant) )?\w+\s+pas)/g,
  /\b(?:ne |n')\s*(?:sont|soient|est|soit|etant) pas (?:domicili\w*|residents?|habitants?)\b/g,
  // "habitant une autre commune", "venant d'autres communes", "domiciliés dans une autre commune".
  /\b(?:une|d'une|d'autres|des|les) autres? communes?\b/g,
  /\bnon[\s-]?(?:residents?|domicilie\w*|habitants?|ressortissants?)\b/g,
  new RegExp(`\\bexterieu\\w*\\s+(?:a|au|aux)\\s+${TERRITORY}`, "g"),
  /\bcommunes?\s+(?:exterieures?|non[\s-]?membres?)\b/g,
  /\bautres\s+communes\b/g,
  // "tarif extérieur", "enfants non-résidents", "pour les extérieurs": the outside word leads,
  // what stands before it is checked behind it.
  // ("personnes extérieures" alone often means people outside the service, not non-residents.)
  new RegExp(`\\b${OUTSIDE}\\b(?<=\\b(?:${OUTSIDERS}|tarifs?|prix|categorie|les|aux|des|pour)\\s+${OUTSIDE})`, "g"),
  /\n[ |]*(?:exterieurs?|hors commune|non[ -]residents?)[ |]*(?=\n|$)/g,
  /\b(?:extra|intra)[\s-]?muros\b/g,
];

/**
 * Wordings that only name where people live ("domiciliés sur la commune", "les familles de la
 * commune", "selon la commune de résidence"): a condition only where a difference is stated.
 */
export const RESIDENT_PATTERNS: readonly RegExp[] = [
  /\b(?:domicilie\w*|residant\w*|residents?|habitant\w*|demeurant\w*)\s+(?:a|au|aux|sur|dans|en|de|du|d'|hors)\b/g,
  // "les familles de la commune", "habitants des communes membres".
  new RegExp(
    `\\b${TERRITORY_NOUN}(?<=\\b${PEOPLE}\\s+(?:de|du|des|d')\\s*(?:la |le |l')?[a-z' -]{0,25}${TERRITORY_NOUN})`,
    "g",
  ),
  /\bcommunes?\s+membres?\b/g,
  /\b(?:commune|lieu|ville|territoire) de (?:residence|domicile)\b/g,
];

/** A price or access that differs, or is reserved: what turns "habitants de la commune" into a condition. */
export const DIFFERENCE =
  /\b(?:hors|exterieu\w*|non[\s-]?residents?|autres? communes?|majore\w*|majoration|supplement\w*|reduit\w*|preferentiel\w*|reserve\w*|seule?s?|uniquement|exclusivement|priorit\w*|benefici\w*|accord\w*|attribu\w*|selon|en fonction|different\w*|distingu\w*|specifique\w*)\b/;

// A demonym after a people noun ("les enfants lyonnais", "familles nantaises").
export const DEMONYM = new RegExp(
  `\\b${PEOPLE}\\s+([a-z]{3,}(?:ais|aise|aises|ois|oise|oises|ien|iens|ienne|iennes|ain|ains|aine|aines|ins|eaux))\\b`,
  "g",
);
// "non rouennais", "non-Villeneuvois": outsiders named by their town's demonym.
export const NON_DEMONYM =
  /\bnon[\s-]([a-z]{3,}(?:ais|aise|aises|ois|oise|oises|ien|iens|ienne|iennes|ain|ains|aine|aines|ins|eaux))\b/g;
// Words with those endings that are not demonyms.
export const NOT_DEMONYMS = new Set(
  (
    "francais francaise francaises anglais mauvais frais jamais desormais mois fois trois anciens moyens " +
    "certains certaines prochains prochaines humains urbains quotidiens voisins voisines cousins orphelins " +
    "collegiens lyceens europeens nouveaux jumeaux beaux lointains contemporains mineurs malins sains saines " +
    "internes externes americains africains citoyens gardiens musiciens historiens"
  ).split(" "),
);

// "Hors Vernet", "Domiciliés hors Bellerive": a capitalised place after "hors" (read on the normalised text).
export const HORS_PLACE = /\b[Hh]ors[\s-]+(\p{Lu}[\p{L}'’-]{2,})/gu;
export const NOT_PLACES = new Set(
  (
    "taxes taxe tva delai delais repas vacances periode saison transport sejour classe frais champ service " +
    "forfait serie categorie norme normes cadre temps scolaire charges abonnement options option prestation " +
    "prestations assurance cotisation"
  ).split(" "),
);
