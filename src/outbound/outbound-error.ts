/**
 * Why an outgoing request was refused or failed, as a code (stored, tested) and a French
 * sentence (shown to the agent or the admin). One class for the whole guard, so callers catch
 * one thing and never have to read a network library's error.
 */

export type OutboundFailure =
  | "invalid_url"
  | "forbidden_scheme"
  | "forbidden_address"
  | "unreachable"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "http_error"
  | "wrong_type";

export class OutboundError extends Error {
  override name = "OutboundError";
  constructor(
    readonly failure: OutboundFailure,
    message: string,
  ) {
    super(message);
  }
}

const isOutboundError = (error: unknown): error is OutboundError => error instanceof OutboundError;

/** The OutboundError somewhere in an error's causes (fetch wraps what the connection threw). */
export function findOutboundError(error: unknown): OutboundError | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof OutboundError) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return null;
}
