/** The hono environment shared by every route: dependencies and the signed-in actor. */

import type { Context } from "hono";
import type { AppConfig } from "../config";
import type { Actor } from "../domain/roles";
import type { OutboundGuard } from "../outbound/guarded-fetch";
import type { ServiceContext } from "../services/context";
import type { RequestRowSource } from "../services/export-requests";
import type { DatapassClient } from "../datapass/client";
import type { Fetch } from "../datapass/http";
import type { Viewer } from "../../views/components/viewer";

export interface AppDeps {
  readonly db: ServiceContext["db"];
  readonly config: AppConfig;
  readonly now?: () => number;
  /** One line per unexpected error; never a stack trace, never personal data. */
  readonly log?: (line: string) => void;
  /** Reads uploaded documents after the response (Node: an in-process queue; Workers: waitUntil). */
  readonly reader?: DocumentReader;
  /** Work that must finish before the first request is served (the Worker seeds its demo here). */
  readonly beforeFirstRequest?: () => Promise<void>;
  /** The client's address as the connection shows it (Node: the socket; Workers: cf-connecting-ip). */
  readonly clientAddress?: (c: Context<AppEnv>) => string | undefined;
  /**
   * Where the requests' export rows are read (Node with a libSQL file: a worker thread, see
   * src/entry/export-reader.ts); by default `requestRows` on the request's thread.
   */
  readonly requestRows?: RequestRowSource;
  /**
   * Every request to an address a user gave (webhooks, acts by URL, the company directory) goes
   * through it. Node: checked after DNS (src/entry/node-outbound.ts); by default the checks on the
   * address as written, which is all Workers can do.
   */
  readonly outbound?: OutboundGuard;
  /** Fetches acts given by URL after the response (Node: in the background; Workers: waitUntil). */
  readonly actFetcher?: ActFetcher;
  /** How the DataPass connector reaches DataPass (by default the runtime's fetch). */
  readonly fetch?: Fetch;
}

export interface ActFetcher {
  schedule(requestId: number, waitUntil?: (promise: Promise<unknown>) => void): void;
}

export interface DocumentReader {
  schedule(documentIds: readonly number[], waitUntil?: (promise: Promise<unknown>) => void): void;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    viewer: Viewer | null;
    sessionId: string | null;
    /** The DataPass client (its token cache lives as long as the app), when the connector is on. */
    datapass: DatapassClient | null;
  };
}
