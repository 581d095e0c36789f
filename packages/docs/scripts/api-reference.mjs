// The API reference page: spec/openapi.yaml rendered by Redoc 2 in one self-contained HTML file.
// Redoc's standalone bundle is inlined (no CDN), no web font is referenced, and Redoc has no
// "try it" console, so the page never talks to the Yunxin hosts it lists. A Content-Security-Policy
// keeps it that way: the browser refuses any resource that is not on the page itself.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { specPath } from "./paths.mjs";

const require = createRequire(import.meta.url);

// Redoc 2's sidebar footer ("API docs by Redocly") hot-links its logo from Redocly's CDN on every
// page view. The one URL is swapped for the same mark drawn inline; the build fails if Redoc changes
// so that the URL is no longer found exactly once.
const REDOCLY_LOGO_URL = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="14" viewBox="0 0 60 14"><text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#e3244d">Redocly</text></svg>',
)}`;

/** The page may load nothing that is not inline or from its own origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
].join("; ");

/** Redoc options: every field, example and response visible without clicking. */
export const redocOptions = {
  expandResponses: "all",
  expandSingleSchemaField: true,
  jsonSampleExpandLevel: "all",
  schemaExpansionLevel: "all",
  requiredPropsFirst: true,
  showExtensions: true,
  sortPropsAlphabetically: false,
  hideLoading: true,
  scrollYOffset: 48,
  theme: {
    typography: {
      fontFamily:
        "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif",
      headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif" },
      code: { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace" },
    },
  },
};

export function buildApiReference(siteDir) {
  const spec = withAuthenticationSection(parse(readFileSync(specPath, "utf8")));
  const redoc = withInlineLogo(
    readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"), "utf8"),
  );
  const html = page({
    title: `${spec.info.title} (${spec.info.version}) — API reference`,
    redoc,
    spec,
  });
  const dir = join(siteDir, "api");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "index.html");
  writeFileSync(file, html);
  return file;
}

/**
 * Redoc 2 lists the security schemes only where the description asks for them: an Authentication
 * section (in the menu too) that shows each signing header and what it holds.
 */
function withAuthenticationSection(spec) {
  const description = spec.info.description ?? "";
  if (description.includes("<SecurityDefinitions")) return spec;
  return {
    ...spec,
    info: {
      ...spec.info,
      description: `${description}\n\n# Authentication\n\n<SecurityDefinitions />\n`,
    },
  };
}

function withInlineLogo(bundle) {
  const occurrences = bundle.split(REDOCLY_LOGO_URL).length - 1;
  if (occurrences !== 1) {
    throw new Error(
      `redoc.standalone.js references ${REDOCLY_LOGO_URL} ${occurrences} times, expected once: ` +
        "check what this Redoc version loads from the network before updating the swap",
    );
  }
  return bundle.replace(REDOCLY_LOGO_URL, INLINE_LOGO);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028|\u2029/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

function page({ title, redoc, spec }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; }
  .docs-bar { position: fixed; top: 0; left: 0; right: 0; height: 48px; z-index: 10; box-sizing: border-box;
    display: flex; align-items: center; gap: 24px; padding: 0 20px; background: #1b2733; color: #fff;
    font: 15px system-ui, -apple-system, "Segoe UI", sans-serif; }
  .docs-bar a { color: #fff; text-decoration: none; }
  .docs-bar a:hover { text-decoration: underline; }
  .docs-bar .docs-home { font-weight: 600; }
  #redoc { padding-top: 48px; }
</style>
</head>
<body>
<nav class="docs-bar" aria-label="Documentation">
  <a class="docs-home" href="../index.html">yunxin-im docs</a>
  <a href="../documents/Guide.html">Guide</a>
  <a href="./index.html">API reference</a>
  <a href="../modules.html">Packages</a>
</nav>
<div id="redoc"></div>
<script>${redoc}</script>
<script>
Redoc.init(${scriptJson(spec)}, ${scriptJson(redocOptions)}, document.getElementById("redoc"));
</script>
</body>
</html>
`;
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}
