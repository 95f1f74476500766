/**
 * Acts written for the tests (our own wording, fictitious places): a full délibération with a
 * QF grid, a generic "API Particulier" délibération, a mayor's decision, a flat tariff page…
 */

export const CANTEEN_DELIBERATION = `RÉPUBLIQUE FRANÇAISE
COMMUNE DE SAINT-AUBIN-LES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 mai 2024
Nombre de conseillers en exercice : 23 – Présents : 20 – Votants : 21

Objet : Restauration scolaire – tarifs applicables à la rentrée 2024

Vu le Code général des collectivités territoriales, notamment son article L2121-29 ;
Vu le Code de l'éducation, notamment son article R531-52 ;

Considérant qu'il convient de moduler la participation des familles selon leurs ressources ;

Le conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :
Article 1 : Les tarifs du repas sont fixés comme suit, selon le quotient familial (QF) calculé par la CAF ou la MSA :
Tranche | Quotient familial | Prix du repas
A | 0 à 450 € | 1,00 €
B | 451 à 800 € | 2,30 €
C | 801 € et plus | 3,60 €
Article 2 : Les familles domiciliées hors de la commune acquittent le tarif C majoré de 1 €.
Article 3 : Une réduction de 10 % est appliquée à partir du troisième enfant inscrit.
Article 4 : Le quotient familial est vérifié à partir du numéro d'allocataire communiqué par la famille.
\fArticle 5 : Le maire est chargé de l'exécution de la présente délibération.
Fait et délibéré les jour, mois et an susdits.
Pour extrait certifié conforme.
Acte rendu exécutoire après transmission en préfecture le 17 mai 2024 et publication le 18 mai 2024.`;

export const GENERIC_API_DELIBERATION = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 2 février 2024
Objet : Adhésion à API Particulier
Vu le Code des relations entre le public et l'administration, notamment son article L114-8 ;
Considérant le principe « Dites-le-nous une fois » ;
Le conseil municipal, après en avoir délibéré, DÉCIDE d'utiliser API Particulier pour récupérer les données de la CAF (quotient familial, composition familiale, adresse) dans le cadre des démarches en ligne.`;

export const MAYOR_DECISION = `DÉCISION DU MAIRE N° 2024-D-017
prise par délégation du conseil municipal (article L2122-22 du CGCT)
Le Maire de Vernet,
Vu la délibération du conseil municipal du 10 juillet 2020 portant délégation d'attributions au maire ;
DÉCIDE :
Article 1 : La participation des familles au séjour de neige est fixée selon le quotient familial :
QF de 0 à 600 € : 90 € – QF de 601 à 1 000 € : 140 € – QF supérieur à 1 000 € : 190 €.
Fait à Vernet, le 3 janvier 2024.`;

export const FLAT_TARIFF_PAGE = `Restaurant scolaire – tarifs 2024
Le restaurant scolaire est ouvert chaque midi en période scolaire, dans les deux écoles de la commune.
Repas enfant : 3,40 €
Repas adulte : 5,90 €
Ces tarifs ont été votés par le conseil municipal.
Les menus sont affichés chaque semaine à l'entrée de l'école et publiés sur le site de la mairie.`;

export const CRECHE_CONVENTION = `CONVENTION D'OBJECTIFS ET DE FINANCEMENT
Prestation de service unique (PSU) – Établissement d'accueil du jeune enfant
La participation familiale est calculée en appliquant le taux d'effort du barème national aux ressources mensuelles du foyer ; le taux d'effort dépend du nombre d'enfants à charge.`;

export const COLLEGE_AID = `La commission permanente du conseil départemental, après en avoir délibéré, décide :
Article 1 : Une aide à la demi-pension de 150 € par an est accordée aux collégiens boursiers, modulée selon l'échelon de bourse : échelon 1 : 100 € ; échelon 2 : 150 € ; échelon 3 : 200 €.`;

export const CCAS_AID = `Le conseil d'administration du CCAS, après en avoir délibéré, adopte le règlement des aides facultatives :
les bénéficiaires du RSA et de l'allocation aux adultes handicapés (AAH) peuvent obtenir une aide alimentaire de 60 € par trimestre ;
les demandeurs d'emploi inscrits à France Travail bénéficient de la gratuité du transport urbain.`;

export const PARKING_DELIBERATION = `Le conseil municipal, après en avoir délibéré, fixe le tarif du stationnement résidentiel à 15 € par mois pour les résidents du centre-ville titulaires d'une carte de résident, conformément à l'article L2333-87 du CGCT.`;

export const TAX_BASED_TARIFF = `Le conseil municipal, après en avoir délibéré, fixe les tarifs de l'accueil de loisirs selon le revenu fiscal de référence figurant sur l'avis d'imposition :
RFR inférieur à 15 000 € : 6 € la journée ; RFR supérieur : 12 € la journée.`;
