import { enfants } from "../../../src/rules/scopes/enfants";
import { signalTable } from "../../support/rule-tester";

// The table of cases lives with the rule (src/rules/scopes/enfants.ts).
signalTable("tariff_by_number_of_children", enfants.cases[0]!);
