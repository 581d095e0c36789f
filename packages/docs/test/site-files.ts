import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../scripts/paths.mjs";

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

export interface Reference {
  /** The tag and attribute, or `css url()` / `css @import`. */
  kind: string;
  url: string;
}

/**
 * The URLs a page makes the browser load or follow, outside `<script>` elements (whose content is
 * code and data, checked in the browser instead): element attributes and CSS `url()` / `@import`.
 */
export function references(html: string): Reference[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) =>
    tag.replace(/>[\s\S]*<\/script>$/i, "></script>"),
  );
  const found: Reference[] = [];
  for (const [tag, attributes = ""] of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag.slice(1).split(/[\s>]/)[0]?.toLowerCase() ?? "";
    for (const match of attributes.matchAll(
      /\s(src|href|srcset|poster|data|action|formaction|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/gi,
    )) {
      const value = decodeEntities(match[3] ?? match[4] ?? match[5] ?? "");
      found.push({ kind: `${name} ${match[1]?.toLowerCase()}`, url: value });
    }
  }
  found.push(...cssReferences(markup));
  return found;
}

export function cssReferences(css: string): Reference[] {
  const found: Reference[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi)) {
    found.push({ kind: "css url()", url: (match[1] ?? match[2] ?? match[3] ?? "").trim() });
  }
  for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi)) {
    found.push({ kind: "css @import", url: match[1] ?? "" });
  }
  return found;
}

/** True for a URL that leaves the site: any scheme but data:/blob:/about:, or protocol-relative. */
export function isExternal(url: string): boolean {
  if (url.startsWith("//")) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && !["data", "blob", "about", "javascript"].includes(scheme);
}

/** Loading (not following) a reference: everything but `<a href>`. */
export function isLoaded(reference: Reference): boolean {
  return !reference.kind.startsWith("a ");
}

/**
 * What the authors wrote: the spec, the pages and samples of the site, and each package's README
 * and sources. An external link on the site must come from here, not from a generator.
 */
export function authoredText(): string {
  const packages = join(repoRoot, "packages");
  const parts = [readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8")];
  for (const name of readdirSync(packages)) {
    const dir = join(packages, name);
    if (existsSync(join(dir, "README.md")))
      parts.push(readFileSync(join(dir, "README.md"), "utf8"));
    for (const sub of ["src", "pages", "samples"]) {
      if (!existsSync(join(dir, sub))) continue;
      for (const file of filesUnder(join(dir, sub))) {
        parts.push(readFileSync(join(dir, sub, file), "utf8"));
      }
    }
  }
  return parts.join("\n");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
