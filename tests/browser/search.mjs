// Runs search queries through the built portal's search page in Debian's headless
// Chromium, with the site served under a sub-path (/portal/) as on GitHub Pages project
// sites. Usage: node search.mjs SITE_DIR QUERY... ; prints one JSON object:
// { "<query>": [{ "title", "href", "subResults": n }], "_filters": [...], "_filterValues": [...],
//   "_filterTotals": { filter: { value: count } },
//   "_bytes:<query>": n, "_all:<query>": [the first 50 results' URLs, best first],
//   "_scores:<query>": [their scores], "_dialogs": [...] }
// (and "_warmBytes:<query>" with WARM_AFTER set, see below)
// — any alert() a page raised is listed in _dialogs.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const [site, ...queries] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm" };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (!url.pathname.startsWith("/portal/")) { res.writeHead(404); return res.end(); }
  let path = normalize(join(site, decodeURIComponent(url.pathname.slice("/portal/".length))));
  if (!path.startsWith(normalize(site))) { res.writeHead(403); return res.end(); }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    res.writeHead(200, { "Content-Type": types[extname(path)] || "application/octet-stream" });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/portal/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const out = { _dialogs: [] };
// Waits until the search page has answered `query`: its message names the query and is not
// the "searching" one, no result is still loading, the message and the filter counts have not
// changed for half a second, and the network is quiet. The results, filter counts and bytes
// are then final.
// The deadlines are generous: on a two-core CI machine the page shares the CPU with the
// accessibility test's browser, and a search that has not settled would be read half done.
async function settled(page, query) {
  await page.waitForSelector(".pagefind-ui__result, .pagefind-ui__message", { timeout: 45000 });
  const deadline = Date.now() + 60000;
  let last = null;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => [
      document.querySelector(".pagefind-ui__message")?.textContent || "",
      document.querySelectorAll(".pagefind-ui__loading").length,
      [...document.querySelectorAll(".pagefind-ui__filter-label")].map((label) => label.textContent).join("|"),
    ]);
    const key = JSON.stringify(now);
    if (key !== last) { last = key; since = Date.now(); }
    // While searching, the message is «Поиск по запросу …...» / "Searching for ...": it ends
    // with an ellipsis, the answer does not.
    const searching = /(\.\.\.|…)\s*$/.test(now[0]);
    if (now[0].includes(query.trim()) && !searching && now[1] === 0 && Date.now() - since >= 500) break;
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
}
try {
  for (const query of queries) {
    const page = await browser.newPage();
    page.on("dialog", async (dialog) => { out._dialogs.push(dialog.message()); await dialog.dismiss(); });
    let bytes = 0;
    page.on("response", async (response) => {
      if (response.url().includes("/pagefind/")) {
        try { bytes += (await response.body()).length; } catch {}
      }
    });
    await page.goto(`${base}search.html?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    out[query] = await page.$$eval(".pagefind-ui__result", (items) => items.map((item) => ({
      title: item.querySelector(".pagefind-ui__result-title")?.innerText.trim(),
      href: item.querySelector(".pagefind-ui__result-link")?.getAttribute("href"),
      excerptMarked: !!item.querySelector(".pagefind-ui__result-excerpt mark"),
      subResults: item.querySelectorAll(".pagefind-ui__result-nested").length,
    })));
    out[`_bytes:${query}`] = bytes;
    if (!("_arrowFocusesResult" in out) && out[query].length) {
      await page.focus(".pagefind-ui__search-input");
      await page.keyboard.press("ArrowDown");
      out._arrowFocusesResult = await page.evaluate(() => document.activeElement?.classList.contains("pagefind-ui__result-link") ?? false);
    }
    // The filters render after the results and one group at a time: on a loaded machine the
    // first page may show only some of them, so the fullest reading over all queries counts.
    const filters = await page.$$eval(".pagefind-ui__filter-name", (names) => names.map((n) => n.innerText.trim()));
    const filterValues = await page.$$eval(".pagefind-ui__filter-label", (labels) => labels.map((l) => l.innerText.trim()));
    if (!out._filters || filterValues.length > out._filterValues.length) {
      out._filters = filters;
      out._filterValues = filterValues;
    }
    await page.close();
  }
  // With WARM_AFTER=<query>: what each query costs on a page that has already searched
  // for WARM_AFTER (scripts, WebAssembly and index metadata loaded): `_warmBytes:<query>`.
  if (process.env.WARM_AFTER) {
    for (const query of queries) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on("response", async (response) => {
        if (response.url().includes("/pagefind/")) {
          try { bytes += (await response.body()).length; } catch {}
        }
      });
      await page.goto(`${base}search.html?q=${encodeURIComponent(process.env.WARM_AFTER)}`);
      await settled(page, process.env.WARM_AFTER);
      bytes = 0;
      await page.fill(".pagefind-ui__search-input", query);
      await settled(page, query);
      out[`_warmBytes:${query}`] = bytes;
      await page.close();
    }
  }
  // Every result of each query straight from Pagefind's API, merging the shards the search
  // page lists, in score order: what the first page of results shows is only the top five.
  // On the 404 page, which loads no search UI of its own (whose instance would merge too).
  const api = await browser.newPage();
  await api.goto(`${base}404.html`);
  for (const query of queries) {
    out[`_all:${query}`] = await api.evaluate(async ([base, query]) => {
      const root = new URL(base).pathname;
      const pagefind = await import(`${root}pagefind/pagefind.js`);
      if (!window.__tpmMerged) {
        const search = new DOMParser().parseFromString(await (await fetch(`${root}search.html`)).text(), "text/html");
        await pagefind.options({ baseUrl: root });
        for (const shard of JSON.parse(search.getElementById("tpm-search").dataset.searchShards || "[]")) {
          await pagefind.mergeIndex(root + shard, { baseUrl: root });
        }
        window.__tpmMerged = true;
      }
      // At most the first 50 (enough for any ranking comparison), ten at a time: a browser
      // refuses hundreds of fragment requests at once.
      const found = (await pagefind.search(query)).results.slice(0, 50);
      const urls = [];
      for (let at = 0; at < found.length; at += 10) {
        const data = await Promise.all(found.slice(at, at + 10).map((result) => result.data()));
        urls.push(...data.map((page) => page.url));
      }
      return { urls, scores: found.map((result) => result.score) };
    }, [base, query]).then(({ urls, scores }) => {
      out[`_scores:${query}`] = scores;
      return urls;
    });
  }
  // Every filter's values and their counts over the whole index, from the API: what the
  // search page's filters add up to before a query narrows them.
  out._filterTotals = await api.evaluate(async (base) => {
    const pagefind = await import(`${new URL(base).pathname}pagefind/pagefind.js`);
    return await pagefind.filters();
  }, base);
  await api.close();
  // "/" focuses the search box from any page.
  const home = await browser.newPage();
  await home.goto(base);
  await home.keyboard.press("/");
  out._slashFocuses = await home.evaluate(() => document.activeElement?.hasAttribute("data-search-input") ?? false);
  await home.close();
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(out));
