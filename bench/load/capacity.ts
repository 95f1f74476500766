/**
 * `--find-capacity`: the highest arrival rate whose run meets the objective (p99 under 100 ms,
 * no error). Doubling from a starting rate finds a rate that fails, then bisection narrows the
 * gap between the last rate that passed and the first that failed. Bounded in steps, so the
 * search ends in a known time whatever the server does.
 */

export interface CapacityStep {
  readonly rate: number;
  readonly passed: boolean;
}

export interface CapacityOptions {
  readonly startRate: number;
  readonly maxRate: number;
  readonly maxSteps: number;
  /** Stop bisecting when the gap is this fraction of the rate that passed (e.g. 0.1). */
  readonly precision: number;
}

export async function findCapacity(
  probe: (rate: number) => Promise<boolean>,
  options: CapacityOptions,
): Promise<{ capacity: number; steps: CapacityStep[] }> {
  const steps: CapacityStep[] = [];
  const attempt = async (rate: number) => {
    const passed = await probe(rate);
    steps.push({ rate, passed });
    return passed;
  };
  let passing = 0;
  let failing = Number.POSITIVE_INFINITY;
  for (let rate = options.startRate; steps.length < options.maxSteps; rate *= 2) {
    if (rate > options.maxRate) {
      rate = options.maxRate;
      if (rate <= passing) break;
    }
    if (await attempt(rate)) passing = rate;
    else {
      failing = rate;
      break;
    }
    if (rate === options.maxRate) break;
  }
  while (
    Number.isFinite(failing) &&
    steps.length < options.maxSteps &&
    failing - passing > Math.max(1, options.precision * Math.max(passing, 1))
  ) {
    const rate = Math.round((passing + failing) / 2);
    if (await attempt(rate)) passing = rate;
    else failing = rate;
  }
  return { capacity: passing, steps };
}
