/**
 * The outgoing guard on Node: besides the checks on the address as written, every name is
 * resolved by the connection itself through a lookup that judges each resolved address and
 * hands back only allowed ones, so the socket connects to an address that was checked (no
 * second resolution an attacker's DNS could answer differently). TLS keeps the original name
 * for SNI and certificate checks, and Host stays the original name: undici sets both from the URL.
 */

import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { Agent, fetch as undiciFetch } from "undici";
import { classifyAddress, type OutboundPolicy } from "../outbound/address-policy";
import { checkDestination, forbiddenAddress } from "../outbound/destination";
import { createGuardedFetch, type OutboundGuard } from "../outbound/guarded-fetch";
import { OutboundError } from "../outbound/outbound-error";

type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** The resolved addresses Cadre may connect to; none means a refusal that names the range. */
export async function checkedAddresses(
  hostname: string,
  policy: OutboundPolicy,
  resolve: Resolver = systemResolver,
): Promise<LookupAddress[]> {
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(hostname);
  } catch {
    throw new OutboundError("unreachable", `Le nom « ${hostname} » est introuvable (DNS).`);
  }
  const verdicts = addresses.map((entry) => ({ entry, verdict: classifyAddress(entry.address, policy) }));
  const allowed = verdicts.filter((item) => item.verdict.allowed).map((item) => item.entry);
  if (allowed.length > 0) return allowed;
  const refused = verdicts.find((item) => !item.verdict.allowed)?.verdict;
  throw forbiddenAddress(hostname, refused && !refused.allowed ? refused.range : "invalid");
}

export function createNodeGuard(policy: OutboundPolicy, resolve: Resolver = systemResolver): OutboundGuard {
  const lookup = (
    hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    checkedAddresses(hostname, policy, resolve).then(
      (addresses) => {
        const wanted = options.family ? addresses.filter((entry) => entry.family === options.family) : addresses;
        const usable = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: Error) => callback(error, options.all ? [] : ""),
    );
  };
  const agent = new Agent({ connect: { lookup } });
  const transport = (url: string, init: RequestInit) =>
    undiciFetch(url, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    }) as unknown as Promise<Response>;
  return {
    fetch: createGuardedFetch(policy, transport),
    async check(raw) {
      const url = checkDestination(raw, policy);
      const host = url.hostname;
      if (!host.startsWith("[") && !/^[\d.]+$/.test(host)) await checkedAddresses(host, policy, resolve);
      return url;
    },
  };
}
