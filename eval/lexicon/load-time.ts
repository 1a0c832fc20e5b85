/**
 * `npm run lexicon-load-time`: how long the shipped tables take to load in a
 * fresh process — importing the JSON modules, then decoding them on first use
 * — in wall-clock and CPU milliseconds. zod is imported first, as the engine
 * has it loaded already.
 */
await import("zod");
const cpu = () => process.cpuUsage().user / 1000;
const wall0 = performance.now();
const cpu0 = cpu();
const semantics = await import("@/lib/analysis/semantics");
const wall1 = performance.now();
const cpu1 = cpu();
semantics.warmLexicon();
const wall2 = performance.now();
const cpu2 = cpu();
console.log(
  `import ${(wall1 - wall0).toFixed(0)} ms (CPU ${(cpu1 - cpu0).toFixed(0)}), ` +
    `decode ${(wall2 - wall1).toFixed(0)} ms (CPU ${(cpu2 - cpu1).toFixed(0)}), ` +
    `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);

export {};
