// A keyboard-only walk through a built demo portal in Debian's headless Chromium: home →
// ADR log → a superseded ADR → its successor (from the banner) → search («/», type, Enter) →
// a result (arrow keys, Enter). Only Tab, Shift+Tab, Enter, "/" and the arrows are used.
// Every element that takes focus on the way must show it (an outline or a box-shadow).
// Usage: node keyboard.mjs SITE_DIR SUPERSEDED_ADR_PAGE QUERY. Prints one JSON object:
// { "steps": [url after each step…], "invisibleFocus": [elements focused without a ring],
//   "skipLink": bool (the first Tab lands on the skip link), "resultTitle": "…" }.
import { chromium } from "playwright-core";
import { servePortal } from "./static-server.mjs";

const [site, superseded, query] = process.argv.slice(2);
const { base, close } = await servePortal(site);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const out = { steps: [], invisibleFocus: [] };

// Describes the focused element and whether its focus is visible.
const focused = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  const href = el.getAttribute("href") || el.getAttribute("xlink:href") || "";
  return { tag: el.tagName.toLowerCase(), href, text: (el.textContent || el.value || "").trim().slice(0, 60), ring };
};

// Presses Tab until the focused element satisfies `wanted`; records focus without a ring.
async function tabTo(page, wanted, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(focused);
    if (!at) continue;
    if (!at.ring) out.invisibleFocus.push({ page: page.url(), ...at });
    if (wanted(at)) return at;
  }
  throw new Error(`Tab never reached the wanted element on ${page.url()}`);
}

async function follow(page, wanted) {
  await tabTo(page, wanted);
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  out.steps.push(page.url().replace(base, ""));
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement && document.activeElement.className);
  out.skipLink = String(first).includes("skip-link");
  await page.keyboard.press("Shift+Tab");
  await follow(page, (at) => at.href.endsWith("kind/adr.html"));
  await follow(page, (at) => at.href.endsWith(superseded.split("/").pop()));
  // The banner of a superseded decision links its successor; it comes before the body.
  const successor = await page.evaluate(() => document.querySelector(".banner-superseded a")?.getAttribute("href"));
  out.successorHref = successor;
  await follow(page, (at) => successor && at.href === successor);
  await page.keyboard.press("/");
  out.slashFocusesSearch = await page.evaluate(() => document.activeElement?.getAttribute("type") === "search"
    || document.activeElement?.name === "q");
  await page.keyboard.type(query);
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  out.steps.push(page.url().replace(base, ""));
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15000 });
  await page.waitForTimeout(500);
  // The field has focus (autofocus); ArrowDown moves to the first result, Enter opens it.
  out.fieldFocusedOnLoad = await page.evaluate(() => document.activeElement?.id === "tpm-search-field");
  if (!out.fieldFocusedOnLoad) await tabTo(page, (at) => at.tag === "input");
  await page.keyboard.press("ArrowDown");
  const result = await page.evaluate(focused);
  if (result && !result.ring) out.invisibleFocus.push({ page: page.url(), ...result });
  out.resultTitle = result?.text;
  out.searchFieldLabelled = await page.evaluate(() => {
    const field = document.getElementById("tpm-search-field");
    return !!field && field.labels.length === 1 && field.labels[0].textContent.trim().length > 0;
  });
  out.searchStatus = await page.evaluate(() => document.getElementById("tpm-search-status")?.textContent.trim());
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  out.steps.push(page.url().replace(base, ""));
  out.landedTitle = await page.evaluate(() => document.querySelector("h1")?.textContent.trim());
} catch (error) {
  out.error = String(error);
} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(out));
