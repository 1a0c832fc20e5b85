import { findChromium } from "./chromium";
import { bin, run } from "./run";

// Playwright runs the specs in e2e/ against the production build (see playwright.config.ts).
let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
// The large story the specs page through (e2e/large-story.spec.ts), in the e2e server's store.
const prepared = run(bin("tsx"), ["lib/cli/big-story-e2e.ts"]);
if (prepared !== 0) process.exit(prepared);
process.exit(run(bin("playwright"), ["test", ...process.argv.slice(2)], { CHROME_PATH: chromium }));
