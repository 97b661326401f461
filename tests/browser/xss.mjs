// Opens a built page in headless Chromium the way a reader would and reports whether any
// script ran or could run: alert() dialogs, window.__pwned, and — in the document body as
// the browser itself parsed it — script-capable elements, event-handler and style
// attributes, and javascript:/vbscript:/data: URLs (a data:image/… in an image is fine).
// Every <details> is toggled, so an ontoggle handler would fire. Usage: node xss.mjs FILE.
// Prints { dialogs, pwned, bad, requests, baseIsThePage, reachedTheEnd, footer }.
import { chromium } from "playwright-core";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const url = pathToFileURL(resolve(process.argv[2])).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  const requests = [];
  page.on("request", (request) => { if (!request.url().startsWith("file:")) requests.push(request.url()); });
  await page.route((target) => !target.href.startsWith("file:"), (route) => route.abort());
  await page.goto(url);
  await page.evaluate(() => document.querySelectorAll(".doc-body details").forEach((d) => { d.open = !d.open; }));
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => {
    const body = document.querySelector(".doc-body");
    const forbidden = ["script", "iframe", "object", "embed", "form", "input", "button", "textarea", "base",
      "meta", "link", "template", "noscript", "style", "svg", "math", "frame", "frameset", "applet"];
    const bad = [];
    for (const el of body.querySelectorAll("*")) {
      if (forbidden.includes(el.localName)) bad.push(`<${el.localName}>`);
      for (const attr of el.attributes) {
        if (attr.name.startsWith("on") || ["style", "srcdoc", "formaction"].includes(attr.name)) {
          bad.push(`${el.localName}[${attr.name}]`);
        }
      }
      for (const name of ["href", "src", "action", "data", "xlink:href"]) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        let protocol = "";
        try { protocol = new URL(value, document.baseURI).protocol; } catch { continue; }
        const image = el.localName === "img" && name === "src" && /^data:image\//i.test(value.trim());
        if (["javascript:", "vbscript:"].includes(protocol) || (protocol === "data:" && !image)) {
          bad.push(`${el.localName}[${name}=${value}]`);
        }
      }
    }
    return {
      bad,
      pwned: window.__pwned ?? null,
      baseIsThePage: document.baseURI === location.href,
      reachedTheEnd: body.textContent.includes("END-OF-UNTRUSTED"),
      footer: document.querySelector("footer.site-footer") !== null && !body.contains(document.querySelector("footer.site-footer")),
    };
  });
  process.stdout.write(JSON.stringify({ dialogs, requests, ...found }));
} finally {
  await browser.close();
}
