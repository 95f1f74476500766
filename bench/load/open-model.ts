/**
 * An open-model load generator: request n starts at start + n / rate, whatever the answers'
 * speed, as users arrive at a service. A closed loop (autocannon's N connections, each waiting for
 * its answer before sending again) slows down with the server and hides its queueing
 * ("coordinated omission"); here the latency is measured from the scheduled start, so a request
 * that had to wait for a connection or for a late timer counts that wait. The timer schedule is
 * computed from the start time, never from the previous timer, so a late wake-up sends what is
 * due and the next ones stay on time (no drift, no bursts beyond what lateness forces).
 */

import { Pool } from "undici";

export interface Shot {
  readonly kind: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** The status that means success (200 for pages, 204 for an htmx decision). */
  readonly expect: number;
  /** Called with the status once answered (the decisions remember theirs for the checks). */
  readonly onAnswer?: (status: number) => void;
}

interface Sample {
  readonly kind: string;
  /** From the scheduled start to the end of the body, in milliseconds. */
  readonly latencyMs: number;
  readonly ok: boolean;
  /** Milliseconds from the run's start to the end of the body. */
  readonly doneAtMs: number;
  readonly error?: string;
}

export interface RunOptions {
  readonly origin: string;
  readonly rate: number;
  readonly durationS: number;
  /** The n-th request of the run (0-based). */
  readonly shot: (index: number) => Shot;
  /** Sockets to the server; more would only add connections the server must accept. */
  readonly connections?: number;
  /** Longest wait for one answer; beyond, the request counts as an error. */
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly samples: readonly Sample[];
  readonly scheduled: number;
  /** From the first scheduled start to the last answer, in milliseconds. */
  readonly elapsedMs: number;
  /** How late the timer fired at worst (the generator's own lag, not the server's). */
  readonly maxTimerLagMs: number;
}

export async function runOpenModel(options: RunOptions): Promise<RunResult> {
  const total = Math.round(options.rate * options.durationS);
  const interval = 1000 / options.rate;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pool = new Pool(options.origin, {
    connections: options.connections ?? 256,
    pipelining: 1,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const samples: Sample[] = [];
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  let next = 0;
  let maxTimerLagMs = 0;

  const fire = (index: number) => {
    const scheduledAt = start + index * interval;
    const shot = options.shot(index);
    const done = send(pool, shot, timeoutMs).then(({ status, error }) => {
      const now = performance.now();
      shot.onAnswer?.(status);
      samples.push({
        kind: shot.kind,
        latencyMs: now - scheduledAt,
        ok: error === undefined && status === shot.expect,
        doneAtMs: now - start,
        error: error ?? (status === shot.expect ? undefined : `HTTP ${status}`),
      });
    });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };

  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      // Everything due by now leaves now; its latency still counts from its own scheduled time.
      while (next < total && start + next * interval <= now) {
        maxTimerLagMs = Math.max(maxTimerLagMs, now - (start + next * interval));
        fire(next++);
      }
      if (next >= total) return finished();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - start;
  await pool.close();
  return { samples, scheduled: total, elapsedMs, maxTimerLagMs };
}

async function send(pool: Pool, shot: Shot, timeoutMs: number): Promise<{ status: number; error?: string }> {
  try {
    const response = await pool.request({
      method: shot.method,
      path: shot.path,
      headers: shot.headers,
      body: shot.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The whole body is read: a page is served when its last byte has arrived.
    await response.body.arrayBuffer();
    return { status: response.statusCode };
  } catch (error) {
    return { status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
