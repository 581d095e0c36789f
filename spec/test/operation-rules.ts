import type { Spec } from "./load-spec.js";
import { deref, type SpecOperation } from "./operations.js";

/** The header parameters every operation lists first, in this order (BRIEF: spec conventions). */
export const HEADER_REFS = [
  "#/components/parameters/AppKeyHeader",
  "#/components/parameters/NonceHeader",
  "#/components/parameters/CurTimeHeader",
  "#/components/parameters/CheckSumHeader",
  "#/components/parameters/TraceIdHeader",
];

export const RATE_LIMIT_CATEGORIES = ["single-call", "batch-send", "broadcast"];

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
/** English, then the Chinese name in parentheses: `Send a message (发送消息)`. */
const SUMMARY = /^[^\u4e00-\u9fff]*[A-Za-z][^\u4e00-\u9fff]* \([^()]*[\u4e00-\u9fff][^()]*\)$/;

/** What is wrong with the operation's identity, tag, summary and x- facts. */
export function factProblems(spec: Spec, { operation }: SpecOperation): string[] {
  const problems: string[] = [];
  const id = operation.operationId;
  if (typeof id !== "string") problems.push("has no operationId");
  else if (!CAMEL_CASE.test(id)) problems.push(`operationId ${id} is not camelCase`);

  const tags: unknown[] = operation.tags ?? [];
  const declared = new Map<string, Spec>((spec.tags ?? []).map((tag: Spec) => [tag.name, tag]));
  if (tags.length !== 1) problems.push(`has ${tags.length} tags, not exactly one`);
  for (const tag of tags) {
    const entry = declared.get(String(tag));
    if (!entry) problems.push(`tag ${tag} is not declared in the top-level tags`);
    else if (!entry.description) problems.push(`tag ${tag} is declared without a description`);
  }
  if (operation["x-sdk-service"] === undefined) problems.push("has no x-sdk-service");
  else if (tags[0] !== operation["x-sdk-service"]) {
    problems.push(`x-sdk-service ${operation["x-sdk-service"]} is not its tag ${tags[0]}`);
  }
  if (typeof operation["x-sdk-method"] !== "string" || !operation["x-sdk-method"]) {
    problems.push("has no x-sdk-method");
  }
  const category = operation["x-rate-limit-category"];
  if (!RATE_LIMIT_CATEGORIES.includes(category)) {
    problems.push(
      `x-rate-limit-category ${JSON.stringify(category)} is not one of ${RATE_LIMIT_CATEGORIES.join(", ")}`,
    );
  }
  if (typeof operation["x-idempotent"] !== "boolean") {
    problems.push(`x-idempotent ${JSON.stringify(operation["x-idempotent"])} is not a boolean`);
  }
  if (typeof operation.summary !== "string" || !operation.summary.trim()) {
    problems.push("has no summary");
  } else if (!SUMMARY.test(operation.summary)) {
    problems.push(`summary "${operation.summary}" is not "English (中文名)"`);
  }
  if (typeof operation.description !== "string" || !operation.description.trim()) {
    problems.push("has no description");
  }
  return problems;
}

/** What is wrong with its parameters: the five headers first, every path template declared. */
export function parameterProblems(spec: Spec, { path, operation }: SpecOperation): string[] {
  const problems: string[] = [];
  const listed: Spec[] = operation.parameters ?? [];
  const headers = listed.slice(0, HEADER_REFS.length).map((parameter) => parameter?.$ref);
  if (JSON.stringify(headers) !== JSON.stringify(HEADER_REFS)) {
    problems.push(`parameters do not start with the five header refs ${HEADER_REFS.join(", ")}`);
  }
  const own = listed.slice(HEADER_REFS.length).map((parameter) => deref(spec, parameter));
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  for (const name of templated) {
    const parameter = own.find((candidate) => candidate.in === "path" && candidate.name === name);
    if (!parameter) problems.push(`path parameter {${name}} is not declared`);
    else if (parameter.required !== true) problems.push(`path parameter ${name} is not required`);
  }
  for (const parameter of own) {
    if (parameter.in === "path" && !templated.includes(parameter.name)) {
      problems.push(`path parameter ${parameter.name} is not in the path ${path}`);
    }
    if (!parameter.schema)
      problems.push(`${parameter.in} parameter ${parameter.name} has no schema`);
    const hasExample =
      parameter.example !== undefined || Object.keys(parameter.examples ?? {}).length > 0;
    if (parameter.required === true && parameter.in !== "header" && !hasExample) {
      // The contract kit builds each operation's requests from the examples.
      problems.push(`required ${parameter.in} parameter ${parameter.name} has no example`);
    }
    if (parameter.in === "header") {
      problems.push(`declares its own header parameter ${parameter.name}`);
    }
  }
  return problems;
}

/** What is wrong with its request body and its one answer, the envelope. */
export function envelopeProblems(spec: Spec, { operation }: SpecOperation): string[] {
  const problems: string[] = [];
  if (operation.requestBody) {
    const body = deref(spec, operation.requestBody);
    const media = body.content?.["application/json"];
    if (body.required !== true) problems.push("requestBody is not required: true");
    if (Object.keys(body.content ?? {}).join() !== "application/json") {
      problems.push("requestBody is not application/json only");
    }
    if (!/^#\/components\/schemas\/\w+Request$/.test(media?.schema?.$ref ?? "")) {
      problems.push("requestBody schema is not a $ref to a components schema named *Request");
    }
    if (Object.keys(media?.examples ?? {}).length === 0 && media?.example === undefined) {
      problems.push("requestBody has no example");
    }
  }
  const statuses = Object.keys(operation.responses ?? {});
  if (statuses.join() !== "200") problems.push(`answers ${statuses.join(", ")}, not exactly "200"`);
  const media = deref(spec, operation.responses?.["200"] ?? {})?.content?.["application/json"];
  const ref: string = media?.schema?.$ref ?? "";
  if (!/^#\/components\/schemas\/\w+Response$/.test(ref)) {
    problems.push("answer schema is not a $ref to a components schema named *Response");
    return problems;
  }
  const schema = deref(spec, { $ref: ref });
  if (schema.type !== "object") problems.push(`${ref} is not type: object`);
  for (const field of ["code", "msg"]) {
    if (!schema.required?.includes(field)) problems.push(`${ref} does not require ${field}`);
  }
  if (schema.properties?.code?.$ref !== "#/components/schemas/ResultCode") {
    problems.push(`${ref}.code is not a $ref to ResultCode`);
  }
  if (schema.properties?.msg?.$ref !== "#/components/schemas/ResultMsg") {
    problems.push(`${ref}.msg is not a $ref to ResultMsg`);
  }
  if (schema.additionalProperties !== true) {
    problems.push(`${ref} does not keep unknown fields (additionalProperties: true)`);
  }
  const codes = Object.values(media.examples ?? {}).map(
    (example) => (deref(spec, example).value as { code?: unknown } | undefined)?.code,
  );
  if (!codes.includes(200)) problems.push("has no success (code 200) answer example");
  if (!codes.some((code) => code !== 200))
    problems.push("has no error (code ≠ 200) answer example");
  return problems;
}
