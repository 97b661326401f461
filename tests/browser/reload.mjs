// Drives Debian's headless Chromium against a running `tpmdocs serve` (started by
// tests/browser.rs) and checks that an open page really reloads:
//   1. after a save of the document it shows, with the new text;
//   2. after the server restarts on the same port (the page reconnects by itself).
// Protocol with the Rust test over stdio: prints "SAVED-OK", then waits for a line
// "RESTARTED" on stdin, prints "RESTART-OK" and exits 0. Any failure exits 1.
import { chromium } from "playwright-core";
import { appendFileSync } from "node:fs";
import { createInterface } from "node:readline";

const [url, file] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const fail = async (message) => { console.error(message); await browser.close(); process.exit(1); };
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !!document.getElementById("tpmdocs-live-reload"));
  // Give EventSource a moment to connect, then mark this page instance.
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__tpmdocsMarker = "before"; });
  appendFileSync(file, "\nСтрока из браузерного теста.\n");
  await page.waitForFunction(
    () => window.__tpmdocsMarker === undefined && document.body.innerText.includes("Строка из браузерного теста"),
    null, { timeout: 10000 });
  console.log("SAVED-OK");
  await page.evaluate(() => { window.__tpmdocsMarker = "before-restart"; });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === "RESTARTED") break;
  }
  await page.waitForFunction(() => window.__tpmdocsMarker === undefined, null, { timeout: 15000 });
  console.log("RESTART-OK");
  await browser.close();
  process.exit(0);
} catch (error) {
  await fail(String(error));
}
