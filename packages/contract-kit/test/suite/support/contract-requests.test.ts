import { describe, expect, it } from "vitest";
import { clientInput, requestsOf } from "../../../src/suite/support/contract-requests.js";
import { operationWith } from "./fixture-operation.js";

describe("the requests the table-driven suite makes from the examples", () => {
  it("are one per body example, each with every parameter's example, int64 values as exact decimal strings", () => {
    const operation = operationWith(
      {
        type: "object",
        properties: {
          owner_room: { $ref: "#/components/schemas/RoomId" },
          size: { type: "integer" },
        },
      },
      { small: { owner_room: "<int:9007199254740993>", size: 2 }, large: { size: 500 } },
    );
    const requests = requestsOf(operation);
    expect(requests.map((request) => request.name)).toEqual(["small", "large"]);
    expect(clientInput(operation, requests[0]?.raw ?? { path: {}, query: {} })).toEqual({
      params: { path: { room_id: "7" } },
      body: { owner_room: "9007199254740993", size: 2 },
    });
  });

  it("cannot be made for a required parameter without an example, and say which", () => {
    const operation = operationWith({ type: "object" }, { none: {} }, [
      { name: "owner", in: "query", required: true, schema: { type: "string" } },
    ]);
    expect(() => requestsOf(operation)).toThrow(
      "updateRoom: the required query parameter owner has no example to build a request from",
    );
  });
});
