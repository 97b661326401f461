// Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practices) in Debian's headless Chromium on built pages,
// in the light and the dark theme. Usage: node axe.mjs SITE_DIR PAGE... (PAGE relative to
// SITE_DIR; `search.html?q=…` waits for the results of the query first). The site is
// served over HTTP under /portal/ (search needs fetch, and a sub-path is how GitHub Pages
// serves a project). Prints one JSON object: { "<page>": { "light": [violation…], "dark":
// [violation…], "overflow320": px } }, each violation { id, impact, help, nodes: [{ target,
// summary }] }; overflow320 is how far the page sticks out of a 320 px-wide window.
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { servePortal } from "./static-server.mjs";

const [site, ...pages] = process.argv.slice(2);
// WCAG 2.1 A and AA, and axe's best practices (landmarks, heading order…) unless narrowed.
const tags = (process.env.AXE_TAGS || "wcag2a,wcag2aa,wcag21a,wcag21aa,best-practice").split(",");
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const { base, close } = await servePortal(site);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

const out = {};
try {
  for (const rel of pages) {
    const query = rel.includes("?q=");
    out[rel] = {};
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      // The theme toggle's choice wins over the system's; set it as a reader would have.
      await page.addInitScript((scheme) => { try { localStorage.setItem("tpmdocs-theme", scheme); } catch {} }, scheme);
      await page.goto(base + rel.replace(/\?q=(.*)$/, (_, q) => `?q=${encodeURIComponent(q)}`));
      if (query) {
        await page.waitForSelector(".pagefind-ui__result", { timeout: 15000 });
        await page.waitForTimeout(800);
      }
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async (tags) => {
        const found = await window.axe.run(document, {
          runOnly: { type: "tag", values: tags },
          resultTypes: ["violations"],
        });
        return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })) }));
      }, tags);
      out[rel][scheme] = result;
      await page.close();
    }
    // 320 CSS px is a 1280 px window at 400 % zoom: nothing may stick out sideways (WCAG
    // 1.4.10); wide tables, code and diagrams scroll inside their own boxes.
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await narrow.goto(base + rel.replace(/\?q=(.*)$/, (_, q) => `?q=${encodeURIComponent(q)}`));
    out[rel].overflow320 = await narrow.evaluate(() =>
      Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
    await narrow.close();
  }
} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(out));
