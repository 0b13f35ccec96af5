/**
 * How often a fault test repeats. The issue asks for 1,000 kills and 1,000 damaged files;
 * that takes minutes, so CI runs a small default and the full count is asked for:
 *   FAULTS=full          → 1,000 (npm run test:faults:full)
 *   FAULT_RUNS=<n>       → exactly n, for a quick look or an even longer soak
 */
export const FULL_FAULT_RUNS = 1000;

export function faultRuns(quickDefault: number, env: NodeJS.ProcessEnv = process.env): number {
  const explicit = env.FAULT_RUNS;
  if (explicit !== undefined && explicit !== '') {
    const n = Number(explicit);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`FAULT_RUNS must be a whole number above 0, not "${explicit}"`);
    return n;
  }
  return env.FAULTS === 'full' ? FULL_FAULT_RUNS : quickDefault;
}

/** A test timeout that grows with the run count, never below the quick budget. */
export const timeoutFor = (runs: number, msPerRun: number, floorMs: number): number =>
  Math.max(floorMs, runs * msPerRun);
