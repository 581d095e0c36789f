import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { specPath } from "../scripts/paths.mjs";
import { publishedPackages } from "../scripts/published-packages.mjs";
import { type ServedSite, serveSite } from "../scripts/serve-site.mjs";
import { screenshotsDir } from "./artefacts.js";
import { type Browser, openBrowser } from "./browser.js";
import { guideSamples } from "./guide-samples.js";

const spec = parse(readFileSync(specPath, "utf8"));
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];
const operations = Object.entries(spec.paths as Record<string, Record<string, Operation>>).flatMap(
  ([path, pathItem]) =>
    Object.entries(pathItem)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
);
const batchSend = operations.find(({ operation }) => operation.operationId === "sendBatchMessages");
if (!batchSend) throw new Error("the spec has no sendBatchMessages operation");
const { path, method, operation } = batchSend;
const request = spec.components.schemas.SendBatchRequest;

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  requestBody: { content: { "application/json": { examples: Record<string, { $ref: string }> } } };
}

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshotsDir, { recursive: true });
  site = await serveSite(inject("siteDir"));
  browser = await openBrowser(site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
}

/** The page's visible text, whitespace collapsed: what a reader sees, not what the DOM holds. */
async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, for rendered text on purpose
  return collapse(await page.locator("body").innerText());
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function example(ref: string): { value: Record<string, unknown> } {
  const name = ref.split("/").at(-1) as string;
  return spec.components.examples[name];
}

/** Redoc's menu id of a tag group: its name with spaces as dashes ("Tools and AI" → group/Tools-and-AI). */
function groupItemId(name = ""): string {
  return `group/${name.replace(/\s+/g, "-")}`;
}

function expectCleanBrowsing(): void {
  expect(browser.offsiteRequests, "requests that tried to leave localhost").toEqual([]);
  expect(browser.errors, "console and page errors").toEqual([]);
  expect(site.notFound, "paths the site does not have").toEqual([]);
}

beforeEach(() => {
  browser.offsiteRequests.length = 0;
  browser.errors.length = 0;
  site.notFound.length = 0;
});

