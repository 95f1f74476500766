/**
 * Where reading the act from the request's address stands, for the request page: derived from
 * the documents (one fetched from that address) and the events (the last failure for it), so
 * there is no status column to keep in step. Pure: both audiences' pages use it.
 */

export type ActFetchState =
  | { readonly kind: "none" }
  | { readonly kind: "pending"; readonly url: string }
  | { readonly kind: "fetched"; readonly url: string; readonly documentId: number }
  | { readonly kind: "failed"; readonly url: string; readonly message: string; readonly at: number };

export const ACT_FETCHED_EVENT = "act_fetched";
export const ACT_FETCH_FAILED_EVENT = "act_fetch_failed";

interface DocumentFacts {
  readonly id: number;
  readonly sourceUrl: string | null;
}

interface EventFacts {
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
}

export function actFetchState(
  url: string | null,
  documents: readonly DocumentFacts[],
  events: readonly EventFacts[],
): ActFetchState {
  if (!url) return { kind: "none" };
  const fetched = documents.find((document) => document.sourceUrl === url);
  if (fetched) return { kind: "fetched", url, documentId: fetched.id };
  // An uploaded document stands for the act: nothing is fetched then.
  if (documents.some((document) => document.sourceUrl === null)) return { kind: "none" };
  const failure = events.filter((event) => event.type === ACT_FETCH_FAILED_EVENT && event.payload.url === url).at(-1);
  if (failure && typeof failure.payload.message === "string") {
    return { kind: "failed", url, message: failure.payload.message, at: failure.createdAt };
  }
  return { kind: "pending", url };
}

/** Whether the act at `url` still has to be fetched for a request with these documents. */
export function needsActFetch(url: string | null, documents: readonly DocumentFacts[]): url is string {
  return actFetchState(url, documents, []).kind === "pending";
}
