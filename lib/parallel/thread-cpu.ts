import fs from "node:fs";

/**
 * CPU time in ms of the calling thread alone (Linux: /proc/thread-self/stat, in clock ticks of
 * 10 ms), or null where that file is missing. Other work on a shared machine sways it much less
 * than wall time (though not at all only on an idle one), and unlike process.cpuUsage it leaves out
 * helper threads: with the article pool running, the main thread's CPU time is the critical path
 * on a machine with a core a thread.
 */
export function threadCpuMs(): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync("/proc/thread-self/stat", "utf8");
  } catch {
    return null;
  }
  // The fields after the command name (which may hold spaces) in parentheses; utime and stime are
  // the 14th and 15th fields of the line, so the 12th and 13th after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * 10 : null;
}

/** CPU time in ms of the whole process, all threads. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
