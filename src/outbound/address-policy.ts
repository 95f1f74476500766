/**
 * Which IP addresses Cadre may connect to when it fetches an address someone typed (webhooks,
 * acts given by URL, the company directory): public unicast only, so nobody can make Cadre reach
 * its own network, a cloud metadata service or the machine itself. ipaddr.js parses every IPv4
 * spelling a resolver accepts (decimal, octal, hex, short forms) and names the special ranges;
 * IPv6 forms that carry an IPv4 address are judged on the address they carry.
 */

import ipaddr from "ipaddr.js";

export interface OutboundPolicy {
  /** Loopback (and plain http) for tests and the demo only: refused in production by the config. */
  readonly allowLoopback: boolean;
}

export const PRODUCTION_POLICY: OutboundPolicy = { allowLoopback: false };

export type AddressVerdict = { readonly allowed: true } | { readonly allowed: false; readonly range: string };

/** French names of the refused ranges, as the refusal messages show them. */
const RANGE_LABELS: Record<string, string> = {
  loopback: "la machine elle-même (boucle locale)",
  private: "un réseau privé",
  linkLocal: "un réseau local (lien local)",
  carrierGradeNat: "un réseau d'opérateur (CGNAT)",
  unspecified: "une adresse non spécifiée",
  broadcast: "une adresse de diffusion",
  multicast: "une adresse de multidiffusion",
  reserved: "une plage réservée",
  uniqueLocal: "un réseau privé IPv6",
  teredo: "un tunnel IPv6 (Teredo)",
  invalid: "une adresse IP invalide",
};

export function rangeLabel(range: string): string {
  return RANGE_LABELS[range] ?? "une plage réservée";
}

/** Judges one address, however it is written; anything unparsable is refused. */
export function classifyAddress(address: string, policy: OutboundPolicy): AddressVerdict {
  const literal = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(literal)) return { allowed: false, range: "invalid" };
  const parsed = ipaddr.parse(literal);
  if (parsed.kind() === "ipv6") return classifyIpv6(parsed as ipaddr.IPv6, policy);
  return classifyIpv4(parsed as ipaddr.IPv4, policy);
}

function classifyIpv4(address: ipaddr.IPv4, policy: OutboundPolicy): AddressVerdict {
  const range = address.range();
  if (range === "unicast") return { allowed: true };
  if (range === "loopback" && policy.allowLoopback) return { allowed: true };
  return { allowed: false, range };
}

function classifyIpv6(address: ipaddr.IPv6, policy: OutboundPolicy): AddressVerdict {
  const embedded = embeddedIpv4(address);
  if (embedded) return classifyIpv4(embedded, policy);
  const range = address.range();
  if (range === "unicast") return { allowed: true };
  if (range === "loopback" && policy.allowLoopback) return { allowed: true };
  return { allowed: false, range: range === "uniqueLocal" || range === "teredo" ? range : normalise(range) };
}

const normalise = (range: string) =>
  ["loopback", "linkLocal", "multicast", "unspecified"].includes(range) ? range : "reserved";

/**
 * The IPv4 address inside IPv4-mapped (::ffff:a.b.c.d), SIIT (::ffff:0:a.b.c.d), IPv4-compatible
 * (::a.b.c.d), NAT64 (64:ff9b::/96 and 64:ff9b:1::/48) and 6to4 (2002:AABB:CCDD::) addresses: a
 * host that translates them connects to that IPv4 address, so that is the one to judge.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const low = (high: number, lower: number) => new ipaddr.IPv4([high >> 8, high & 0xff, lower >> 8, lower & 0xff]);
  const zeros = (from: number, to: number) => parts.slice(from, to).every((part) => part === 0);
  if (zeros(0, 5) && (parts[5] === 0xffff || parts[5] === 0)) {
    // :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones.
    if (parts[5] === 0 && parts[6] === 0) return null;
    return low(parts[6]!, parts[7]!);
  }
  if (zeros(0, 4) && parts[4] === 0xffff && parts[5] === 0) return low(parts[6]!, parts[7]!);
  if (parts[0] === 0x64 && parts[1] === 0xff9b && (zeros(2, 6) || parts[2] === 1)) return low(parts[6]!, parts[7]!);
  if (parts[0] === 0x2002) return low(parts[1]!, parts[2]!);
  return null;
}
