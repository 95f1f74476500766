/**
 * A held-out check: the demo's acts were written by another hand, each with what a careful
 * reader finds in it (ActTraits). The annotator never saw them while it was tuned; its signals
 * must agree with those traits on every template, for several collectivités and dates.
 *
 * Two traits are defined more narrowly than the contract's signals, which follow the label
 * definitions of the corpus: `mentionsIncomeOrTax` means "the tariff depends on tax income",
 * while the signal is any explicit mention of household resources (so it is left out); and the
 * minutes that approve a grid kept in an annex do fix tariffs in the signal's sense (b), "the
 * act whose declared object is to fix the tariffs".
 */

import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate";
import { ACT_TEMPLATE_KEYS, actTraits, writeAct } from "../../src/demo/deliberation-texts";
import { DEMO_ORGANISATIONS, issuerOf } from "../../src/demo/dataset-parties";

const issuers = DEMO_ORGANISATIONS.slice(0, 4).map((organisation) => issuerOf(organisation.key));

const cases = ACT_TEMPLATE_KEYS.flatMap((key) =>
  issuers.map((issuer, index) => ({
    key,
    issuer: issuer.name,
    ctx: { issuer, date: new Date(Date.UTC(2025, index * 3, 10)), number: `2025-0${index}`, seed: index + 1 },
  })),
);

describe("signals on the demo's acts (written independently, labelled by their author)", () => {
  it.each(cases)("$key ($issuer)", ({ key, ctx }) => {
    const act = writeAct(key, ctx);
    const traits = actTraits(key);
    const { signals } = annotate(
      { text: act.text, pageOffsets: [0], method: "text_layer", confidence: null },
      { scopes: [] },
    );
    expect({
      is_deliberation: signals.is_deliberation,
      fixes_tariffs: signals.fixes_tariffs,
      tariff_by_quotient_familial: signals.tariff_by_quotient_familial,
      tariff_by_residence: signals.tariff_by_residence,
      tariff_by_number_of_children: signals.tariff_by_number_of_children,
    }).toEqual({
      is_deliberation: traits.nature === "deliberation" || traits.nature === "proces-verbal",
      fixes_tariffs: traits.fixesTariffs || key === "proces-verbal-grille-en-annexe",
      tariff_by_quotient_familial: traits.byQuotientFamilial,
      tariff_by_residence: traits.byResidence,
      tariff_by_number_of_children: traits.byNumberOfChildren,
    });
  });
});
