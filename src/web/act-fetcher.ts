/**
 * Runs fetchActFromUrl after the response, like the reader: on Workers inside waitUntil, on Node
 * as a background promise. A request already being fetched is not fetched twice at once (a
 * double click on "Soumettre"), and a stored file goes straight to the reader.
 */

import { fetchActFromUrl } from "../services/fetch-act-from-url";
import type { GuardedFetch } from "../outbound/guarded-fetch";
import type { ServiceContext } from "../services/context";
import type { ActFetcher, DocumentReader } from "./app-env";

export interface ActFetcherDeps {
  readonly db: ServiceContext["db"];
  readonly now: () => number;
  readonly fetch: GuardedFetch;
  readonly reader?: DocumentReader;
  readonly log: (line: string) => void;
}

export function createActFetcher(deps: ActFetcherDeps): ActFetcher & { idle(): Promise<void> } {
  const running = new Map<number, Promise<void>>();
  return {
    schedule(requestId, waitUntil) {
      if (running.has(requestId)) return;
      const run = fetchActFromUrl(deps, { requestId })
        .then((outcome) => {
          if (outcome.status === "stored" && outcome.needsReading)
            deps.reader?.schedule([outcome.documentId], waitUntil);
        })
        .catch((error: unknown) =>
          deps.log(`[cadre] lecture de l'acte par son adresse (demande ${requestId}) : ${describe(error)}`),
        )
        .finally(() => running.delete(requestId));
      running.set(requestId, run);
      if (waitUntil) waitUntil(run);
    },
    async idle() {
      while (running.size > 0) await Promise.all(running.values());
    },
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error));
