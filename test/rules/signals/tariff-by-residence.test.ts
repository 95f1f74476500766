import { adresse } from "../../../src/rules/scopes/adresse";
import { signalTable } from "../../support/rule-tester";

// The table of cases lives with the rule (src/rules/scopes/adresse.ts).
signalTable("tariff_by_residence", adresse.cases[0]!);