describe("the documentation site in headless Chromium", () => {
  // The reference is one page holding every operation: loaded once (its render grows with the
  // spec) for the tests that read it; what went wrong while it loaded is checked by the first.
  let page: Page;
  let whileLoading: { offsite: string[]; errors: string[]; notFound: string[] };
  beforeAll(async () => {
    page = await browser.open("api/index.html");
    await page.locator("h2", { hasText: operation.summary }).waitFor({ timeout: 180_000 });
    whileLoading = {
      offsite: [...browser.offsiteRequests],
      errors: [...browser.errors],
      notFound: [...site.notFound],
    };
  });

  it("loads the API reference without leaving localhost, an error or a missing file", () => {
    expect(whileLoading).toEqual({ offsite: [], errors: [], notFound: [] });
  });

  it("shows the endpoint, the receiver_ids limit, an example, the error codes and the signing scheme on the API reference", async () => {
    await screenshot(page, "api-reference");

    // The endpoint, expanded to list the hosts it is served from. Redoc opens the list with an
    // animation, so each host is waited for until it shows (a missing one times out the wait).
    await page.locator("button:has(.http-verb)", { hasText: path }).first().click();
    for (const server of spec.servers) {
      await page
        .getByText(`${server.url}${path}`)
        .first()
        .waitFor({ state: "visible", timeout: 10_000 });
    }
    await screenshot(page, "api-reference-endpoint");
    const text = await visibleText(page);
    expect(text).toContain(`${method.toUpperCase()} ${path}`);

    const receivers = request.properties.receiver_ids;
    expect(receivers.maxItems).toBe(100);
    const receiversRow = page.locator("tr", { hasText: "receiver_ids" }).first();
    await receiversRow.scrollIntoViewIfNeeded();
    await screenshot(page, "api-reference-receiver-ids");
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, for rendered text on purpose
    expect(collapse(await receiversRow.innerText())).toContain(
      `[ ${receivers.minItems} .. ${receivers.maxItems} ] items`,
    );

    const [firstExample] = Object.values(
      operation.requestBody.content["application/json"].examples,
    );
    const shown = example(firstExample?.$ref as string).value;
    expect(text).toContain(`"sender_id": "${shown.sender_id}"`);

    expect(request.properties.receiver_ids).toBeDefined();
    expect(spec.components.schemas.SendBatchResponse.properties.code.$ref).toBe(
      "#/components/schemas/ResultCode",
    );
    const codes = spec.components.schemas.ResultCode.description as string;
    expect(text).toContain(collapse(codes));
    for (const code of ["414", "416"]) expect(codes).toContain(code);

    for (const [name, scheme] of Object.entries(spec.components.securitySchemes) as [
      string,
      { name: string; description: string },
    ][]) {
      expect(text, `security scheme ${name}`).toContain(collapse(scheme.description));
      expect(text).toContain(scheme.name);
    }
    expect(text).toContain("CheckSum = lowercase hex SHA-1(AppSecret + Nonce + CurTime)");

    const fields = Object.values(spec.components.schemas).flatMap((schema) =>
      Object.keys((schema as { properties?: object }).properties ?? {}),
    );
    // A oneOf (the message types) shows one variant at a time: read each of every oneOf.
    const oneOf = "div:has(> span:text-is('One of')) > div > button";
    const batchSendSection = page.locator(`[id$="operation/${operation.operationId}"]`).first();
    expect(await batchSendSection.locator(oneOf).count()).toBe(
      spec.components.schemas.Message.oneOf.length,
    );
    // Each variant is clicked and its operation's own section read (not the whole page, whose text
    // grows with the spec), all in the page: one round trip instead of two per variant.
    const variantTexts = await page.locator(oneOf).evaluateAll(async (buttons) => {
      const texts: string[] = [];
      for (const button of buttons as HTMLElement[]) {
        button.click();
        await new Promise((rendered) => requestAnimationFrame(() => setTimeout(rendered, 0)));
        const section = button.closest("[id^='tag/']") as HTMLElement | null;
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees
        texts.push(section?.innerText ?? "");
      }
      return texts;
    });
    expect(variantTexts.length).toBeGreaterThanOrEqual(
      spec.components.schemas.Message.oneOf.length,
    );
    const allVariants = [text, ...variantTexts.map(collapse)].join(" ");
    const missing = fields.filter((field) => !allVariants.includes(field));
    expect(missing, "schema fields not shown").toEqual([]);

    expect(await page.getByRole("button", { name: /try it/i }).count()).toBe(0);

    await page.getByPlaceholder("Search...").fill("receiver");
    await page
      .locator("[data-role='search:results'] li", { hasText: operation.summary })
      .first()
      .waitFor();
    expectCleanBrowsing();
  });

  it("lists every operation under its tag and tag group in the navigation, renders its summary and finds it by searching, offline", async () => {
    const groups: { name: string; tags: string[] }[] = spec["x-tagGroups"];
    const headings = new Set((await page.locator("h2").allInnerTexts()).map(collapse));
    const menu = await page.locator("li[data-item-id]").evaluateAll((items) =>
      // The menu's entries, not the search results (which reuse their ids).
      items
        .filter((item) => !item.closest("[data-role='search:results']"))
        .map((item) => ({
          id: item.getAttribute("data-item-id") as string,
          group: item.closest("li[data-item-id^='group/']")?.getAttribute("data-item-id") ?? null,
          text: item.textContent ?? "",
        })),
    );
    const problems: string[] = [];
    for (const { operation: listed } of operations) {
      const [tag] = listed.tags;
      const group = groups.find((candidate) => candidate.tags.includes(tag as string));
      const item = menu.find(({ id }) => id === `tag/${tag}/operation/${listed.operationId}`);
      if (!item) problems.push(`${listed.operationId}: not in the navigation under ${tag}`);
      else if (item.group !== groupItemId(group?.name)) {
        problems.push(`${listed.operationId}: in ${item.group}, not ${groupItemId(group?.name)}`);
      } else if (!collapse(item.text).includes(collapse(listed.summary))) {
        problems.push(`${listed.operationId}: its navigation entry does not show its summary`);
      }
      if (!headings.has(collapse(listed.summary))) {
        problems.push(`${listed.operationId}: no heading "${listed.summary}"`);
      }
    }
    expect(problems, "operations missing from the reference").toEqual([]);
    await screenshot(page, "api-reference-navigation");

    // Typed into Redoc's search box in the page, as a reader would, one summary after another:
    // each must come back among the results (a round trip per keystroke would not scale).
    await page.getByPlaceholder("Search...").fill("");
    const notFound = await page.evaluate(
      async (summaries) => {
        const input = document.querySelector("input[placeholder='Search...']") as HTMLInputElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        const shown = (summary: string) =>
          [...document.querySelectorAll("[data-role='search:results'] li")].some((item) =>
            (item.textContent ?? "").includes(summary),
          );
        const missing: string[] = [];
        for (const summary of summaries) {
          setValue?.call(input, summary);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          const until = Date.now() + 5_000;
          while (!shown(summary) && Date.now() < until) {
            await new Promise((next) => setTimeout(next, 20));
          }
          if (!shown(summary)) missing.push(summary);
        }
        return missing;
      },
      operations.map(({ operation: listed }) => listed.summary),
    );
    expect(notFound, "summaries the search does not find").toEqual([]);
    expectCleanBrowsing();
  });

  it("renders a page for each published package from its sources", async () => {
    const index = await browser.open("modules.html");
    await index.locator("#tsd-search-trigger").click();
    await index.locator("#tsd-search-input").fill("sendToMany");
    await index.locator("#tsd-search-results li", { hasText: "sendToMany" }).first().waitFor();
    for (const pkg of publishedPackages()) {
      const link = index.getByRole("link", { name: pkg.name, exact: true }).first();
      const href = await link.getAttribute("href");
      expect(href, `a link to ${pkg.name}`).toBeTruthy();
      const page = await browser.open(href as string);
      await expect(page.locator("h1").first().textContent()).resolves.toContain(pkg.name);
      expect(
        await page.locator(".tsd-index-link, .tsd-member-summary-name").count(),
      ).toBeGreaterThan(0);
      await screenshot(page, `package-${pkg.name.replace(/^@/, "").replace(/\//g, "-")}`);
      await page.close();
    }
    expectCleanBrowsing();
  });

  it("shows every guide sample as the tested file and links to the API reference from home", async () => {
    const home = await browser.open("index.html");
    await screenshot(home, "home");
    await home.getByRole("link", { name: "Guide", exact: true }).first().click();
    await home.waitForURL(/documents\/Guide\.html$/);
    await screenshot(home, "guide");

    const codeBlocks = collapse((await home.locator("pre").allInnerTexts()).join("\n"));
    for (const sample of guideSamples()) {
      expect(codeBlocks, sample.file).toContain(collapse(sample.text));
    }
    const headings = await home.locator("h2").allInnerTexts();
    expect(headings.map(collapse)).toEqual(
      expect.arrayContaining([
        "Install",
        "Sign and send",
        "Every operation",
        "Send to many",
        "Verify callbacks",
        "Regenerate after a spec change",
        "Run the contract kit in CI",
        "The command line",
      ]),
    );

    await home.getByRole("link", { name: "API reference" }).first().click();
    await home.waitForURL(/api\/index\.html$/);
    await home.locator("h2", { hasText: operation.summary }).waitFor();
    expectCleanBrowsing();
  });
});
