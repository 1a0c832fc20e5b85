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
process.exit(run(bin("playwright"), ["test", ...process.argv.slice(2)], { CHROME_PATH: chromium }));
