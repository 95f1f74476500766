/**
 * The one place where Cadre calls DataPass over HTTP: bounded in time, JSON in and out. Kept
 * alone so that a guard on outgoing requests (allowed addresses, loopback in tests) is plugged
 * in here once for the whole connector.
 */

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class DatapassUnavailable extends Error {
  override name = "DatapassUnavailable";
}

export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The answer's status and JSON body (null when not JSON); a timeout or a network failure throws. */
export async function callJson(fetcher: Fetch, url: string, init: RequestInit, timeoutMs: number): Promise<JsonAnswer> {
  let response: Response;
  try {
    // "manual", not "error" (which workerd does not support): a redirect is answered, not followed.
    response = await fetcher(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new DatapassUnavailable(
      timedOut ? `DataPass n'a pas répondu en ${timeoutMs / 1000} s.` : "DataPass est injoignable.",
      { cause: error },
    );
  }
  if (response.status >= 300 && response.status < 400) {
    throw new DatapassUnavailable(
      `DataPass a répondu par une redirection (HTTP ${response.status}) : vérifiez DATAPASS_URL.`,
    );
  }
  const text = await response.text().catch(() => "");
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: null };
  }
}
