import { type ValidationIssue, YunxinValidationError } from "./errors.js";
import type { OperationFacts, ParameterFacts } from "./operation-facts.js";
import { validateAgainst } from "./validate.js";

/** A call's input: openapi-fetch's shape, `{ params: { path, query }, body }`. */
export interface CallInput {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
}

/**
 * Throws a {@link YunxinValidationError} naming the operation, each field (with its location:
 * path or query parameter, or the body) and the limit it breaks; nothing has been sent.
 */
export function assertValidInput(operationId: string, facts: OperationFacts, input: CallInput) {
  const issues = inputIssues(facts, input);
  if (issues.length > 0) throw new YunxinValidationError(issues, { operationId });
}

/** Every way `input` breaks what the spec says of the operation. */
export function inputIssues(
  facts: OperationFacts,
  input: CallInput | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const params = (input?.params ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(params)) {
    if (key !== "path" && key !== "query" && params[key] !== undefined) {
      issues.push({
        path: key,
        keyword: "params",
        message: `params.${key} is not taken: headers are set by the client and its middleware, and only path and query parameters exist`,
      });
    }
  }
  checkParameters("path", facts.pathParameters, input?.params?.path, issues);
  checkParameters("query", facts.queryParameters, input?.params?.query, issues);
  const body = input?.body;
  if (!facts.body) {
    if (body !== undefined) {
      issues.push({
        path: "",
        location: "body",
        keyword: "body",
        message: "body is not taken by this operation",
      });
    }
  } else if (body === undefined) {
    if (facts.body.required) {
      issues.push({ path: "", location: "body", keyword: "required", message: "body is required" });
    }
  } else {
    for (const issue of validateAgainst(facts.body.schema, body)) {
      issues.push({ ...issue, location: "body" });
    }
  }
  return issues;
}

function checkParameters(
  location: "path" | "query",
  declared: readonly ParameterFacts[],
  given: Record<string, unknown> | undefined,
  issues: ValidationIssue[],
): void {
  const label = `${location} parameter`;
  for (const name of Object.keys(given ?? {})) {
    if (given?.[name] !== undefined && !declared.some((parameter) => parameter.name === name)) {
      const known = declared.map((parameter) => parameter.name).join(", ") || "none";
      issues.push({
        path: name,
        location,
        keyword: "additionalProperties",
        message: `${label} ${name} is not a parameter of this operation (known: ${known})`,
      });
    }
  }
  for (const parameter of declared) {
    const value = given?.[parameter.name];
    if (value === undefined || value === null) {
      if (parameter.required) {
        issues.push({
          path: parameter.name,
          location,
          keyword: "required",
          message: `${label} ${parameter.name} is required`,
        });
      }
      continue;
    }
    for (const issue of validateAgainst(parameter.schema, value, parameter.name)) {
      issues.push({ ...issue, location, message: `${label} ${issue.message}` });
    }
  }
}
