import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { parse } from "yaml";

/** A JSON Schema of the spec under test, as far as the table-driven suite reads it. */
export interface SpecSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SpecSchema>;
  additionalProperties?: boolean | SpecSchema;
  items?: SpecSchema;
  oneOf?: SpecSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
}

/** A path or query parameter of an operation, with its example as the spec's text has it. */
export interface ContractParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: SpecSchema;
  /** `style: form, explode: false` joins an array with commas; the default repeats the name. */
  explode: boolean;
  /** Its `example` (or first of `examples`); integers are exact `bigint`s. */
  example?: unknown;
}

/** A named example; integers are `bigint`s, exactly the digits of the spec's text. */
export interface NamedExample {
  name: string;
  value: unknown;
}

/** One operation of the spec under test: what the table-driven suite sends and expects. */
export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  parameters: ContractParameter[];
  body?: { schema: SpecSchema; required: boolean; examples: NamedExample[] };
  /** The schema of the one `200` answer, the envelope. */
  answerSchema: SpecSchema;
  answers: NamedExample[];
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const JSON_MEDIA_TYPE = "application/json";

type Node = Record<string, unknown>;

interface Documents {
  /** The spec as numbers: schemas and their limits. */
  plain: Node;
  /** The same spec with every integer a `bigint`: examples, digit for digit. */
  exact: Node;
}

let documents: Documents | undefined;

function load(): Documents {
  if (!documents) throw new Error("No spec read yet: call contractOperations() first");
  return documents;
}

function pointer(document: Node, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, segment) => (node as Node | undefined)?.[segment], document);
}

/** Follows `$ref`s in `document` to the object they name. */
function deref<T>(document: Node, node: T): T {
  let current: unknown = node;
  for (let hops = 0; typeof (current as { $ref?: unknown })?.$ref === "string"; hops++) {
    const ref = (current as { $ref: string }).$ref;
    if (hops > 32) throw new Error(`$ref cycle at ${ref}`);
    current = pointer(document, ref);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref} in the spec`);
  }
  return current as T;
}

/** The schema a `$ref` of the spec under test names (itself when it is no `$ref`). */
export function resolveSchema(schema: SpecSchema): SpecSchema {
  return deref(load().plain, schema);
}

function namedExamples(exact: Node, media: Node | undefined): NamedExample[] {
  const named = Object.entries((media?.examples as Record<string, Node> | undefined) ?? {}).map(
    ([name, example]) => ({ name, value: deref(exact, example).value }),
  );
  return media?.example === undefined
    ? named
    : [...named, { name: "example", value: media.example }];
}

function parameterOf(
  plain: Node,
  exact: Node,
  given: Node,
  exactGiven: Node,
): ContractParameter | undefined {
  const parameter = deref(plain, given) as Node;
  const exactParameter = deref(exact, exactGiven) as Node;
  if (parameter.in !== "path" && parameter.in !== "query") return undefined;
  const examples = Object.values((exactParameter.examples as Record<string, Node>) ?? {});
  const first = examples[0] ? deref(exact, examples[0]).value : undefined;
  const example = exactParameter.example !== undefined ? exactParameter.example : first;
  return {
    name: String(parameter.name),
    in: parameter.in,
    required: parameter.required === true,
    schema: parameter.schema as SpecSchema,
    explode: parameter.explode !== false,
    ...(example === undefined ? {} : { example }),
  };
}

let operations: ContractOperation[] | undefined;

/** Every operation of the spec under test (the one Prism mocks in this run), in its order. */
export function contractOperations(): ContractOperation[] {
  operations ??= readOperations(readFileSync(inject("contractSpec"), "utf8"));
  return operations;
}

/**
 * Every operation of the OpenAPI document `text`, in its order. The document becomes the one
 * whose `$ref`s {@link resolveSchema} (and so the request and breach builders) follow.
 */
export function readOperations(text: string): ContractOperation[] {
  const plain = parse(text) as Node;
  const exact = parse(text, { intAsBigInt: true }) as Node;
  documents = { plain, exact };
  const paths = (plain.paths ?? {}) as Record<string, Node>;
  const exactPaths = (exact.paths ?? {}) as Record<string, Node>;
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => {
      const operation = item[method] as Node;
      const exactOperation = exactPaths[path]?.[method] as Node;
      const id = String(operation.operationId ?? `${method.toUpperCase()} ${path}`);
      const parameters = ((operation.parameters as Node[]) ?? [])
        .map((given, index) =>
          parameterOf(plain, exact, given, (exactOperation.parameters as Node[])[index] ?? given),
        )
        .filter((parameter) => parameter !== undefined);
      const body = operation.requestBody
        ? (deref(plain, operation.requestBody) as Node)
        : undefined;
      const media = (body?.content as Record<string, Node> | undefined)?.[JSON_MEDIA_TYPE];
      const exactBody = body ? (deref(exact, exactOperation.requestBody) as Node) : undefined;
      const exactMedia = (exactBody?.content as Record<string, Node> | undefined)?.[
        JSON_MEDIA_TYPE
      ];
      const answer = deref(plain, (operation.responses as Record<string, Node>)?.["200"] ?? {});
      const exactAnswer = deref(
        exact,
        (exactOperation.responses as Record<string, Node>)?.["200"] ?? {},
      );
      const answerMedia = (answer.content as Record<string, Node> | undefined)?.[JSON_MEDIA_TYPE];
      const exactAnswerMedia = (exactAnswer.content as Record<string, Node> | undefined)?.[
        JSON_MEDIA_TYPE
      ];
      return {
        id,
        method: method.toUpperCase(),
        path,
        parameters,
        ...(media
          ? {
              body: {
                schema: media.schema as SpecSchema,
                required: body?.required === true,
                examples: namedExamples(exact, exactMedia),
              },
            }
          : {}),
        answerSchema: (answerMedia?.schema ?? {}) as SpecSchema,
        answers: namedExamples(exact, exactAnswerMedia),
      };
    }),
  );
}

/** The object keys of `schema` (anywhere inside it) that hold an int64, or a list of them. */
export function int64Keys(schema: SpecSchema | undefined): {
  scalars: Set<string>;
  lists: Set<string>;
} {
  const scalars = new Set<string>();
  const lists = new Set<string>();
  const seen = new Set<SpecSchema>();
  const visit = (given: SpecSchema | undefined) => {
    if (!given) return;
    const node = resolveSchema(given);
    if (seen.has(node)) return;
    seen.add(node);
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const resolved = resolveSchema(property);
      if (isInt64(resolved)) scalars.add(key);
      else if (resolved.items && isInt64(resolveSchema(resolved.items))) lists.add(key);
      for (const branch of resolved.oneOf ?? []) {
        if (isInt64(resolveSchema(branch))) scalars.add(key);
      }
      visit(property);
    }
    if (typeof node.additionalProperties === "object") visit(node.additionalProperties);
    visit(node.items);
    for (const branch of node.oneOf ?? []) visit(branch);
  };
  visit(schema);
  return { scalars, lists };
}

/** `type: integer, format: int64`: exchanged with the client as an exact decimal string. */
export function isInt64(schema: SpecSchema): boolean {
  const types = typeof schema.type === "string" ? [schema.type] : (schema.type ?? []);
  return schema.format === "int64" && types.includes("integer");
}
