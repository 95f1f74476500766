/** The address classifier and the checks on an address as written: every spelling of a forbidden range is refused. */

import { describe, expect, it } from "vitest";
import { classifyAddress, PRODUCTION_POLICY } from "../../src/outbound/address-policy";
import { checkDestination } from "../../src/outbound/destination";
import { OutboundError } from "../../src/outbound/outbound-error";

const LOOPBACK_ALLOWED = { allowLoopback: true };

describe("classifyAddress", () => {
  const refused: [string, string][] = [
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "reserved"],
    // Odd IPv4 spellings a resolver accepts: decimal, octal, hex, short forms.
    ["2130706433", "loopback"],
    ["0177.0.0.1", "loopback"],
    ["0x7f.1", "loopback"],
    ["127.1", "loopback"],
    ["10.1", "private"],
    ["0xa9.0xfe.0xa9.0xfe", "linkLocal"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["fe80::1", "linkLocal"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["2001::1", "teredo"],
    // IPv6 forms that carry a forbidden IPv4 address are judged on it.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:0:10.0.0.1", "private"],
    ["::10.0.0.1", "private"],
    ["64:ff9b::192.168.0.1", "private"],
    ["64:ff9b:1::a9fe:a9fe", "linkLocal"],
    ["2002:c0a8:0101::1", "private"],
    ["[::1]", "loopback"],
    ["not-an-address", "invalid"],
    ["999.1.1.1", "invalid"],
  ];
  it.each(refused)("refuses %s (%s)", (address, range) => {
    expect(classifyAddress(address, PRODUCTION_POLICY)).toEqual({ allowed: false, range });
  });

  const allowed = [
    "8.8.8.8",
    "1.1.1.1",
    "193.51.224.1",
    "2606:4700::1111",
    "2a01:e0a::1",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
  ];
  it.each(allowed)("allows the public address %s", (address) => {
    expect(classifyAddress(address, PRODUCTION_POLICY)).toEqual({ allowed: true });
  });

  it("allows loopback only when the setting says so, and nothing else with it", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "2130706433"]) {
      expect(classifyAddress(address, LOOPBACK_ALLOWED)).toEqual({ allowed: true });
    }
    for (const address of ["10.0.0.1", "169.254.169.254", "fc00::1", "::ffff:192.168.1.1"]) {
      expect(classifyAddress(address, LOOPBACK_ALLOWED).allowed).toBe(false);
    }
  });
});

describe("checkDestination", () => {
  const failure = (raw: string, policy = PRODUCTION_POLICY) => {
    try {
      checkDestination(raw, policy);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(OutboundError);
      return { failure: (error as OutboundError).failure, message: (error as OutboundError).message };
    }
  };

  const refused: [string, string][] = [
    ["http://editeur.example.fr/hook", "forbidden_scheme"],
    ["ftp://editeur.example.fr/hook", "forbidden_scheme"],
    ["javascript:alert(1)", "forbidden_scheme"],
    ["pas une adresse", "invalid_url"],
    ["https://user:secret@editeur.example.fr/", "invalid_url"],
    ["https://192.168.1.1/", "forbidden_address"],
    ["https://169.254.169.254/latest/meta-data/", "forbidden_address"],
    ["https://127.0.0.1/", "forbidden_address"],
    ["https://2130706433/", "forbidden_address"],
    ["https://0x7f.1/", "forbidden_address"],
    ["https://0177.0.0.1/", "forbidden_address"],
    ["https://10.1/", "forbidden_address"],
    ["https://[::1]/", "forbidden_address"],
    ["https://[::ffff:127.0.0.1]/", "forbidden_address"],
    ["https://[fd00::1]/", "forbidden_address"],
    ["https://[fe80::1]/", "forbidden_address"],
    ["https://[64:ff9b::a00:1]/", "forbidden_address"],
    ["https://localhost/", "forbidden_address"],
    ["https://LOCALHOST./", "forbidden_address"],
    ["https://cadre.localhost/", "forbidden_address"],
    ["https://imprimante.local/", "forbidden_address"],
    ["https://metadata.google.internal/", "forbidden_address"],
    ["https://intranet/", "forbidden_address"],
  ];
  it.each(refused)("refuses %s (%s)", (raw, expected) => {
    expect(failure(raw)?.failure).toBe(expected);
  });

  it("explains the refusal in French, naming the range", () => {
    expect(failure("https://192.168.1.1/")?.message).toBe(
      "L'adresse « 192.168.1.1 » mène vers un réseau privé : Cadre ne s'y connecte pas. Donnez une adresse publique.",
    );
    expect(failure("http://editeur.example.fr/")?.message).toMatch(/^Seules les adresses en https:\/\//);
  });

  it("accepts public https addresses", () => {
    expect(checkDestination("https://editeur.example.fr/cadre", PRODUCTION_POLICY).href).toBe(
      "https://editeur.example.fr/cadre",
    );
    expect(checkDestination("https://8.8.8.8/", PRODUCTION_POLICY).hostname).toBe("8.8.8.8");
  });

  it("with loopback allowed: http and this machine, still no private network", () => {
    expect(failure("http://127.0.0.1:8080/", LOOPBACK_ALLOWED)).toBeNull();
    expect(failure("http://localhost:8080/", LOOPBACK_ALLOWED)).toBeNull();
    expect(failure("http://10.0.0.1/", LOOPBACK_ALLOWED)?.failure).toBe("forbidden_address");
    expect(failure("http://imprimante.local/", LOOPBACK_ALLOWED)?.failure).toBe("forbidden_address");
  });
});
