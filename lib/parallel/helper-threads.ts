import os from "node:os";

/**
 * Helper threads by default: one fewer than the cores Node may use, and none on two cores or
 * fewer. There a helper thread costs more than it saves: it compiles and collects its own copy of
 * the engine on the core the main thread's garbage collector and compiler already use (1,000
 * articles on 2 cores, 2026-12-06: 14.9 s and 850 MB with none, 15.3 s and 970 MB with one;
 * docs/quality.md, Speed).
 */
export function defaultHelperThreads(cores: number = os.availableParallelism()): number {
  return cores > 2 ? cores - 1 : 0;
}
