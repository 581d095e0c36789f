/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

import type { OperationFacts } from "../operation-facts.js";
import type { OperationId } from "./operation-types.js";

/** Every operation of the spec, by operationId, in the spec's order. */
export const OPERATIONS: { readonly [Id in OperationId]: OperationFacts } = {
  batchQueryAccounts: {
    "method": "GET",
    "path": "/im/v2/accounts",
    "summary": "Query several accounts (批量查询账号信息)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  createAccount: {
    "method": "POST",
    "path": "/im/v2/accounts",
    "summary": "Register an IM account (注册 IM 账号)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateAccountRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  getAccountDetails: {
    "method": "GET",
    "path": "/im/v2/accounts/{account_id}",
    "summary": "Get an account's settings (查询账号属性)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateAccount: {
    "method": "PATCH",
    "path": "/im/v2/accounts/{account_id}",
    "summary": "Update an account's token, bans or profile (更新账号属性)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateAccountRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  disableAccount: {
    "method": "PATCH",
    "path": "/im/v2/accounts/{account_id}/actions/disable",
    "summary": "Disable or re-enable an account (封禁账号)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/DisableAccountRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  setPushConfig: {
    "method": "PATCH",
    "path": "/im/v2/accounts/{account_id}/actions/push_config",
    "summary": "Set whether mobiles get pushes while a desktop is online (更新移动端推送配置)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SetPushConfigRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  kickAccount: {
    "method": "POST",
    "path": "/im/v2/accounts/{account_id}/actions/kick",
    "summary": "Force an account's devices offline (强制账号下线)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/KickAccountRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  refreshToken: {
    "method": "PATCH",
    "path": "/im/v2/accounts/{account_id}/actions/refresh_token",
    "summary": "Refresh an account's token (刷新 Token)",
    "tags": [
      "Account"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listBlockContacts: {
    "method": "GET",
    "path": "/im/v2/block_contacts",
    "summary": "Page through an account's block list (分页查询黑名单列表)",
    "tags": [
      "Block"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  addBlockContact: {
    "method": "POST",
    "path": "/im/v2/block_contacts",
    "summary": "Add a contact to an account's block list (列入黑名单)",
    "tags": [
      "Block"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddBlockContactRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  removeBlockContact: {
    "method": "DELETE",
    "path": "/im/v2/block_contacts/{account_id}",
    "summary": "Remove a contact from an account's block list (移出黑名单)",
    "tags": [
      "Block"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "contact_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listMuteContacts: {
    "method": "GET",
    "path": "/im/v2/mute_contacts",
    "summary": "Page through an account's muted contacts (分页查询静音列表)",
    "tags": [
      "Mute"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  addMuteContact: {
    "method": "POST",
    "path": "/im/v2/mute_contacts",
    "summary": "Mute a contact for an account (设置静音)",
    "tags": [
      "Mute"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddMuteContactRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  removeMuteContact: {
    "method": "DELETE",
    "path": "/im/v2/mute_contacts/{account_id}",
    "summary": "Unmute a contact for an account (解除静音)",
    "tags": [
      "Mute"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "contact_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listFriends: {
    "method": "GET",
    "path": "/im/v2.1/friends",
    "summary": "Page through an account's friends (分页查询好友列表)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  addFriend: {
    "method": "POST",
    "path": "/im/v2.1/friends",
    "summary": "Add a friend or ask to be one (添加好友)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "type",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/FriendAdditionType"
        }
      }
    ],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddFriendRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  deleteFriend: {
    "method": "DELETE",
    "path": "/im/v2/friends/{account_id}",
    "summary": "Delete a friend (删除好友)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "friend_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "delete_alias",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  getFriend: {
    "method": "GET",
    "path": "/im/v2.1/friends/{account_id}",
    "summary": "Get one friend of an account (查询单个好友信息)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "friend_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateFriend: {
    "method": "PATCH",
    "path": "/im/v2.1/friends/{account_id}",
    "summary": "Update a friend's alias and extensions (更新好友信息)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateFriendRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  handleFriendAddition: {
    "method": "POST",
    "path": "/im/v2.1/friends/actions/handle_friend_addition",
    "summary": "Accept or refuse a friend request (同意/拒绝添加好友)",
    "tags": [
      "Friend"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "type",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/FriendRequestDecision"
        }
      }
    ],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/HandleFriendAdditionRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  subscribeUserStatus: {
    "method": "POST",
    "path": "/im/v2/subscription/{account_id}",
    "summary": "Subscribe to accounts' online status (订阅在线状态事件)",
    "tags": [
      "Subscription"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "duration",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 60,
          "maximum": 2592000
        }
      }
    ],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SubscribeUserStatusRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  unsubscribeUserStatus: {
    "method": "DELETE",
    "path": "/im/v2/subscription/{account_id}",
    "summary": "Unsubscribe from accounts' online status (取消订阅在线状态事件)",
    "tags": [
      "Subscription"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UnsubscribeUserStatusRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryUserStatusSubscription: {
    "method": "PATCH",
    "path": "/im/v2/subscription/{account_id}",
    "summary": "Query an account's online status subscriptions (查询在线状态事件订阅关系)",
    "tags": [
      "Subscription"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/QueryUserStatusSubscriptionRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  getUser: {
    "method": "GET",
    "path": "/im/v2/users/{account_id}",
    "summary": "Get a user's profile (查询用户名片)",
    "tags": [
      "User"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateUser: {
    "method": "PATCH",
    "path": "/im/v2/users/{account_id}",
    "summary": "Update a user's profile (更新用户名片)",
    "tags": [
      "User"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateUserRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  batchGetUsers: {
    "method": "GET",
    "path": "/im/v2/users",
    "summary": "Get several users' profiles (批量查询用户名片)",
    "tags": [
      "User"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  getUsersOnlineStatus: {
    "method": "POST",
    "path": "/im/v2/users/actions/online_status",
    "summary": "Get several accounts' online status (批量获取账号在线状态)",
    "tags": [
      "User"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/GetUsersOnlineStatusRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
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
    "batch": {
      "receivers": "receiver_ids"
    },
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id"
      ],
      "answerLists": []
    }
  },
  sendMessage: {
    "method": "POST",
    "path": "/im/v2/conversations/{conversation_id}/messages",
    "summary": "Send a message into a P2P, team or super-team conversation (发送消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendMessageRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  deleteConversationMessages: {
    "method": "DELETE",
    "path": "/im/v2/conversations/{conversation_id}/messages",
    "summary": "Delete a conversation's roaming or history messages (删除会话漫游/历史消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "type",
        "required": true,
        "schema": {
          "type": "integer",
          "enum": [
            1,
            2,
            3
          ]
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryMessagesByPage: {
    "method": "GET",
    "path": "/im/v2.1/conversations/{conversation_id}/messages",
    "summary": "Page through a conversation's history (分页查询会话历史消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "begin_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "limit",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "descending",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "message_type",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3,
              4,
              5,
              6,
              10,
              11,
              12,
              100
            ]
          }
        },
        "explode": false
      },
      {
        "name": "check_team_valid",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "include_no_sense_msg",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  withdrawMessage: {
    "method": "DELETE",
    "path": "/im/v2/conversations/{conversation_id}/messages/{message_server_id}",
    "summary": "Recall or delete a message (撤回/删除消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      },
      {
        "name": "message_server_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/MessageServerId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "type",
        "required": true,
        "schema": {
          "type": "integer",
          "enum": [
            1,
            2,
            3
          ]
        }
      },
      {
        "name": "description",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "push_content",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 500
        }
      },
      {
        "name": "push_payload",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 2048
        }
      },
      {
        "name": "route_environment",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "attach",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "check_team_member_valid",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "message_time",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "ignore_revoke_time",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "server_extension",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "notify",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "message_server_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  streamMessage: {
    "method": "POST",
    "path": "/im/v2/conversations/{conversation_id}/messages/actions/stream_message",
    "summary": "Send one chunk of a streaming message (发送流式消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/StreamMessageRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  modifyMessage: {
    "method": "POST",
    "path": "/im/v2/messages/actions/modifyMsg",
    "summary": "Update a sent message (更新消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ModifyMessageRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  sendP2PReadReceipt: {
    "method": "POST",
    "path": "/im/v2/messages/actions/p2p_read_receipt",
    "summary": "Mark a single-chat message as read (发送单聊已读回执)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendP2PReadReceiptRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  queryTeamReadReceipt: {
    "method": "GET",
    "path": "/im/v2/messages/actions/team_read_receipt",
    "summary": "Query who read an advanced-team message (查询群消息已读未读详情)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      },
      {
        "name": "message_server_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/MessageServerId"
        }
      },
      {
        "name": "team_type",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            1
          ]
        }
      },
      {
        "name": "sender_id",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "snapshot",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "include_account",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "team_id",
        "message_server_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  sendTeamReadReceipt: {
    "method": "POST",
    "path": "/im/v2/messages/actions/team_read_receipt",
    "summary": "Mark advanced-team messages as read (发送高级群已读回执)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendTeamReadReceiptRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_ids",
        "team_id"
      ],
      "answer": [
        "failed_list",
        "success_list"
      ],
      "answerLists": [
        "failed_list",
        "success_list"
      ]
    }
  },
  queryMessage: {
    "method": "GET",
    "path": "/im/v2.1/conversations/{conversation_id}/messages/{message_server_id}",
    "summary": "Query one message (查询单条消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      },
      {
        "name": "message_server_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/MessageServerId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "message_time",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "check_team_valid",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "check_team_member_valid",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "message_server_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  searchMessages: {
    "method": "GET",
    "path": "/im/v2.1/messages/actions/search_messages",
    "summary": "Search the message history (检索历史消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "operator_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "conversation_id",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      },
      {
        "name": "sender_account_ids",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "maxItems": 5,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      },
      {
        "name": "message_types",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3,
              4,
              5,
              6,
              10,
              11,
              12,
              100
            ]
          }
        },
        "explode": false
      },
      {
        "name": "message_sub_types",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "minimum": 1
          }
        },
        "explode": false
      },
      {
        "name": "start_time",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "time_period",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "keyword_list",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 2,
          "pattern": "^\\[.*\\]$",
          "x-pattern-description": "a JSON array of strings, e.g. [\"refund\"]"
        }
      },
      {
        "name": "keyword_match_type",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            0,
            1
          ]
        }
      },
      {
        "name": "direction",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            0,
            1
          ]
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  batchQueryMessages: {
    "method": "POST",
    "path": "/im/v2.1/conversations/{conversation_id}/batch_messages",
    "summary": "Query messages of a conversation by their ids (根据消息 ID 查询历史消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/BatchQueryMessagesRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  queryThreadMessages: {
    "method": "GET",
    "path": "/im/v2.1/messages/actions/thread_messages",
    "summary": "Page through the replies of a thread (查询 Thread 消息)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "begin_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "limit",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      {
        "name": "conversation_type",
        "required": true,
        "schema": {
          "type": "integer",
          "enum": [
            1,
            2,
            3
          ]
        }
      },
      {
        "name": "sender_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "receiver_id",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "message_server_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/MessageServerId"
        }
      },
      {
        "name": "message_client_id",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "create_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "descending",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "message_server_id"
      ],
      "body": [],
      "answer": [
        "message_server_id",
        "team_id"
      ],
      "answerLists": []
    }
  },
  batchQueryQuickComments: {
    "method": "POST",
    "path": "/im/v2/messages/actions/quick_comment",
    "summary": "Query the quick comments of several messages (查询快捷评论)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/BatchQueryQuickCommentsRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [
        "message_server_id"
      ],
      "answerLists": []
    }
  },
  deleteQuickComment: {
    "method": "DELETE",
    "path": "/im/v2/messages/actions/quick_comment",
    "summary": "Remove a quick comment from a message (删除快捷评论)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/DeleteQuickCommentRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  addQuickComment: {
    "method": "PATCH",
    "path": "/im/v2/messages/actions/quick_comment",
    "summary": "Add a quick comment to a message (添加快捷评论)",
    "tags": [
      "Message"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddQuickCommentRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "message_server_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  createChatroom: {
    "method": "POST",
    "path": "/im/v2/chatrooms",
    "summary": "Create a chatroom (创建聊天室)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateChatroomRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  getChatroomAddress: {
    "method": "GET",
    "path": "/im/v2/chatrooms/{room_id}/actions/address",
    "summary": "Get the addresses to enter a chatroom (获取聊天室地址)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "client_ip",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "client_type",
        "required": false,
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "ip_type",
        "required": false,
        "schema": {
          "type": "integer"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  getChatroomInfo: {
    "method": "GET",
    "path": "/im/v2/chatrooms/{room_id}",
    "summary": "Get a chatroom's information (查询聊天室信息)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "need_online_user_count",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "online_user_count_by_type",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  updateChatroomInfo: {
    "method": "PATCH",
    "path": "/im/v2/chatrooms/{room_id}",
    "summary": "Update a chatroom's information (更新聊天室信息)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateChatroomInfoRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  updateChatroomStatus: {
    "method": "PATCH",
    "path": "/im/v2/chatrooms/{room_id}/actions/update_status",
    "summary": "Open or close a chatroom (开放/关闭聊天室)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateChatroomStatusRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  toggleChatroomMute: {
    "method": "PATCH",
    "path": "/im/v2/chatrooms/{room_id}/actions/chat_banned",
    "summary": "Mute or unmute a whole chatroom (设置聊天室整体禁言状态)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ToggleChatroomMuteRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  toggleInOutNotification: {
    "method": "PATCH",
    "path": "/im/v2/chatrooms/{room_id}/actions/in_out_notification",
    "summary": "Turn entry and exit notifications on or off (开启/关闭进出聊天室事件通知)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "in_out_notification",
        "required": true,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": false,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryOpenChatrooms: {
    "method": "GET",
    "path": "/im/v2/chatrooms/actions/opend_chatrooms",
    "summary": "List a creator's open chatrooms (查询创建者的开放聊天室列表)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "creator_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listOnlineMembers: {
    "method": "GET",
    "path": "/im/v2/chatrooms/{room_id}/actions/list_online_members",
    "summary": "List a chatroom's online members page by page (分页查询聊天室在线成员列表)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "offset",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "limit",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "member_roles",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/ChatroomMemberRole"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  listFixedMembers: {
    "method": "GET",
    "path": "/im/v2/chatrooms/{room_id}/actions/list_members",
    "summary": "List a chatroom's fixed members (查询聊天室固定成员列表)",
    "tags": [
      "Chatroom"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "member_roles",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/ChatroomMemberRole"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  sendChatroomMessage: {
    "method": "POST",
    "path": "/im/v2/chatrooms/{room_id}/messages",
    "summary": "Send a chatroom message (发送聊天室消息)",
    "tags": [
      "ChatroomMessage"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendChatroomMessageRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "message_server_id",
        "room_id"
      ],
      "answerLists": []
    }
  },
  batchSendChatroomMessages: {
    "method": "POST",
    "path": "/im/v2/chatrooms/messages",
    "summary": "Send several messages into a chatroom at once (批量发送聊天室消息)",
    "tags": [
      "ChatroomMessage"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/BatchSendChatroomMessagesRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [
        "message_server_id",
        "room_id"
      ],
      "answerLists": []
    }
  },
  recallChatroomMessage: {
    "method": "DELETE",
    "path": "/im/v2/chatrooms/{room_id}/messages/{message_client_id}",
    "summary": "Recall or delete a chatroom message (撤回/删除聊天室历史消息)",
    "tags": [
      "ChatroomMessage"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      },
      {
        "name": "message_client_id",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "queryParameters": [
      {
        "name": "operator_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "sender_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "create_time",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "notification_enabled",
        "required": true,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "notification_extension",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 1024
        }
      }
    ],
    "hasData": false,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryChatroomHistoryMessages: {
    "method": "GET",
    "path": "/im/v2.1/chatrooms/{room_id}/messages",
    "summary": "Page through one sender's chatroom history (分页查询聊天室历史消息)",
    "tags": [
      "ChatroomMessage"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "sender_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "limit",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "descending",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "message_type",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3,
              4,
              5,
              6,
              10,
              11,
              100
            ]
          }
        },
        "explode": false
      },
      {
        "name": "message_types",
        "required": false,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3,
              4,
              5,
              6,
              10,
              11,
              100
            ]
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  setMemberRole: {
    "method": "POST",
    "path": "/im/v2/room_members/{account_id}",
    "summary": "Set a chatroom member's role (设置聊天室成员角色)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SetMemberRoleRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  updateOnlineMemberInfo: {
    "method": "PATCH",
    "path": "/im/v2/room_members/{account_id}",
    "summary": "Update an online member's room information (修改聊天室在线成员信息)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateOnlineMemberInfoRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  toggleChatBan: {
    "method": "PATCH",
    "path": "/im/v2/room_members/{account_id}/actions/chat_banned",
    "summary": "Mute or unmute a chatroom member (设置聊天室成员禁言状态)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ToggleChatBanRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  modifyMemberTags: {
    "method": "PATCH",
    "path": "/im/v2/room_members/{account_id}/actions/tags",
    "summary": "Replace an online member's tags (修改聊天室在线成员标签)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ModifyMemberTagsRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  queryTaggedMembersCount: {
    "method": "GET",
    "path": "/im/v2/room_members/{room_id}/actions/tagged_members_count",
    "summary": "Count the online members with a tag (查询聊天室标签在线成员数量)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "tag",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listTaggedMembers: {
    "method": "GET",
    "path": "/im/v2/room_members/{room_id}/actions/list_tag_members",
    "summary": "List the online members with a tag page by page (分页查询聊天室标签在线成员列表)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "tag",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "offset",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "limit",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  toggleTempChatBan: {
    "method": "PATCH",
    "path": "/im/v2/room_members/{account_id}/actions/temp_chat_banned",
    "summary": "Mute or unmute a chatroom member for a while (设置聊天室成员临时禁言状态)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ToggleTempChatBanRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  toggleBlocked: {
    "method": "PATCH",
    "path": "/im/v2/room_members/{account_id}/actions/blocked",
    "summary": "Add a member to or remove them from the chatroom blacklist (设置聊天室成员黑名单状态)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ToggleBlockedRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  queryChatroomBlacklist: {
    "method": "GET",
    "path": "/im/v2.1/room_members/{room_id}/actions/blocked",
    "summary": "List a chatroom's blacklist (查询聊天室黑名单列表)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  toggleTaggedMembersChatBan: {
    "method": "PATCH",
    "path": "/im/v2/room_members/actions/chat_banned_tagged_members",
    "summary": "Mute or unmute every member with a tag for a while (设置聊天室标签成员临时禁言状态)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ToggleTaggedMembersChatBanRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  batchQueryChatroomMembers: {
    "method": "GET",
    "path": "/im/v2/room_members/{room_id}/actions/batch",
    "summary": "Get several chatroom members by account (批量查询聊天室成员信息)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "account_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "maxItems": 200,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  addVirtualMembers: {
    "method": "POST",
    "path": "/im/v2/room_members/actions/virtual_members",
    "summary": "Add virtual members to a chatroom (添加聊天室虚拟成员)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddVirtualMembersRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  deleteVirtualMembers: {
    "method": "DELETE",
    "path": "/im/v2/room_members/actions/virtual_members",
    "summary": "Remove virtual members from a chatroom (删除聊天室虚拟成员)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      },
      {
        "name": "account_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      },
      {
        "name": "notification_enabled",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "room_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  clearVirtualMembers: {
    "method": "DELETE",
    "path": "/im/v2/room_members/actions/clear_virtual_members",
    "summary": "Remove every virtual member of a chatroom (清空聊天室虚拟成员)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      },
      {
        "name": "notification_enabled",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "room_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryVirtualMembers: {
    "method": "GET",
    "path": "/im/v2.1/room_members/actions/virtual_members",
    "summary": "List a chatroom's virtual members (查询聊天室虚拟成员列表)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "room_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryChatBanned: {
    "method": "GET",
    "path": "/im/v2.1/room_members/{room_id}/actions/chat_banned",
    "summary": "List a chatroom's muted members (查询聊天室禁言成员列表)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  kickChatroomMember: {
    "method": "PATCH",
    "path": "/im/v2.1/room_members/{account_id}/actions/kicked",
    "summary": "Kick a member out of a chatroom (踢出聊天室成员)",
    "tags": [
      "ChatroomMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/KickChatroomMemberRequest"
      },
      "required": true
    },
    "hasData": false,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  initializeChatroomQueue: {
    "method": "POST",
    "path": "/im/v2/room_queues/{room_id}",
    "summary": "Initialise a chatroom's queue (初始化聊天室队列)",
    "tags": [
      "ChatroomQueue"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/InitializeChatroomQueueRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [
        "room_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  deleteChatroomQueue: {
    "method": "DELETE",
    "path": "/im/v2/room_queues/{room_id}",
    "summary": "Delete a chatroom's queue (删除聊天室队列)",
    "tags": [
      "ChatroomQueue"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/DeleteChatroomQueueRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  updateChatroomQueue: {
    "method": "PATCH",
    "path": "/im/v2/room_queues/{room_id}",
    "summary": "Add or update chatroom queue elements (批量添加/更新聊天室队列元素)",
    "tags": [
      "ChatroomQueue"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateChatroomQueueRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  queryChatroomQueueElements: {
    "method": "POST",
    "path": "/im/v2/room_queues/{room_id}/actions/query",
    "summary": "Query chatroom queue elements (查询聊天室队列元素)",
    "tags": [
      "ChatroomQueue"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/QueryChatroomQueueElementsRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "room_id"
      ],
      "answerLists": []
    }
  },
  pollChatroomQueueElement: {
    "method": "PATCH",
    "path": "/im/v2/room_queues/{room_id}/actions/poll",
    "summary": "Take an element out of a chatroom queue (取出聊天室队列元素)",
    "tags": [
      "ChatroomQueue"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [
      {
        "name": "room_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RoomId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/PollChatroomQueueElementRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "room_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  querySignalRoom: {
    "method": "GET",
    "path": "/im/v2/signalling_room",
    "summary": "Query a signalling room (查询信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "channel_id",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/SignalChannelId"
        }
      },
      {
        "name": "channel_name",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "uid"
      ],
      "answerLists": []
    }
  },
  delaySignalRoom: {
    "method": "PUT",
    "path": "/im/v2/signalling_room",
    "summary": "Extend a signalling room's validity (延长信令房间有效期)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "channel_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/SignalChannelId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "uid"
      ],
      "answerLists": []
    }
  },
  createSignalRoom: {
    "method": "POST",
    "path": "/im/v2/signalling_room",
    "summary": "Create a signalling room (创建信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateSignalRoomRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "uid"
      ],
      "answerLists": []
    }
  },
  closeSignalRoom: {
    "method": "DELETE",
    "path": "/im/v2/signalling_room",
    "summary": "Close a signalling room (关闭信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "channel_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/SignalChannelId"
        }
      },
      {
        "name": "operator_account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "server_extension",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/SignalServerExtension"
        }
      },
      {
        "name": "offline_enabled",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "route_enabled",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  sendSignalRoomControl: {
    "method": "POST",
    "path": "/im/v2/signalling_room/actions/control",
    "summary": "Send a control command in a signalling room (信令房间发送控制指令)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendSignalRoomControlRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  inviteToSignalRoom: {
    "method": "POST",
    "path": "/im/v2/signalling_room/actions/invite",
    "summary": "Invite an account into a signalling room (邀请加入信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/InviteToSignalRoomRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  cancelSignalRoomInvite: {
    "method": "POST",
    "path": "/im/v2/signalling_room/actions/cancel_invite",
    "summary": "Cancel an invitation into a signalling room (取消邀请加入信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CancelSignalRoomInviteRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  kickSignalMember: {
    "method": "POST",
    "path": "/im/v2/signalling_room/actions/kick",
    "summary": "Kick a member out of a signalling room (将成员踢出信令房间)",
    "tags": [
      "Signal"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/KickSignalMemberRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  asr: {
    "method": "POST",
    "path": "/im/v2/tools/asr",
    "summary": "Speech to text (语音转文字)",
    "tags": [
      "Tool"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AsrRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  translateText: {
    "method": "POST",
    "path": "/im/v2/translations",
    "summary": "Translate text (文本翻译)",
    "tags": [
      "Tool"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/TranslateTextRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  chatAssist: {
    "method": "POST",
    "path": "/ai/chat_assistant/v1/chat_assist",
    "summary": "Suggest replies with the AI chat assistant (AI 聊天助手)",
    "tags": [
      "Ai"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/ChatAssistRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  batchQueryTeamInfo: {
    "method": "GET",
    "path": "/im/v2.1/teams",
    "summary": "Query several teams (批量查询群组资料)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "team_ids",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^\\[[1-9][0-9]{0,18}(,[1-9][0-9]{0,18})*\\]$",
          "x-pattern-description": "a JSON array of team ids without spaces, e.g. [6240128551,6240128552]"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "invalid_tids",
        "team_id"
      ],
      "answerLists": [
        "invalid_tids"
      ]
    }
  },
  createTeam: {
    "method": "POST",
    "path": "/im/v2.1/teams",
    "summary": "Create a team (创建群组)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateTeamRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  getTeamInfo: {
    "method": "GET",
    "path": "/im/v2.1/teams/{team_id}",
    "summary": "Get a team's profile (查询群组资料)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  disbandTeam: {
    "method": "DELETE",
    "path": "/im/v2.1/teams/{team_id}",
    "summary": "Disband a team (解散群组)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "operator_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "extension",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateTeam: {
    "method": "PATCH",
    "path": "/im/v2.1/teams/{team_id}",
    "summary": "Update a team's profile (修改群组资料)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateTeamRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  transferOwner: {
    "method": "PATCH",
    "path": "/im/v2/teams/{team_id}/actions/transfer_owner",
    "summary": "Transfer a team's ownership (转让群主)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/TransferOwnerRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  addManagers: {
    "method": "POST",
    "path": "/im/v2/teams/{team_id}/actions/add_manager",
    "summary": "Add team managers (添加群管理员)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/AddManagersRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  removeManagers: {
    "method": "DELETE",
    "path": "/im/v2/teams/{team_id}/actions/remove_manager",
    "summary": "Remove team managers (移除群管理员)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/RemoveManagersRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listTeamMembers: {
    "method": "GET",
    "path": "/im/v2.1/teams/{team_id}/actions/list_members",
    "summary": "List a team's members (分页获取群成员列表)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "member_type",
        "required": false,
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "chat_banned_type",
        "required": false,
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "descending",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "offset",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "next_token",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  listOnlineTeamMembers: {
    "method": "GET",
    "path": "/im/v2/teams/{team_id}/actions/list_online_members",
    "summary": "List a team's online members (查询群组在线成员列表)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "team_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  batchQueryTeamOnlineMembersCount: {
    "method": "GET",
    "path": "/im/v2/teams/actions/online_members_count",
    "summary": "Count several teams' online members (批量查询群组在线成员数)",
    "tags": [
      "Team"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "team_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/TeamId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "team_ids"
      ],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  inviteTeamMembers: {
    "method": "POST",
    "path": "/im/v2/team_members",
    "summary": "Invite members to a team (邀请入群)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/InviteTeamMembersRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "team_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  kickTeamMembers: {
    "method": "DELETE",
    "path": "/im/v2/team_members/actions/kick_member",
    "summary": "Remove members from a team (踢出群成员)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "operator_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      },
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "kick_account_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/AccountId"
          }
        },
        "explode": false
      },
      {
        "name": "extension",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "team_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  leaveTeam: {
    "method": "DELETE",
    "path": "/im/v2/team_members/actions/leave",
    "summary": "Leave a team (主动退群)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "team_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamId"
        }
      },
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "extension",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "team_id"
      ],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateTeamMember: {
    "method": "PATCH",
    "path": "/im/v2.1/team_members/{account_id}",
    "summary": "Update a team member (修改群成员信息)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateTeamMemberRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "team_id"
      ],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  batchMuteTeamMembers: {
    "method": "PATCH",
    "path": "/im/v2/team_members/actions/batch_mute",
    "summary": "Mute or unmute several team members (批量禁言群成员)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/BatchMuteTeamMembersRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [
        "team_id"
      ],
      "answer": [],
      "answerLists": []
    }
  },
  queryJoinedTeams: {
    "method": "GET",
    "path": "/im/v2.1/team_members/{account_id}/actions/joined_teams",
    "summary": "List the teams an account has joined (查询已加入的群组)",
    "tags": [
      "TeamMember"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "team_type",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TeamType"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "need_return_member_info",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            0,
            1
          ]
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "team_id"
      ],
      "answerLists": []
    }
  },
  listConversations: {
    "method": "GET",
    "path": "/im/v2.1/conversations",
    "summary": "Page through an account's conversations (分页查询会话列表)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_ids",
        "message_server_id",
        "server_id",
        "team_id"
      ],
      "answerLists": [
        "group_ids"
      ]
    }
  },
  createConversation: {
    "method": "POST",
    "path": "/im/v2.1/conversations",
    "summary": "Create a conversation (创建会话)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateConversationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_ids",
        "message_server_id",
        "server_id",
        "team_id"
      ],
      "answerLists": [
        "group_ids"
      ]
    }
  },
  getConversation: {
    "method": "GET",
    "path": "/im/v2.1/conversations/{conversation_id}",
    "summary": "Query one conversation (查询会话信息)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_ids",
        "message_server_id",
        "server_id",
        "team_id"
      ],
      "answerLists": [
        "group_ids"
      ]
    }
  },
  batchGetConversations: {
    "method": "GET",
    "path": "/im/v2.1/conversations/actions/conversation_ids",
    "summary": "Query several conversations (批量查询会话信息)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "conversation_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/ConversationId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_ids",
        "message_server_id",
        "server_id",
        "team_id"
      ],
      "answerLists": [
        "group_ids"
      ]
    }
  },
  deleteConversation: {
    "method": "DELETE",
    "path": "/im/v2/conversations/{conversation_id}",
    "summary": "Delete a conversation (删除会话)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "clear_message",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateConversation: {
    "method": "PATCH",
    "path": "/im/v2/conversations/{conversation_id}",
    "summary": "Update a conversation's server extension (更新会话)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateConversationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  batchDeleteConversations: {
    "method": "DELETE",
    "path": "/im/v2/conversations/actions/conversation_ids",
    "summary": "Delete several conversations (批量删除会话)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "conversation_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "items": {
            "$ref": "#/components/schemas/ConversationId"
          }
        },
        "explode": false
      },
      {
        "name": "clear_message",
        "required": false,
        "schema": {
          "type": "boolean"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  stickTopConversation: {
    "method": "POST",
    "path": "/im/v2/conversations/{conversation_id}/actions/stick_top_conversation",
    "summary": "Pin or unpin a conversation (置顶会话)",
    "tags": [
      "Conversation"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/StickTopConversationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  listAllConversationGroups: {
    "method": "GET",
    "path": "/im/v2/conversation_groups",
    "summary": "List an account's conversation groups (查询所有会话分组信息)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_id"
      ],
      "answerLists": []
    }
  },
  createConversationGroup: {
    "method": "POST",
    "path": "/im/v2/conversation_groups",
    "summary": "Create a conversation group (创建会话分组)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/CreateConversationGroupRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "group_id"
      ],
      "answerLists": []
    }
  },
  getConversationGroup: {
    "method": "GET",
    "path": "/im/v2/conversation_groups/{group_id}",
    "summary": "Query one conversation group (查询会话分组信息)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "group_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationGroupId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "group_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "group_id"
      ],
      "answerLists": []
    }
  },
  deleteConversationGroup: {
    "method": "DELETE",
    "path": "/im/v2/conversation_groups/{group_id}",
    "summary": "Delete a conversation group (删除会话分组)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "group_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationGroupId"
        }
      }
    ],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [
        "group_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  updateConversationGroup: {
    "method": "PATCH",
    "path": "/im/v2/conversation_groups/{group_id}",
    "summary": "Update a conversation group (更新会话分组)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "group_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationGroupId"
        }
      }
    ],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/UpdateConversationGroupRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [
        "group_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "group_id"
      ],
      "answerLists": []
    }
  },
  batchGetConversationGroups: {
    "method": "GET",
    "path": "/im/v2/conversation_groups/actions/group_ids",
    "summary": "Query several conversation groups (批量查询会话分组信息)",
    "tags": [
      "ConversationGroup"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      {
        "name": "group_ids",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/components/schemas/ConversationGroupId"
          }
        },
        "explode": false
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [
        "group_ids"
      ],
      "body": [],
      "answer": [
        "group_id"
      ],
      "answerLists": []
    }
  },
  getConversationOverview: {
    "method": "GET",
    "path": "/im/v2/conversation_overviews/{account_id}",
    "summary": "Query an account's total unread count (查询会话概览)",
    "tags": [
      "ConversationUnread"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "account_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  clearConversationUnread: {
    "method": "PATCH",
    "path": "/im/v2/conversations/{conversation_id}/actions/clear_conversation_unread",
    "summary": "Mark a conversation as read (清空会话未读数)",
    "tags": [
      "ConversationUnread"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "conversation_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  sendCustomNotification: {
    "method": "POST",
    "path": "/im/v2/custom_notification",
    "summary": "Send a custom notification to an account or a team (发送自定义系统通知)",
    "tags": [
      "CustomNotification"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendCustomNotificationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  sendBatchCustomNotification: {
    "method": "POST",
    "path": "/im/v2/custom_notification/batch",
    "summary": "Send a custom notification to up to 500 single-chat receivers (批量发送自定义系统通知)",
    "tags": [
      "CustomNotification"
    ],
    "rateLimitCategory": "batch-send",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendBatchCustomNotificationRequest"
      },
      "required": true
    },
    "hasData": true,
    "batch": {
      "receivers": "receiver_ids"
    },
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  queryBroadcastNotificationList: {
    "method": "GET",
    "path": "/im/v2/broadcast_notification",
    "summary": "List the app's broadcast notifications (查询广播消息列表)",
    "tags": [
      "Broadcast"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [
      {
        "name": "page_token",
        "required": false,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "limit",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "type",
        "required": false,
        "schema": {
          "type": "integer",
          "enum": [
            1,
            2,
            3
          ]
        }
      }
    ],
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "broadcast_id"
      ],
      "answerLists": []
    }
  },
  sendBroadcastNotification: {
    "method": "POST",
    "path": "/im/v2/broadcast_notification",
    "summary": "Broadcast a notification to every account of the app (发送广播消息)",
    "tags": [
      "Broadcast"
    ],
    "rateLimitCategory": "broadcast",
    "idempotent": false,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendBroadcastNotificationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [
        "broadcast_id"
      ],
      "answerLists": []
    }
  },
  queryBroadcastNotification: {
    "method": "GET",
    "path": "/im/v2/broadcast_notification/{broadcast_id}",
    "summary": "Query one broadcast notification (查询广播消息)",
    "tags": [
      "Broadcast"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "broadcast_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/BroadcastId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [
        "broadcast_id"
      ],
      "query": [],
      "body": [],
      "answer": [
        "broadcast_id"
      ],
      "answerLists": []
    }
  },
  deleteBroadcastNotification: {
    "method": "DELETE",
    "path": "/im/v2/broadcast_notification/{broadcast_id}",
    "summary": "Delete a broadcast notification (删除广播消息)",
    "tags": [
      "Broadcast"
    ],
    "rateLimitCategory": "single-call",
    "idempotent": true,
    "pathParameters": [
      {
        "name": "broadcast_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/BroadcastId"
        }
      }
    ],
    "queryParameters": [],
    "hasData": true,
    "int64": {
      "path": [
        "broadcast_id"
      ],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
  sendChatroomBroadcastNotification: {
    "method": "POST",
    "path": "/im/v2.1/broadcast_notification/actions/chatroom",
    "summary": "Broadcast a message to every chatroom of the app (发送聊天室全服广播消息)",
    "tags": [
      "Broadcast"
    ],
    "rateLimitCategory": "broadcast",
    "idempotent": true,
    "pathParameters": [],
    "queryParameters": [],
    "body": {
      "schema": {
        "$ref": "#/components/schemas/SendChatroomBroadcastNotificationRequest"
      },
      "required": true
    },
    "hasData": true,
    "int64": {
      "path": [],
      "query": [],
      "body": [],
      "answer": [],
      "answerLists": []
    }
  },
};
