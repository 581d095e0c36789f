import { readFileSync } from "node:fs";
import {
  assertValidSendBatchRequest,
  SEND_BATCH_PATH,
  type SendBatchRequest,
} from "@yunxin-im/core";
import { inject } from "vitest";
import { parse } from "yaml";

/** The parts of an OpenAPI document these tests read. */
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | undefined> | undefined>;
  components?: { examples?: Record<string, ExampleObject>; schemas?: Record<string, unknown> };
}

interface Operation {
  requestBody?: { content?: Record<string, { examples?: Record<string, ExampleOrRef> }> };
  responses?: Record<
    string,
    { content?: Record<string, { examples?: Record<string, ExampleOrRef> }> }
  >;
}

interface ExampleObject {
  summary?: string;
  value: unknown;
}

type ExampleOrRef = ExampleObject | { $ref: string };

const JSON_MEDIA_TYPE = "application/json";

let cached: OpenApiDocument | undefined;

/** The spec Prism mocks in this run (see globalSetup), parsed. */
export function contractSpec(): OpenApiDocument {
  cached ??= parse(readFileSync(inject("contractSpec"), "utf8")) as OpenApiDocument;
  return cached;
}

function sendOperation(): Operation {
  const operation = contractSpec().paths[SEND_BATCH_PATH]?.post;
  if (!operation) throw new Error(`The spec has no POST ${SEND_BATCH_PATH}`);
  return operation;
}

/** Resolves a local `$ref` such as `#/components/examples/SeedRequest`. */
function resolve(example: ExampleOrRef): ExampleObject {
  if (!("$ref" in example)) return example;
  const target = example.$ref
    .replace(/^#\//, "")
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, segment) => (node as Record<string, unknown> | undefined)?.[segment],
      contractSpec(),
    );
  if (target === undefined) throw new Error(`Unresolved $ref ${example.$ref} in the spec`);
  return resolve(target as ExampleOrRef);
}

function resolveAll(examples: Record<string, ExampleOrRef> | undefined): Map<string, unknown> {
  return new Map(
    Object.entries(examples ?? {}).map(([name, example]) => [name, resolve(example).value]),
  );
}

/**
 * The request examples of the operation, by name (`seed`, `text`, `image`, ...), each checked
 * against the spec by the client's own validation, which also types it as a request.
 */
export function requestExamples(): Map<string, SendBatchRequest> {
  const examples = resolveAll(sendOperation().requestBody?.content?.[JSON_MEDIA_TYPE]?.examples);
  return new Map(
    [...examples].map(([name, value]) => {
      assertValidSendBatchRequest(value);
      return [name, value];
    }),
  );
}

/** One request example by name, e.g. `seed`. */
export function requestExample(name: string): SendBatchRequest {
  const example = requestExamples().get(name);
  if (!example) throw new Error(`The spec has no request example named ${name}`);
  return structuredClone(example);
}

/** The response examples of the operation's HTTP 200 answer, by name. */
export function responseExamples(): Map<string, ResponseExample> {
  const examples = resolveAll(
    sendOperation().responses?.["200"]?.content?.[JSON_MEDIA_TYPE]?.examples,
  );
  return new Map([...examples].map(([name, value]) => [name, value as ResponseExample]));
}

/** A response example as the spec writes it (plain JSON numbers, before lossless parsing). */
export interface ResponseExample {
  code: number;
  msg: string;
  data?: {
    success_list?: { receiver_id: string; message_server_id: number }[];
    failed_list?: {
      account_id?: string;
      receiver_id?: string;
      error_code: number;
      error_msg?: string;
    }[];
  };
}

/** The name and value of the response example matching `predicate`, e.g. the one with code 414. */
export function findResponseExample(
  description: string,
  predicate: (example: ResponseExample) => boolean,
): { name: string; example: ResponseExample } {
  for (const [name, example] of responseExamples()) {
    if (predicate(example)) return { name, example };
  }
  throw new Error(`The spec has no response example for ${description}`);
}

/** The values of `components.schemas.MessageType.enum`: every message type the spec defines. */
export function messageTypes(): number[] {
  const schema = contractSpec().components?.schemas?.MessageType as { enum?: number[] } | undefined;
  if (!schema?.enum) throw new Error("The spec has no MessageType enum");
  return schema.enum;
}
