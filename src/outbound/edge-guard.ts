/**
 * The guard where there is no DNS to ask (Workers, and tests that build the app by hand): the
 * address is checked as written, and the runtime's fetch connects. On Cloudflare that is enough
 * for names too: a Worker's fetch goes out through Cloudflare's network and cannot reach a
 * private network or the machine behind it (docs/security.md).
 */

import type { OutboundPolicy } from "./address-policy";
import { checkDestination } from "./destination";
import { createGuardedFetch, type OutboundGuard } from "./guarded-fetch";

export function createEdgeGuard(policy: OutboundPolicy, transport: typeof fetch = fetch): OutboundGuard {
  return {
    fetch: createGuardedFetch(policy, (url, init) => transport(url, init)),
    check: async (url) => checkDestination(url, policy),
  };
}
