/**
 * The checks that need no network, made on every address before any connection, on every
 * runtime (on Workers they are all there is: no DNS API): the scheme, no credentials in the
 * address, an IP literal outside the forbidden ranges, and no name that means "this machine"
 * or "the local network". The WHATWG URL parser has already turned odd IPv4 spellings
 * (0x7f.1, 2130706433, 0177.0.0.1) into dotted form; ipaddr.js judges the result.
 */

import ipaddr from "ipaddr.js";
import { classifyAddress, rangeLabel, type OutboundPolicy } from "./address-policy";
import { OutboundError } from "./outbound-error";

// Names that resolve to the machine or the local network whatever DNS says.
const LOCAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".localdomain", ".lan", ".intranet"];

export function checkDestination(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new OutboundError("invalid_url", "Cette adresse web n'est pas valide : écrivez-la en entier (https://…).");
  }
  const plainHttpAllowed = policy.allowLoopback && url.protocol === "http:";
  if (url.protocol !== "https:" && !plainHttpAllowed) {
    throw new OutboundError(
      "forbidden_scheme",
      "Seules les adresses en https:// sont acceptées (connexion chiffrée) : corrigez le début de l'adresse.",
    );
  }
  if (url.username || url.password) {
    throw new OutboundError(
      "invalid_url",
      "Cette adresse contient un identifiant ou un mot de passe : retirez-les (partie avant « @ »).",
    );
  }
  const host = url.hostname.toLowerCase();
  if (isIpLiteral(host)) {
    const verdict = classifyAddress(host, policy);
    if (!verdict.allowed) throw forbiddenAddress(host, verdict.range);
    return url;
  }
  const name = host.endsWith(".") ? host.slice(0, -1) : host;
  const local = name === "localhost" || LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
  if (local && !(policy.allowLoopback && (name === "localhost" || name.endsWith(".localhost")))) {
    throw forbiddenAddress(host, "loopback");
  }
  if (!local && !name.includes(".")) {
    // A single label is completed by the resolver's search list: an internal host, by design.
    throw forbiddenAddress(host, "private");
  }
  return url;
}

export function forbiddenAddress(host: string, range: string): OutboundError {
  return new OutboundError(
    "forbidden_address",
    `L'adresse « ${host} » mène vers ${rangeLabel(range)} : Cadre ne s'y connecte pas. Donnez une adresse publique.`,
  );
}

function isIpLiteral(host: string): boolean {
  if (host.startsWith("[")) return true;
  return ipaddr.IPv4.isValidFourPartDecimal(host);
}
