import { readOperations } from "../../../src/suite/support/contract-operations.js";

const envelope = {
  type: "object",
  required: ["code", "msg"],
  properties: { code: { type: "integer" }, msg: { type: "string" } },
};

/**
 * The one operation of a spec, `PATCH /rooms/{room_id}` (an int64 path parameter, example 7),
 * with `body` as its request schema, `examples` as its body examples and `query` as its query
 * parameters. `"<int:DIGITS>"` in the examples becomes the integer DIGITS in the spec's text.
 */
export function operationWith(
  body: object,
  examples: Record<string, unknown>,
  query: object[] = [],
) {
  const spec = {
    openapi: "3.1.0",
    paths: {
      "/rooms/{room_id}": {
        patch: {
          operationId: "updateRoom",
          parameters: [
            {
              name: "room_id",
              in: "path",
              required: true,
              schema: { $ref: "#/components/schemas/RoomId" },
              example: 7,
            },
            ...query,
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: body,
                examples: Object.fromEntries(
                  Object.entries(examples).map(([name, value]) => [name, { value }]),
                ),
              },
            },
          },
          responses: {
            "200": { content: { "application/json": { schema: envelope } } },
          },
        },
      },
    },
    components: { schemas: { RoomId: { type: "integer", format: "int64", minimum: 1 } } },
  };
  const text = JSON.stringify(spec).replace(/"<int:(-?\d+)>"/g, "$1");
  const [operation] = readOperations(text);
  if (!operation) throw new Error("no operation read");
  return operation;
}
