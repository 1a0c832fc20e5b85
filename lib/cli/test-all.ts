import { findChromium } from "./chromium";
import { bin, run } from "./run";

/**
 * `npm test`: everything CI checks, in order, stopping at the first failure:
 * content, lint, format, types, unit tests, production build, the e2e specs' large story, e2e in
 * Chromium.
 */
const steps: { name: string; command: string; args: string[] }[] = [
  { name: "Content", command: bin("tsx"), args: ["lib/cli/check-content.ts"] },
  { name: "Lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "Format", command: bin("prettier"), args: ["--check", "--log-level=warn", "."] },
  { name: "Types", command: bin("tsc"), args: ["--noEmit"] },
  { name: "Unit tests", command: bin("vitest"), args: ["run"] },
  { name: "Production build", command: bin("next"), args: ["build"] },
  // A story of 300 outlets in the e2e server's store, for e2e/large-story.spec.ts.
  { name: "Large story for e2e", command: bin("tsx"), args: ["lib/cli/big-story-e2e.ts"] },
];

const started = Date.now();
// Find (or install) Chromium first, so a missing browser fails fast with advice.
let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}

for (const step of [
  ...steps,
  { name: "End-to-end (Chromium)", command: bin("playwright"), args: ["test"] },
]) {
  const t0 = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  const status = run(step.command, step.args, { CHROME_PATH: chromium });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(
      `\n✗ ${step.name} failed (exit ${status}, ${seconds}s). Fix it and run npm test again.`,
    );
    process.exit(status);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
