/** SIRET checks: format, Luhn key, and La Poste's exception. */

import { describe, expect, it } from "vitest";
import { isValidSiret } from "../../src/domain/organisation";

describe("isValidSiret", () => {
  it.each([
    ["21750001600019", true], // a commune's SIRET with a valid Luhn key
    ["21750001600018", false], // same, key off by one
    ["13002526500013", true],
    ["2175000160001", false], // 13 digits
    ["217500016000190", false], // 15 digits
    ["2175000160001A", false],
    ["", false],
    ["35600000000048", true], // La Poste's head office passes Luhn
    ["35600000049837", true], // a La Poste establishment: digit sum divisible by 5
    ["35600000049838", false],
  ])("%s → %s", (siret, expected) => expect(isValidSiret(siret)).toBe(expected));
});
