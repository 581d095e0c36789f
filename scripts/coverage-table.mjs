#!/usr/bin/env node
// Renders, from spec/openapi.yaml, which of the SDKs' 134 v2 endpoints
// (spec/source/yunxin-im-v2-endpoints.tsv) the spec covers, and writes it into the top-level
// README.md between the coverage markers. A spec operation claims an endpoint by `x-sdk-service`
// and `x-sdk-method`; its (method, path) must be the endpoint's, or, where the spec deliberately
// sends something else (catalogue §1.3), `x-sdk-http: "<METHOD> <path>"` names what the SDK sends
// and the operation's description says why (it names that method or path).
//
//   node scripts/coverage-table.mjs [--check]   (`pnpm coverage`; `pnpm generate` runs it too)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const specPath = join(root, "spec", "openapi.yaml");
export const endpointsPath = join(root, "spec", "source", "yunxin-im-v2-endpoints.tsv");
export const readmePath = join(root, "README.md");

export const START_MARKER =
  "<!-- coverage-table:start — generated from spec/openapi.yaml by scripts/coverage-table.mjs (pnpm coverage); do not edit -->";
export const END_MARKER = "<!-- coverage-table:end -->";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** @param {string} text the TSV: n, service, sdk_method, http_method, path, status */
export function parseEndpoints(text) {
  const [header, ...lines] = text.trim().split("\n");
  const columns = header.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    const row = Object.fromEntries(columns.map((column, index) => [column, cells[index]]));
    return {
      service: row.service,
      sdkMethod: row.sdk_method,
      http: `${row.http_method} ${row.path}`,
      released: row.status === "released",
    };
  });
}

/** Every operation of the spec with the facts the table reads. */
export function specOperations(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => {
      const operation = item[method];
      return {
        operationId: operation.operationId ?? `${method.toUpperCase()} ${path}`,
        http: `${method.toUpperCase()} ${path}`,
        service: operation["x-sdk-service"],
        sdkMethod: operation["x-sdk-method"],
        sdkHttp: operation["x-sdk-http"],
        description: operation.description ?? "",
      };
    }),
  );
}

/** Why the spec's operations do not line up with the SDKs' list, one sentence each. */
export function coverageProblems(spec, endpoints) {
  const problems = [];
  const claimed = new Map();
  for (const operation of specOperations(spec)) {
    if (operation.sdkMethod === undefined) continue;
    const name = `${operation.operationId} (${operation.http})`;
    const row = endpoints.find(
      (endpoint) =>
        endpoint.service === operation.service && endpoint.sdkMethod === operation.sdkMethod,
    );
    if (!row) {
      problems.push(
        `${name}: no endpoint ${operation.service}.${operation.sdkMethod} in the SDKs' list`,
      );
      continue;
    }
    const previous = claimed.get(row);
    if (previous) problems.push(`${name}: ${previous} claims ${row.sdkMethod} too`);
    claimed.set(row, operation.operationId);
    if (operation.sdkHttp === undefined) {
      if (operation.http !== row.http) {
        problems.push(
          `${name}: the SDKs send ${row.http}; give x-sdk-http: "${row.http}" and say why in the description if the spec differs on purpose`,
        );
      }
      continue;
    }
    if (operation.sdkHttp !== row.http) {
      problems.push(
        `${name}: x-sdk-http "${operation.sdkHttp}" is not what the SDKs send, ${row.http}`,
      );
    } else if (operation.sdkHttp === operation.http) {
      problems.push(`${name}: x-sdk-http repeats the operation's own method and path; drop it`);
    } else {
      const [method, path] = row.http.split(" ");
      if (!operation.description.includes(method) && !operation.description.includes(path)) {
        problems.push(
          `${name}: x-sdk-http differs, but the description does not say what the SDKs send (${row.http}) or why`,
        );
      }
    }
  }
  return problems;
}

/** The README section: a summary by service and one row per SDK endpoint. */
export function renderCoverage(spec, endpoints) {
  const operations = specOperations(spec);
  const find = (row) =>
    operations.find(
      (operation) => operation.service === row.service && operation.sdkMethod === row.sdkMethod,
    );
  const released = endpoints.filter((row) => row.released);
  const covered = released.filter(find);
  const services = [...new Set(endpoints.map((row) => row.service))];
  const lines = [
    START_MARKER,
    "",
    `**${covered.length} of the ${released.length} released endpoints** of the official SDKs' v2 list ` +
      `(${endpoints.length} endpoints, ${endpoints.length - released.length} unreleased and left out, catalogue §1.3g) ` +
      `are operations of \`spec/openapi.yaml\`, matched by \`x-sdk-service\`/\`x-sdk-method\` and (method, path).`,
    "",
    "| service | covered |",
    "| --- | --- |",
    ...services.map((service) => {
      const rows = endpoints.filter((row) => row.service === service && row.released);
      const done = rows.filter(find).length;
      return rows.length === 0
        ? `| ${service} | left out: unreleased |`
        : `| ${service} | ${done} of ${rows.length} |`;
    }),
    "",
    "<details><summary>Every endpoint</summary>",
    "",
    "| service | SDK method | HTTP | path | operationId |",
    "| --- | --- | --- | --- | --- |",
    ...endpoints.map((row) => {
      const operation = find(row);
      const [method, path] = row.http.split(" ");
      let cell = row.released ? "not yet" : "left out: unreleased";
      if (operation) {
        cell = `\`${operation.operationId}\``;
        if (operation.http !== row.http) cell += ` (spec: ${operation.http}, see its description)`;
      }
      return `| ${row.service} | \`${row.sdkMethod}\` | ${method} | \`${path}\` | ${cell} |`;
    }),
    "",
    "</details>",
    "",
    END_MARKER,
  ];
  return lines.join("\n");
}

/** `readme` with its coverage section replaced by `section`. */
export function withSection(readme, section) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no ${START_MARKER} … ${END_MARKER} section`);
  }
  return readme.slice(0, start) + section + readme.slice(end + END_MARKER.length);
}

/** The README as the spec says it should read now, and what is wrong with the spec's mapping. */
export function render() {
  const spec = parse(readFileSync(specPath, "utf8"));
  const endpoints = parseEndpoints(readFileSync(endpointsPath, "utf8"));
  const readme = readFileSync(readmePath, "utf8");
  return {
    readme,
    fresh: withSection(readme, renderCoverage(spec, endpoints)),
    problems: coverageProblems(spec, endpoints),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { readme, fresh, problems } = render();
  for (const problem of problems) console.error(`coverage: ${problem}`);
  if (process.argv.includes("--check")) {
    if (fresh !== readme) {
      console.error("README.md's coverage table is stale: run `pnpm coverage`");
      process.exitCode = 1;
    }
  } else if (fresh !== readme) {
    writeFileSync(readmePath, fresh);
    console.log("README.md: coverage table updated");
  }
  if (problems.length > 0) process.exitCode = 1;
}
