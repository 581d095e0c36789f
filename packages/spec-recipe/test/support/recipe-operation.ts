/**
 * The operation the recipe adds: one of the SDKs' endpoints (the coverage table refuses any
 * other), `listTaggedMembers`, written as BRIEF.md's spec conventions say: the five header refs,
 * an int64 path id (`room_id`), a bounded query parameter (`limit`, 1..100), and int64 ids in the
 * answer's `data`. Any definition the spec already has of it is replaced in the copy.
 */
export const RECIPE_PATH = "/im/v2/room_members/{room_id}/actions/list_tag_members";
export const RECIPE_OPERATION_ID = "listTaggedMembers";

const header = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const int64 = { type: "integer", format: "int64" };

export const recipeOperation = {
  operationId: RECIPE_OPERATION_ID,
  tags: ["ChatroomMember"],
  "x-sdk-service": "ChatroomMember",
  "x-sdk-method": "listTaggedMembers",
  "x-rate-limit-category": "single-call",
  "x-idempotent": true,
  summary: "List a chatroom's members with a tag (查询标签成员)",
  description: "Lists the members of `room_id` carrying `tag`, `limit` (1..100) at a time [SDK-J].",
  parameters: [
    ...["AppKeyHeader", "NonceHeader", "CurTimeHeader", "CheckSumHeader", "TraceIdHeader"].map(
      header,
    ),
    { name: "room_id", in: "path", required: true, schema: { ...int64, minimum: 1 } },
    { name: "tag", in: "query", required: true, schema: { type: "string", minLength: 1 } },
    { name: "offset", in: "query", required: false, schema: { type: "integer", minimum: 0 } },
    {
      name: "limit",
      in: "query",
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 100 },
    },
  ],
  responses: {
    "200": {
      description: "Always HTTP 200; the outcome is `code`.",
      content: {
        "application/json": {
          schema: { $ref: "#/components/schemas/ListTaggedMembersResponse" },
          examples: {
            success: {
              value: {
                code: 200,
                msg: "success",
                data: { room_id: 42, members: [{ account_id: "ann", enter_time_id: 7 }] },
              },
            },
          },
        },
      },
    },
  },
};

export const recipeSchemas = {
  ListTaggedMembersData: {
    type: "object",
    properties: {
      room_id: int64,
      members: {
        type: "array",
        items: {
          type: "object",
          properties: { account_id: { type: "string" }, enter_time_id: int64 },
          additionalProperties: true,
        },
      },
    },
    additionalProperties: true,
  },
  ListTaggedMembersResponse: {
    type: "object",
    required: ["code", "msg"],
    properties: {
      code: { $ref: "#/components/schemas/ResultCode" },
      msg: { $ref: "#/components/schemas/ResultMsg" },
      data: { $ref: "#/components/schemas/ListTaggedMembersData" },
    },
    additionalProperties: true,
  },
};
