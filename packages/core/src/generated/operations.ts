/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

import type { OperationFacts } from "../operation-facts.js";
import type { OperationId } from "./operation-types.js";

/** Every operation of the spec, by operationId, in the spec's order. */
export const OPERATIONS: { readonly [Id in OperationId]: OperationFacts } = {
  sendBatchMessages: {
    "method": "POST",
    "path": "/im/v2/conversations/messages",
    "summary": "Send one message to up to 100 single-chat receivers (批量发送单聊消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "batch-send",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendBatchRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id"
      ]
    }
  },
};
