/**
 * The instructors' traffic, request by request: 55 % queue pages (first page, filtered, full-text
 * search, deep pages), 25 % review pages, 10 % decisions on distinct submitted requests with
 * their versions, 10 % applicants' request pages. A fixed 20-slot pattern spreads the kinds
 * evenly over time instead of drawing them at random, so short runs keep the proportions.
 */

import type { DecisionLedger } from "./checks";
import type { LoadWorld } from "./fixture";
import type { Shot } from "./open-model";

export const KINDS = [
  "queue-first",
  "queue-filtered",
  "queue-search",
  "queue-deep",
  "review",
  "decision",
  "applicant",
] as const;
type Kind = (typeof KINDS)[number];

// 3 + 3 + 2 + 3 = 11 queue slots (55 %), 5 review (25 %), 2 decision (10 %), 2 applicant (10 %).
const PATTERN: readonly Kind[] = [
  "queue-first",
  "review",
  "queue-filtered",
  "queue-deep",
  "applicant",
  "review",
  "queue-search",
  "decision",
  "queue-first",
  "review",
  "queue-filtered",
  "queue-deep",
  "review",
  "applicant",
  "queue-search",
  "queue-first",
  "decision",
  "queue-filtered",
  "review",
  "queue-deep",
];

const FILTERED = [
  "/instruction?dept=13&donnee=cnaf_enfants",
  "/instruction?dept=13&donnee=cnaf_enfants&regle=scope-justification",
  "/instruction?onglet=toutes&dept=69&donnee=cnaf_adresse",
];
// What instructors type: a SIRET, a request number, a word of some acts, and one search in four
// for a word found in nearly every act (its cost is measured on its own by npm run bench).
const SEARCHES = [
  "/instruction?q=21000013000013",
  "/instruction?onglet=toutes&q=45678",
  "/instruction?q=majore",
  "/instruction?onglet=toutes&q=quotient",
];
const MOTIVATION = `motivation=${encodeURIComponent("Délibération conforme (test de charge).")}`;

export function mixOf(world: LoadWorld, origin: string, ledger: DecisionLedger): (index: number) => Shot {
  const counters = new Map<Kind, number>();
  const take = (kind: Kind) => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    return n;
  };
  const page = (kind: Kind, path: string, cookie: string): Shot => ({
    kind,
    method: "GET",
    path,
    headers: { cookie },
    expect: 200,
  });
  return (index) => {
    const kind = PATTERN[index % PATTERN.length]!;
    const n = take(kind);
    const cookie = world.instructorCookies[index % world.instructorCookies.length]!;
    switch (kind) {
      case "queue-first":
        return page(kind, "/instruction", cookie);
      case "queue-filtered":
        return page(kind, FILTERED[n % FILTERED.length]!, cookie);
      case "queue-search":
        return page(kind, SEARCHES[n % SEARCHES.length]!, cookie);
      case "queue-deep":
        return page(kind, `/instruction?apres=${world.deepCursors[n % world.deepCursors.length]}`, cookie);
      case "review":
        return page(kind, `/instruction/demandes/${world.reviewIds[n % world.reviewIds.length]}`, cookie);
      case "applicant": {
        const target = world.applicantPages[n % world.applicantPages.length]!;
        return page(kind, target.path, target.cookie);
      }
      case "decision": {
        const target = world.submitted.shift();
        if (!target) throw new Error("plus de demandes soumises à décider : augmentez --requests");
        ledger.sent.set(target.id, target.version);
        return {
          kind,
          method: "POST",
          path: `/instruction/demandes/${target.id}/valider`,
          headers: {
            cookie: world.instructorCookies[target.id % world.instructorCookies.length]!,
            origin,
            "content-type": "application/x-www-form-urlencoded",
            "hx-request": "true",
          },
          body: `version=${target.version}&${MOTIVATION}`,
          expect: 204,
          onAnswer: (status) => ledger.answered.set(target.id, status),
        };
      }
    }
  };
}
