// Looks at built pages the way a leader does: on a desktop in both themes, on a phone, and
// printed to A4 by Chromium. Usage: node print.mjs SITE_DIR SHOTS_DIR PAGE... (PAGE relative
// to SITE_DIR). Writes SHOTS_DIR/<name>-light.png, -dark.png, -phone.png, -print.png and
// <name>.pdf for a person to look at, and prints one JSON object per page:
// { "<page>": { "phoneOverflow": px, "printOverflow": px, "printVisible": [selectors shown
//   in print that should not be], "pdfPages": n, "pdfBytes": n, "chartsInPrint": n,
//   "darkContrastFailures": [...] } }
import { chromium } from "playwright-core";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [site, shots, ...pages] = process.argv.slice(2);
await mkdir(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

// How far content sticks out to the right of the viewport, in CSS pixels (0 = fits).
const overflow = () => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
// Navigation and controls that make no sense on paper.
const noise = [".site-nav", ".search-form", ".theme-toggle", ".overview-views", ".skip-link", ".site-footer"];

// A full-page screenshot for a person to look at (the figures below are what is tested).
// Chromium on a busy 2-core machine sometimes answers "Unable to capture screenshot": try
// once more, then go on without the picture.
async function shoot(page, path) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await page.screenshot({ path, fullPage: true });
      return;
    } catch (error) {
      if (attempt === 2) console.error(`no screenshot ${path}: ${error.message.split("\n")[0]}`);
    }
  }
}

const out = {};
try {
  for (const rel of pages) {
    const url = pathToFileURL(resolve(join(site, rel))).href;
    const name = rel.replace(/\.html$/, "").replaceAll("/", "-");
    const result = {};
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      await page.goto(url);
      await shoot(page, join(shots, `${name}-${scheme}.png`));
      await page.close();
    }
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await phone.goto(url);
    result.phoneOverflow = await phone.evaluate(overflow);
    await shoot(phone, join(shots, `${name}-phone.png`));
    await phone.close();

    // A4 at 96 dpi with Chromium's default 1 cm margins: 210 mm − 2 cm ≈ 718 px of content.
    const paper = await browser.newPage({ viewport: { width: 718, height: 1047 }, colorScheme: "dark" });
    await paper.goto(url);
    await paper.emulateMedia({ media: "print" });
    result.printOverflow = await paper.evaluate(overflow);
    result.printVisible = await paper.evaluate((noise) => noise.filter((selector) =>
      [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0)), noise);
    result.chartsInPrint = await paper.evaluate(() => [...document.querySelectorAll("svg[role=img]")]
      .filter((svg) => { const box = svg.getBoundingClientRect(); return box.width > 0 && box.right <= document.documentElement.clientWidth + 1; }).length);
    result.printBackground = await paper.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await shoot(paper, join(shots, `${name}-print.png`));
    const pdf = await paper.pdf({ format: "A4", printBackground: true });
    await writeFile(join(shots, `${name}.pdf`), pdf);
    result.pdfBytes = pdf.length;
    result.pdfPages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
    await paper.close();
    out[rel] = result;
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
