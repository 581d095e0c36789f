import { existsSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { contentSecurityPolicy } from "../scripts/api-reference.mjs";
import { docsRoot, repoRoot } from "../scripts/paths.mjs";
import { publishedPackages } from "../scripts/published-packages.mjs";
import {
  authoredText,
  cssReferences,
  filesUnder,
  isExternal,
  isLoaded,
  type Reference,
  references,
} from "./site-files.js";

const siteDir = inject("siteDir");
const files = filesUnder(siteDir);
const pages = files.filter((file) => extname(file) === ".html");
const styles = files.filter((file) => extname(file) === ".css");

function referencesOf(file: string): Reference[] {
  const text = readFileSync(join(siteDir, file), "utf8");
  return extname(file) === ".css" ? cssReferences(text) : references(text);
}

describe("the built site", () => {
  it("has a home page, the guide, the API reference and a page per published package", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["index.html", "documents/Guide.html", "api/index.html"]),
    );
    expect(pages.filter((page) => page.startsWith("modules/")).length).toBeGreaterThan(0);
  });

  it("loads no script, style, font, image or frame from outside the site", () => {
    const loaded = [...pages, ...styles].flatMap((file) =>
      referencesOf(file)
        .filter((reference) => isLoaded(reference) && isExternal(reference.url))
        .map((reference) => `${file}: <${reference.kind}> ${reference.url}`),
    );
    expect(loaded).toEqual([]);
  });

  it("links out only where a README, a doc comment, the spec or a guide page does", () => {
    const authored = authoredText();
    const generated = pages.flatMap((file) =>
      referencesOf(file)
        .filter((reference) => !isLoaded(reference) && isExternal(reference.url))
        .filter((reference) => !authored.includes(reference.url))
        .map((reference) => `${file}: ${reference.url}`),
    );
    expect(generated).toEqual([]);
  });

  it("has no broken link or missing file between its own pages", () => {
    const broken = [...pages, ...styles].flatMap((file) =>
      referencesOf(file)
        .filter((reference) => !isExternal(reference.url) && !reference.url.startsWith("#"))
        .filter((reference) => !/^(data|blob|about|javascript):/i.test(reference.url))
        .filter((reference) => {
          const path = decodeURIComponent(reference.url.replace(/[#?].*$/, ""));
          if (path === "") return false;
          const target = join(siteDir, dirname(file), path);
          return !existsSync(target) && !existsSync(join(target, "index.html"));
        })
        .map((reference) => `${file}: <${reference.kind}> ${reference.url}`),
    );
    expect(broken).toEqual([]);
  });

  it("renders the API reference under a policy that refuses anything not on the page", () => {
    const html = readFileSync(join(siteDir, "api", "index.html"), "utf8");
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    );
    expect(contentSecurityPolicy).toMatch(/default-src 'self'/);
    expect(contentSecurityPolicy).toMatch(/connect-src 'self'/);
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
  });
});

describe("the docs package", () => {
  it("depends on every published package, so that turbo builds each before the site", () => {
    const manifest = JSON.parse(readFileSync(join(docsRoot, "package.json"), "utf8"));
    const missing = publishedPackages()
      .map((pkg) => pkg.name)
      .filter((name) => manifest.devDependencies?.[name] !== "workspace:*");
    expect(missing, 'add each as "workspace:*" to packages/docs/package.json').toEqual([]);
  });
});

describe("the READMEs", () => {
  it("point each published package at its page of the site, and the root README at the site", () => {
    for (const pkg of publishedPackages()) {
      const readme = readFileSync(join(pkg.dir, "README.md"), "utf8");
      const page = `modules/${pkg.name.replace(/[@/]/g, "_")}.html`;
      expect(pages, `the page of ${pkg.name}`).toContain(page);
      expect(readme, `${pkg.name}'s README`).toContain(`site/${page}`);
    }
    const root = readFileSync(join(repoRoot, "README.md"), "utf8");
    expect(root).toContain("pnpm run docs");
    expect(root).toContain("(packages/docs)");
  });
});
