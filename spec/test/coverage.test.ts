import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  coverageProblems,
  endpointsPath,
  parseEndpoints,
  render,
  renderCoverage,
} from "../../scripts/coverage-table.mjs";
import { loadSpec } from "./load-spec.js";

const endpoints = parseEndpoints(readFileSync(endpointsPath, "utf8"));

/**
 * The spec with batch send's facts moved to another endpoint of the list, as `edit` says; the
 * operation that claimed that endpoint is dropped, so batch send is its only claimant.
 */
function withBatchSend(edit: (operation: Record<string, unknown>) => void) {
  const spec = loadSpec();
  const batchSend = spec.paths["/im/v2/conversations/messages"].post;
  edit(batchSend);
  for (const item of Object.values<Record<string, Record<string, unknown>>>(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const claimsTheSame =
        operation !== batchSend &&
        operation["x-sdk-service"] === batchSend["x-sdk-service"] &&
        operation["x-sdk-method"] === batchSend["x-sdk-method"];
      if (claimsTheSame) delete item[method];
    }
  }
  return spec;
}

describe("the README's coverage table", () => {
  it("is what scripts/coverage-table.mjs renders from the spec now (run `pnpm coverage`)", () => {
    const { readme, fresh } = render();
    expect(readme).toBe(fresh);
  });

  it("lists every one of the SDKs' 134 endpoints, the 3 system pushes as left out", () => {
    const table = renderCoverage(loadSpec(), endpoints);
    expect(endpoints).toHaveLength(134);
    expect(table.match(/^\| \w+ \| `\w+` \| [A-Z]+ \| `\/[^`]*` \| /gm)).toHaveLength(134);
    expect(table.match(/` \| left out: unreleased \|$/gm)).toHaveLength(3);
    expect(table).toContain(
      "| Message | `batchSendP2PMessage` | POST | `/im/v2/conversations/messages` | `sendBatchMessages` |",
    );
  });
});

describe("every spec operation with an x-sdk-method", () => {
  it("is an endpoint of the SDKs' list, with the method and path the SDKs send", () => {
    expect(coverageProblems(loadSpec(), endpoints)).toEqual([]);
  });

  it("fails naming the operation when its method or path is not the SDKs'", () => {
    const spec = withBatchSend((operation) => {
      operation["x-sdk-service"] = "Conversation";
      operation["x-sdk-method"] = "stickTopConversation";
    });
    expect(coverageProblems(spec, endpoints)).toEqual([
      'sendBatchMessages (POST /im/v2/conversations/messages): the SDKs send PATCH /im/v2/conversations/{conversation_id}/actions/stick_top_conversation; give x-sdk-http: "PATCH /im/v2/conversations/{conversation_id}/actions/stick_top_conversation" and say why in the description if the spec differs on purpose',
    ]);
  });

  it("takes a deliberate difference given as x-sdk-http and explained in the description", () => {
    const sdkHttp = "PATCH /im/v2/conversations/{conversation_id}/actions/stick_top_conversation";
    const explained = withBatchSend((operation) => {
      operation["x-sdk-service"] = "Conversation";
      operation["x-sdk-method"] = "stickTopConversation";
      operation["x-sdk-http"] = sdkHttp;
      operation.description = "SDK-J sends PATCH; the docs and SDK-G say POST (catalogue §1.3c).";
    });
    expect(coverageProblems(explained, endpoints)).toEqual([]);
    expect(renderCoverage(explained, endpoints)).toContain(
      "| Conversation | `stickTopConversation` | PATCH | `/im/v2/conversations/{conversation_id}/actions/stick_top_conversation` | `sendBatchMessages` (spec: POST /im/v2/conversations/messages, see its description) |",
    );

    const unexplained = withBatchSend((operation) => {
      operation["x-sdk-service"] = "Conversation";
      operation["x-sdk-method"] = "stickTopConversation";
      operation["x-sdk-http"] = sdkHttp;
    });
    expect(coverageProblems(unexplained, endpoints)).toEqual([
      expect.stringMatching(
        /^sendBatchMessages .*: x-sdk-http differs, but the description does not say/,
      ),
    ]);
  });

  it("fails naming the operation when its x-sdk-method is not in the list", () => {
    const spec = withBatchSend((operation) => {
      operation["x-sdk-method"] = "batchSendP2PMessages";
    });
    expect(coverageProblems(spec, endpoints)).toEqual([
      "sendBatchMessages (POST /im/v2/conversations/messages): no endpoint Message.batchSendP2PMessages in the SDKs' list",
    ]);
  });
});
