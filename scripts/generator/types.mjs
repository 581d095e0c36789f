// openapi-typescript's types of the spec: int64 as `string` (the client delivers exact decimal
// strings), and the limits TypeScript cannot express in the JSDoc editors show on hover.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const LIMIT_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
];

/** The text of schema.d.ts (without the header). */
export async function renderTypes(spec) {
  const ast = await openapiTS(withLimitsInDescriptions(spec), {
    // A default is what the server assumes when the field is absent: it stays optional.
    defaultNonNullable: false,
    // int64 values can exceed 2^53; the client parses them losslessly into decimal strings.
    transform(schema) {
      if (schema.format === "int64") {
        return ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
      }
      return undefined;
    },
  });
  return astToString(ast);
}

// A changed limit changes the generated types, too.
function withLimitsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withLimitsInDescriptions);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = withLimitsInDescriptions(value);
  const limits = LIMIT_KEYWORDS.filter((keyword) => keyword in node).map(
    (keyword) => `${keyword} ${JSON.stringify(node[keyword])}`,
  );
  if (limits.length > 0 && !("$ref" in node)) {
    const description = node.description ? `${node.description.trimEnd()}\n\n` : "";
    out.description = `${description}Limits: ${limits.join(", ")}.`;
  }
  return out;
}
