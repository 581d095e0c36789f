import type { CallInput } from "@yunxin-im/core";
import { parse } from "yaml";
import {
  type ContractOperation,
  type ContractParameter,
  int64Keys,
  isInt64,
  resolveSchema,
} from "./contract-operations.js";

/** A request as the spec's text writes it: integers are exact `bigint`s. */
export interface RawRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Absent when the operation takes no body. */
  body?: unknown;
}

/** One request of an operation built from its examples. */
export interface ContractRequest {
  /** The body example's name, or `parameters` for an operation without a body. */
  name: string;
  raw: RawRequest;
}

/**
 * The requests the spec's examples make for `operation`: one per request body example (or one,
 * `parameters`, without a body), each with every parameter that has an example.
 */
export function requestsOf(operation: ContractOperation): ContractRequest[] {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.example === undefined) {
      if (parameter.required) {
        throw new Error(
          `${operation.id}: the required ${parameter.in} parameter ${parameter.name} has no example to build a request from`,
        );
      }
      continue;
    }
    (parameter.in === "path" ? path : query)[parameter.name] = parameter.example;
  }
  if (!operation.body) return [{ name: "parameters", raw: { path, query } }];
  if (operation.body.examples.length === 0) {
    throw new Error(`${operation.id}: the request body has no example to build a request from`);
  }
  return operation.body.examples.map(({ name, value }) => ({
    name,
    raw: { path: { ...path }, query: { ...query }, body: value },
  }));
}

/**
 * What the client is given for `raw`: openapi-fetch's `{ params: { path, query }, body }`, int64
 * values (by the spec under test) as decimal strings, every other integer as a number.
 */
export function clientInput(operation: ContractOperation, raw: RawRequest): CallInput {
  const params: { path?: Record<string, unknown>; query?: Record<string, unknown> } = {};
  const byName = (name: string, place: "path" | "query") =>
    operation.parameters.find((parameter) => parameter.in === place && parameter.name === name);
  for (const place of ["path", "query"] as const) {
    const values = Object.entries(raw[place]);
    if (values.length === 0) continue;
    params[place] = Object.fromEntries(
      values.map(([name, value]) => [name, parameterValue(byName(name, place), value)]),
    );
  }
  const input: CallInput = Object.keys(params).length > 0 ? { params } : {};
  if (raw.body !== undefined) {
    const keys = int64Keys(operation.body?.schema);
    input.body = withInt64Strings(raw.body, keys.scalars, keys.lists);
  }
  return input;
}

function parameterValue(parameter: ContractParameter | undefined, value: unknown): unknown {
  const schema = parameter ? resolveSchema(parameter.schema) : {};
  if (isInt64(schema)) return decimal(value);
  if (Array.isArray(value)) {
    const items = schema.items ? resolveSchema(schema.items) : {};
    return value.map((item) => (isInt64(items) ? decimal(item) : plain(item)));
  }
  return plain(value);
}

function decimal(value: unknown): unknown {
  return typeof value === "bigint" || typeof value === "number" ? String(value) : value;
}

/** A `bigint` as the number it is; anything else as it is. */
function plain(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}

/**
 * `value` with the values under int64 keys as decimal strings (lists of them too) and every other
 * integer a number: what the client takes for a body and gives for an answer's `data`.
 */
export function withInt64Strings(
  value: unknown,
  scalars: ReadonlySet<string>,
  lists: ReadonlySet<string>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => withInt64Strings(item, scalars, lists));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (scalars.has(key)) return [key, decimal(item)];
        if (lists.has(key) && Array.isArray(item)) return [key, item.map(decimal)];
        return [key, withInt64Strings(item, scalars, lists)];
      }),
    );
  }
  return plain(value);
}

/** JSON text parsed with every integer an exact `bigint`, to compare with the spec's text. */
export function parseExact(text: string): unknown {
  return parse(text, { intAsBigInt: true });
}

/** The path parameters found in `pathname` by the operation's template, decoded. */
export function pathParameters(template: string, pathname: string): Record<string, string> {
  const names = template.split("/");
  const values = pathname.split("/");
  const found: Record<string, string> = {};
  names.forEach((segment, index) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name) found[name] = decodeURIComponent(values[index] ?? "");
  });
  return found;
}

/** What the query string should carry for `raw.query`, as text, by the spec's style. */
export function expectedQuery(
  operation: ContractOperation,
  query: Record<string, unknown>,
): [string, string][] {
  return Object.entries(query).flatMap(([name, value]): [string, string][] => {
    if (!Array.isArray(value)) return [[name, String(value)]];
    const parameter = operation.parameters.find(
      (each) => each.in === "query" && each.name === name,
    );
    return parameter?.explode === false
      ? [[name, value.map(String).join(",")]]
      : value.map((item): [string, string] => [name, String(item)]);
  });
}
