// A static file server for a built site under /portal/ on 127.0.0.1, as GitHub Pages serves
// a project site: servePortal(SITE_DIR) → { base, close }. Nothing outside SITE_DIR is served.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".wasm": "application/wasm" };

export async function servePortal(site) {
  const root = resolve(site);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (!path.startsWith("/portal/")) { response.writeHead(404); response.end(); return; }
    let file = normalize(join(root, path.slice("/portal/".length)));
    if (file !== root && !file.startsWith(root + "/")) { response.writeHead(403); response.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404); response.end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { base: `http://127.0.0.1:${server.address().port}/portal/`, close: () => server.close() };
}
