/**
 * Growth checks for tests that guard a stage against super-linear regressions. Speed itself is
 * measured by `npm run bench`; a unit test instead compares the cost at a size n with the cost at
 * k·n, because a ratio on one host holds where absolute milliseconds do not (CI hosts vary, and
 * share 2 cores). Cost is CPU time (process.cpuUsage, this process only, so other processes on a
 * loaded host do not count), and the least of a few runs, so one garbage collection or one
 * descheduling does not decide the outcome. Vitest runs each test file in its own process and its
 * tests one after another, so nothing else is charged to the measured run.
 */

/** CPU time, in milliseconds, of one run of `run`. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/**
 * How many times `run(large)` costs more than `run(small)`. Both run once first, so that neither
 * measurement pays for compiling the code, then they alternate, so a busy spell on the host falls
 * on both alike; each keeps its least cost. For a linear stage the result is about the ratio of
 * the inputs' sizes; for a quadratic one, about its square. Pick sizes where the small run takes
 * some milliseconds at least, or the clock's resolution and fixed costs blur the ratio.
 */
export function growth<T>(small: T, large: T, run: (input: T) => unknown, repeats = 3): number {
  run(small);
  run(large);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let k = 0; k < repeats; k += 1) {
    const smallRun = cpuMs(() => run(small));
    const largeRun = cpuMs(() => run(large));
    smallMs = Math.min(smallMs, smallRun);
    largeMs = Math.min(largeMs, largeRun);
  }
  return largeMs / Math.max(1, smallMs);
}
