import { quotientFamilial } from "../../../src/rules/scopes/quotient-familial";
import { signalTable } from "../../support/rule-tester";

// The table of cases lives with the rule (src/rules/scopes/quotient-familial.ts).
signalTable("tariff_by_quotient_familial", quotientFamilial.cases[0]!);
