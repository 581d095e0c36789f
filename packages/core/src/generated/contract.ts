/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

/** The API version of the spec this package was generated from: its `info.version`. */
export const SPEC_VERSION = "2.22.0" as const;

/**
 * SHA-256 of that spec's content (the parsed document with sorted keys, so YAML layout and comments
 * do not count). `pnpm generate` refuses a spec whose content changed while `info.version` did not.
 */
export const SPEC_SHA256 = "d609e393612c50baf304401e0b8b453bcff6b67a54b0f0a794bfdfcced7f0bcc" as const;

/** Hosts per region, from the spec's `servers` (x-region / x-role). */
export const SERVERS = {
  "cn": {
    "primary": "https://open.yunxinapi.com",
    "backup": "https://open-bak.yunxinapi.com"
  },
  "sg": {
    "primary": "https://open-sg.yunxinapi.com",
    "backup": "https://open-sg-bak.yunxinapi.com"
  }
} as const;

/** A region of the spec's `servers`, each with a primary and a backup host. */
export type Region = "cn" | "sg";

/** The header that carries a call's trace id, kept across its retries (the server de-duplicates by it). */
export const TRACE_ID_HEADER = "X-custom-traceid" as const;

/** The schema of the `X-custom-traceid` header, checked before sending a call's trace id. */
export const TRACE_ID_HEADER_SCHEMA = {
  "type": "string",
  "minLength": 1,
  "pattern": "^[\\x21-\\x7E]+$"
} as const;

/**
 * Every component schema an operation's request uses, once, by name, as the validator reads it
 * (`$ref`s point into this table; descriptions and examples are left in the spec).
 */
export const SCHEMAS = {
  "AccountId": {
    "type": "string",
    "minLength": 1,
    "maxLength": 32,
    "pattern": "^[a-z0-9_@.-]*$",
    "x-pattern-description": "lower-case letters, digits, `_`, `@`, `.` and `-` only"
  },
  "SubType": {
    "type": "integer",
    "exclusiveMinimum": 0
  },
  "SearchText": {
    "type": "string",
    "maxLength": 500
  },
  "BodyText": {
    "type": "string",
    "maxLength": 5000
  },
  "AnyAttachment": {
    "type": "object",
    "additionalProperties": true
  },
  "ImageAttachment": {
    "type": "object",
    "required": [
      "url"
    ],
    "properties": {
      "name": {
        "type": "string"
      },
      "md5": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "ext": {
        "type": "string"
      },
      "width": {
        "type": "integer",
        "minimum": 0
      },
      "height": {
        "type": "integer",
        "minimum": 0
      },
      "w": {
        "type": "integer",
        "minimum": 0
      },
      "h": {
        "type": "integer",
        "minimum": 0
      },
      "size": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": true
  },
  "AudioAttachment": {
    "type": "object",
    "required": [
      "url"
    ],
    "properties": {
      "dur": {
        "type": "integer",
        "minimum": 0
      },
      "md5": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "ext": {
        "type": "string"
      },
      "size": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": true
  },
  "VideoAttachment": {
    "type": "object",
    "required": [
      "url"
    ],
    "properties": {
      "dur": {
        "type": "integer",
        "minimum": 0
      },
      "md5": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "width": {
        "type": "integer",
        "minimum": 0
      },
      "height": {
        "type": "integer",
        "minimum": 0
      },
      "w": {
        "type": "integer",
        "minimum": 0
      },
      "h": {
        "type": "integer",
        "minimum": 0
      },
      "ext": {
        "type": "string"
      },
      "size": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": true
  },
  "LocationAttachment": {
    "type": "object",
    "required": [
      "lng",
      "lat"
    ],
    "properties": {
      "title": {
        "type": "string"
      },
      "lng": {
        "type": "number",
        "minimum": -180,
        "maximum": 180
      },
      "lat": {
        "type": "number",
        "minimum": -90,
        "maximum": 90
      }
    },
    "additionalProperties": true
  },
  "FileAttachment": {
    "type": "object",
    "required": [
      "url"
    ],
    "properties": {
      "name": {
        "type": "string"
      },
      "md5": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "ext": {
        "type": "string"
      },
      "size": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": true
  },
  "CustomAttachment": {
    "type": "object",
    "additionalProperties": true
  },
  "MessageClientId": {
    "type": "string",
    "minLength": 1
  },
  "TextMessage": {
    "type": "object",
    "required": [
      "message_type",
      "text"
    ],
    "properties": {
      "message_type": {
        "const": 0,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/BodyText"
      },
      "attachment": {
        "$ref": "#/components/schemas/AnyAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "TipMessage": {
    "type": "object",
    "required": [
      "message_type",
      "text"
    ],
    "properties": {
      "message_type": {
        "const": 10,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/BodyText"
      },
      "attachment": {
        "$ref": "#/components/schemas/AnyAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "ImageMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 1,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/ImageAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "AudioMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 2,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/AudioAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "VideoMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 3,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/VideoAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "LocationMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 4,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/LocationAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "FileMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 6,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/FileAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "CustomMessage": {
    "type": "object",
    "required": [
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_type": {
        "const": 100,
        "type": "integer"
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/CustomAttachment"
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      }
    },
    "additionalProperties": false
  },
  "Message": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/TextMessage"
      },
      {
        "$ref": "#/components/schemas/ImageMessage"
      },
      {
        "$ref": "#/components/schemas/AudioMessage"
      },
      {
        "$ref": "#/components/schemas/VideoMessage"
      },
      {
        "$ref": "#/components/schemas/LocationMessage"
      },
      {
        "$ref": "#/components/schemas/FileMessage"
      },
      {
        "$ref": "#/components/schemas/TipMessage"
      },
      {
        "$ref": "#/components/schemas/CustomMessage"
      }
    ]
  },
  "MessageConfig": {
    "type": "object",
    "properties": {
      "unread_enabled": {
        "type": "boolean"
      },
      "mutil_sync_enabled": {
        "type": "boolean"
      },
      "offline_enabled": {
        "type": "boolean"
      },
      "history_enabled": {
        "type": "boolean"
      },
      "roaming_enabled": {
        "type": "boolean"
      },
      "conversation_update_enabled": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "RouteConfig": {
    "type": "object",
    "properties": {
      "route_enabled": {
        "type": "boolean"
      },
      "route_environment": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "PushConfig": {
    "type": "object",
    "properties": {
      "push_enabled": {
        "type": "boolean"
      },
      "push_nick_enabled": {
        "type": "boolean"
      },
      "push_content": {
        "type": "string",
        "maxLength": 500
      },
      "push_payload": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 2048
      },
      "push_forcepush_all": {
        "type": "boolean"
      },
      "push_forcepush_ids": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "push_forcepush_content": {
        "type": "string",
        "maxLength": 500
      },
      "push_forcepush_enable": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "P2pOption": {
    "type": "object",
    "properties": {
      "check_friend": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "AntispamConfig": {
    "type": "object",
    "properties": {
      "antispam_enabled": {
        "type": "boolean"
      },
      "antispam_business_id": {
        "type": "string"
      },
      "antispam_extension": {
        "type": [
          "string",
          "null"
        ]
      },
      "antispam_cheating": {
        "type": [
          "string",
          "null"
        ]
      },
      "antispam_custom_message_enabled": {
        "type": "boolean"
      },
      "antispam_custom_message": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "SendBatchRequest": {
    "type": "object",
    "required": [
      "sender_id",
      "receiver_ids",
      "message"
    ],
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "message": {
        "$ref": "#/components/schemas/Message"
      },
      "message_config": {
        "$ref": "#/components/schemas/MessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "p2p_option": {
        "$ref": "#/components/schemas/P2pOption"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      },
      "sender_no_sense": {
        "type": "boolean"
      },
      "receiver_no_sense": {
        "type": "boolean"
      },
      "extension": {
        "type": "string"
      },
      "need_message_detail": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "AccountConfiguration": {
    "type": "object",
    "properties": {
      "enabled": {
        "type": "boolean"
      },
      "p2p_chat_banned": {
        "type": "boolean"
      },
      "team_chat_banned": {
        "type": "boolean"
      },
      "chatroom_chat_banned": {
        "type": "boolean"
      },
      "qchat_chat_banned": {
        "type": "boolean"
      },
      "push_enabled_when_desktop_online": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "AccountToken": {
    "type": "string",
    "maxLength": 128
  },
  "UserGender": {
    "type": "integer",
    "enum": [
      0,
      1,
      2
    ]
  },
  "EmailValidationMode": {
    "type": "integer",
    "enum": [
      0,
      1,
      2
    ]
  },
  "UserName": {
    "type": "string",
    "maxLength": 64
  },
  "UserAvatar": {
    "type": "string",
    "maxLength": 1024
  },
  "UserSign": {
    "type": "string"
  },
  "UserEmail": {
    "type": "string",
    "maxLength": 64
  },
  "UserBirthday": {
    "type": "string",
    "maxLength": 16
  },
  "UserMobile": {
    "type": "string",
    "maxLength": 32
  },
  "UserExtension": {
    "type": "string",
    "maxLength": 1024
  },
  "UserInformation": {
    "type": "object",
    "properties": {
      "name": {
        "$ref": "#/components/schemas/UserName"
      },
      "avatar": {
        "$ref": "#/components/schemas/UserAvatar"
      },
      "sign": {
        "$ref": "#/components/schemas/UserSign"
      },
      "email": {
        "$ref": "#/components/schemas/UserEmail"
      },
      "birthday": {
        "$ref": "#/components/schemas/UserBirthday"
      },
      "mobile": {
        "$ref": "#/components/schemas/UserMobile"
      },
      "gender": {
        "$ref": "#/components/schemas/UserGender"
      },
      "extension": {
        "$ref": "#/components/schemas/UserExtension"
      },
      "email_validation_mode": {
        "$ref": "#/components/schemas/EmailValidationMode"
      }
    },
    "additionalProperties": false
  },
  "ProfileAntispamConfiguration": {
    "type": "object",
    "properties": {
      "enabled": {
        "type": "boolean"
      },
      "business_id_map": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "type": {
              "type": "integer"
            },
            "business_id": {
              "type": "string"
            }
          },
          "additionalProperties": false
        }
      }
    },
    "additionalProperties": false
  },
  "CreateAccountRequest": {
    "type": "object",
    "required": [
      "account_id"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "token": {
        "$ref": "#/components/schemas/AccountToken"
      },
      "configuration": {
        "$ref": "#/components/schemas/AccountConfiguration"
      },
      "user_information": {
        "$ref": "#/components/schemas/UserInformation"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ProfileAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "KickNotifyExtension": {
    "type": "string",
    "maxLength": 256
  },
  "UpdateAccountRequest": {
    "type": "object",
    "properties": {
      "token": {
        "$ref": "#/components/schemas/AccountToken"
      },
      "configuration": {
        "$ref": "#/components/schemas/AccountConfiguration"
      },
      "need_kick": {
        "type": "boolean"
      },
      "kick_notify_extension": {
        "$ref": "#/components/schemas/KickNotifyExtension"
      },
      "user_information": {
        "$ref": "#/components/schemas/UserInformation"
      }
    },
    "additionalProperties": false
  },
  "DisableAccountRequest": {
    "type": "object",
    "required": [
      "enabled"
    ],
    "properties": {
      "enabled": {
        "type": "boolean"
      },
      "need_kick": {
        "type": "boolean"
      },
      "kick_notify_extension": {
        "$ref": "#/components/schemas/KickNotifyExtension"
      }
    },
    "additionalProperties": false
  },
  "SetPushConfigRequest": {
    "type": "object",
    "required": [
      "push_enabled_when_desktop_online"
    ],
    "properties": {
      "push_enabled_when_desktop_online": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "KickAccountRequest": {
    "type": "object",
    "required": [
      "type"
    ],
    "properties": {
      "type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3
        ]
      },
      "device_id_list": {
        "type": "array",
        "minItems": 1,
        "maxItems": 20,
        "items": {
          "type": "string",
          "minLength": 1
        }
      },
      "kick_notify_extension": {
        "$ref": "#/components/schemas/KickNotifyExtension"
      }
    },
    "additionalProperties": false
  },
  "ContactPair": {
    "type": "object",
    "required": [
      "account_id",
      "contact_account_id"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "contact_account_id": {
        "$ref": "#/components/schemas/AccountId"
      }
    },
    "additionalProperties": false
  },
  "AddBlockContactRequest": {
    "$ref": "#/components/schemas/ContactPair"
  },
  "AddMuteContactRequest": {
    "$ref": "#/components/schemas/ContactPair"
  },
  "FriendAdditionType": {
    "type": "integer",
    "enum": [
      1,
      2
    ]
  },
  "FriendRequestDecision": {
    "type": "integer",
    "enum": [
      3,
      4
    ]
  },
  "FriendAlias": {
    "type": "string",
    "maxLength": 128
  },
  "FriendExtension": {
    "type": "string",
    "maxLength": 256
  },
  "FriendCustomerExtension": {
    "type": "string"
  },
  "FriendPostscript": {
    "type": "string"
  },
  "AddFriendRequest": {
    "type": "object",
    "required": [
      "account_id",
      "friend_account_id"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "friend_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "alias": {
        "$ref": "#/components/schemas/FriendAlias"
      },
      "extension": {
        "$ref": "#/components/schemas/FriendExtension"
      },
      "customer_extension": {
        "$ref": "#/components/schemas/FriendCustomerExtension"
      },
      "postscript": {
        "$ref": "#/components/schemas/FriendPostscript"
      },
      "type": {
        "$ref": "#/components/schemas/FriendAdditionType"
      }
    },
    "additionalProperties": false
  },
  "UpdateFriendRequest": {
    "type": "object",
    "required": [
      "friend_account_id"
    ],
    "properties": {
      "friend_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "alias": {
        "$ref": "#/components/schemas/FriendAlias"
      },
      "extension": {
        "$ref": "#/components/schemas/FriendExtension"
      },
      "customer_extension": {
        "$ref": "#/components/schemas/FriendCustomerExtension"
      }
    },
    "additionalProperties": false
  },
  "HandleFriendAdditionRequest": {
    "type": "object",
    "required": [
      "account_id",
      "friend_account_id"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "friend_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "alias": {
        "$ref": "#/components/schemas/FriendAlias"
      },
      "extension": {
        "$ref": "#/components/schemas/FriendExtension"
      },
      "customer_extension": {
        "$ref": "#/components/schemas/FriendCustomerExtension"
      },
      "postscript": {
        "$ref": "#/components/schemas/FriendPostscript"
      }
    },
    "additionalProperties": false
  },
  "StatusSubscriptionAccountIds": {
    "type": "array",
    "minItems": 1,
    "maxItems": 100,
    "items": {
      "$ref": "#/components/schemas/AccountId"
    }
  },
  "SubscribeUserStatusRequest": {
    "type": "object",
    "required": [
      "account_ids"
    ],
    "properties": {
      "account_ids": {
        "$ref": "#/components/schemas/StatusSubscriptionAccountIds"
      }
    },
    "additionalProperties": false
  },
  "UnsubscribeUserStatusRequest": {
    "type": "object",
    "required": [
      "account_ids"
    ],
    "properties": {
      "account_ids": {
        "$ref": "#/components/schemas/StatusSubscriptionAccountIds"
      }
    },
    "additionalProperties": false
  },
  "QueryUserStatusSubscriptionRequest": {
    "type": "object",
    "required": [
      "account_ids"
    ],
    "properties": {
      "account_ids": {
        "$ref": "#/components/schemas/StatusSubscriptionAccountIds"
      }
    },
    "additionalProperties": false
  },
  "UpdateUserRequest": {
    "type": "object",
    "properties": {
      "name": {
        "$ref": "#/components/schemas/UserName"
      },
      "avatar": {
        "$ref": "#/components/schemas/UserAvatar"
      },
      "sign": {
        "$ref": "#/components/schemas/UserSign"
      },
      "email": {
        "$ref": "#/components/schemas/UserEmail"
      },
      "birthday": {
        "$ref": "#/components/schemas/UserBirthday"
      },
      "mobile": {
        "$ref": "#/components/schemas/UserMobile"
      },
      "gender": {
        "$ref": "#/components/schemas/UserGender"
      },
      "extension": {
        "$ref": "#/components/schemas/UserExtension"
      },
      "email_validation_mode": {
        "$ref": "#/components/schemas/EmailValidationMode"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ProfileAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "GetUsersOnlineStatusRequest": {
    "type": "object",
    "required": [
      "account_ids"
    ],
    "properties": {
      "account_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      }
    },
    "additionalProperties": false
  },
  "RoomId": {
    "type": "integer",
    "format": "int64",
    "minimum": 1
  },
  "ChatroomMemberRole": {
    "type": "integer"
  },
  "ChatroomNotificationExtension": {
    "type": "string",
    "maxLength": 2048
  },
  "ChatroomAntispamConfiguration": {
    "type": "object",
    "properties": {
      "enabled": {
        "type": "boolean"
      },
      "business_id_map": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "type": {
              "type": "integer"
            },
            "business_id": {
              "type": "string"
            }
          },
          "additionalProperties": false
        }
      }
    },
    "additionalProperties": false
  },
  "CreateChatroomRequest": {
    "type": "object",
    "required": [
      "creator",
      "room_name"
    ],
    "properties": {
      "creator": {
        "$ref": "#/components/schemas/AccountId"
      },
      "room_name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "announcement": {
        "type": "string",
        "maxLength": 4096
      },
      "live_url": {
        "type": "string",
        "maxLength": 1024
      },
      "extension": {
        "type": "string",
        "maxLength": 4096
      },
      "queue_level": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      },
      "delay_close_policy": {
        "type": "integer",
        "enum": [
          0,
          1,
          2
        ]
      },
      "delay_seconds": {
        "type": "integer",
        "minimum": 0,
        "maximum": 604800
      },
      "in_out_notification": {
        "type": "boolean"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ChatroomAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "UpdateChatroomInfoRequest": {
    "type": "object",
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64"
      },
      "room_name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "announcement": {
        "type": "string",
        "maxLength": 4096
      },
      "live_url": {
        "type": "string",
        "maxLength": 1024
      },
      "extension": {
        "type": "string",
        "maxLength": 4096
      },
      "queue_level": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ChatroomAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "UpdateChatroomStatusRequest": {
    "type": "object",
    "required": [
      "operator_account_id",
      "valid"
    ],
    "properties": {
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "valid": {
        "type": "boolean"
      },
      "delay_close_policy": {
        "type": "integer",
        "enum": [
          0,
          1,
          2
        ]
      },
      "delay_seconds": {
        "type": "integer",
        "minimum": 0,
        "maximum": 604800
      }
    },
    "additionalProperties": false
  },
  "ToggleChatroomMuteRequest": {
    "type": "object",
    "required": [
      "operator_account_id",
      "chat_banned"
    ],
    "properties": {
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "chat_banned": {
        "type": "boolean"
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "ChatroomMessageTextBody": {
    "type": "object",
    "required": [
      "message_client_id",
      "message_type",
      "text"
    ],
    "properties": {
      "message_client_id": {
        "type": "string",
        "minLength": 1
      },
      "message_type": {
        "type": "integer",
        "enum": [
          0,
          10
        ]
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "type": "string",
        "minLength": 1
      },
      "attachment": {
        "type": "object",
        "additionalProperties": true
      },
      "location_x": {
        "type": "number"
      },
      "location_y": {
        "type": "number"
      },
      "location_z": {
        "type": "number"
      }
    },
    "additionalProperties": false
  },
  "ChatroomMessageAttachmentBody": {
    "type": "object",
    "required": [
      "message_client_id",
      "message_type",
      "attachment"
    ],
    "properties": {
      "message_client_id": {
        "type": "string",
        "minLength": 1
      },
      "message_type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3,
          4,
          6
        ]
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "type": "string"
      },
      "attachment": {
        "type": "object",
        "additionalProperties": true
      },
      "location_x": {
        "type": "number"
      },
      "location_y": {
        "type": "number"
      },
      "location_z": {
        "type": "number"
      }
    },
    "additionalProperties": false
  },
  "ChatroomMessageCustomBody": {
    "type": "object",
    "required": [
      "message_client_id",
      "message_type",
      "attachment",
      "sub_type"
    ],
    "properties": {
      "message_client_id": {
        "type": "string",
        "minLength": 1
      },
      "message_type": {
        "type": "integer",
        "const": 100
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "type": "string"
      },
      "attachment": {
        "type": "object",
        "additionalProperties": true
      },
      "location_x": {
        "type": "number"
      },
      "location_y": {
        "type": "number"
      },
      "location_z": {
        "type": "number"
      }
    },
    "additionalProperties": false
  },
  "ChatroomMessageBody": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/ChatroomMessageTextBody"
      },
      {
        "$ref": "#/components/schemas/ChatroomMessageAttachmentBody"
      },
      {
        "$ref": "#/components/schemas/ChatroomMessageCustomBody"
      }
    ]
  },
  "ChatroomMessageConfig": {
    "type": "object",
    "properties": {
      "ignore_chat_banned": {
        "type": "boolean"
      },
      "history_enabled": {
        "type": "boolean"
      },
      "high_priority": {
        "type": "boolean"
      },
      "need_high_priority_msg_resend": {
        "type": "boolean"
      },
      "abandon_ratio": {
        "type": "integer",
        "minimum": 0,
        "maximum": 9999
      },
      "notify_target_tags": {
        "type": "string"
      },
      "chat_msg_priority": {
        "type": "integer",
        "minimum": 0,
        "maximum": 3
      },
      "forbidden_if_high_priority_msg_freq": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      }
    },
    "additionalProperties": false
  },
  "AiParams": {
    "type": "object",
    "properties": {
      "account": {
        "type": "string"
      },
      "content": {
        "type": "string"
      },
      "messages": {
        "type": "string"
      },
      "prompt_variables": {
        "type": "string"
      },
      "config": {
        "type": "string"
      },
      "send_original": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "SendChatroomMessageRequest": {
    "type": "object",
    "required": [
      "sender_id",
      "message"
    ],
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_ids": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "resend_flag": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      },
      "extension": {
        "type": "string"
      },
      "message": {
        "$ref": "#/components/schemas/ChatroomMessageBody"
      },
      "message_config": {
        "$ref": "#/components/schemas/ChatroomMessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      },
      "ai_params": {
        "$ref": "#/components/schemas/AiParams"
      }
    },
    "additionalProperties": false
  },
  "BatchSendChatroomMessagesRequest": {
    "type": "object",
    "required": [
      "room_id",
      "sender_id",
      "messages"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_ids": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "resend_flag": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      },
      "extension": {
        "type": "string"
      },
      "messages": {
        "type": "array",
        "minItems": 1,
        "maxItems": 20,
        "items": {
          "$ref": "#/components/schemas/ChatroomMessageBody"
        }
      },
      "message_config": {
        "$ref": "#/components/schemas/ChatroomMessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      }
    },
    "additionalProperties": false
  },
  "SetMemberRoleRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id",
      "member_role"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "member_role": {
        "type": "integer",
        "enum": [
          0,
          2,
          3
        ]
      },
      "room_nick": {
        "type": "string"
      },
      "room_avatar": {
        "type": "string"
      },
      "member_level": {
        "type": "integer"
      },
      "extension": {
        "type": "string",
        "maxLength": 4096
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ChatroomAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "UpdateOnlineMemberInfoRequest": {
    "type": "object",
    "required": [
      "room_id"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "persistence": {
        "type": "boolean"
      },
      "room_nick": {
        "type": "string"
      },
      "room_avatar": {
        "type": "string"
      },
      "extension": {
        "type": "string",
        "maxLength": 4096
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/ChatroomAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "ToggleChatBanRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id",
      "chat_banned"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "chat_banned": {
        "type": "boolean"
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "ModifyMemberTagsRequest": {
    "type": "object",
    "required": [
      "room_id",
      "tags"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "tags": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "string",
          "minLength": 1
        }
      },
      "notify_target_tags": {
        "type": "string"
      },
      "notify_extension": {
        "type": "string",
        "maxLength": 2048
      }
    },
    "additionalProperties": false
  },
  "ToggleTempChatBanRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id",
      "chat_banned"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "chat_banned": {
        "type": "boolean"
      },
      "chat_banned_duration": {
        "type": "integer",
        "minimum": 1,
        "maximum": 2592000
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "ToggleBlockedRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id",
      "blocked"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "blocked": {
        "type": "boolean"
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "ToggleTaggedMembersChatBanRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id",
      "target_tag",
      "chat_banned"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "target_tag": {
        "type": "string",
        "minLength": 1
      },
      "chat_banned": {
        "type": "boolean"
      },
      "chat_banned_duration": {
        "type": "integer",
        "minimum": 1,
        "maximum": 2592000
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      },
      "notification_target_tags": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "AddVirtualMembersRequest": {
    "type": "object",
    "required": [
      "room_id",
      "virtual_members"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "virtual_members": {
        "type": "array",
        "minItems": 1,
        "maxItems": 200,
        "items": {
          "type": "object",
          "required": [
            "account_id"
          ],
          "properties": {
            "account_id": {
              "$ref": "#/components/schemas/AccountId"
            },
            "room_nick": {
              "type": "string"
            },
            "room_avatar": {
              "type": "string"
            },
            "extension": {
              "type": "string",
              "maxLength": 4096
            }
          },
          "additionalProperties": false
        }
      },
      "extension": {
        "type": "string"
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "KickChatroomMemberRequest": {
    "type": "object",
    "required": [
      "room_id",
      "operator_account_id"
    ],
    "properties": {
      "room_id": {
        "type": "integer",
        "format": "int64",
        "minimum": 1
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "$ref": "#/components/schemas/ChatroomNotificationExtension"
      }
    },
    "additionalProperties": false
  },
  "ChatroomQueueElementKey": {
    "type": "string",
    "minLength": 1
  },
  "ChatroomQueueNotificationConfig": {
    "type": "object",
    "properties": {
      "notification_enabled": {
        "type": "boolean"
      },
      "notification_extension": {
        "type": "string"
      },
      "high_priority": {
        "type": "integer"
      },
      "high_priority_policy": {
        "type": "integer"
      }
    },
    "additionalProperties": false
  },
  "ChatroomQueueElement": {
    "type": "object",
    "required": [
      "element_key",
      "element_value"
    ],
    "properties": {
      "element_key": {
        "$ref": "#/components/schemas/ChatroomQueueElementKey"
      },
      "element_value": {
        "type": "string"
      },
      "element_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "element_transient": {
        "type": "boolean"
      },
      "element_add_policy": {
        "type": "integer"
      }
    },
    "additionalProperties": false
  },
  "InitializeChatroomQueueRequest": {
    "type": "object",
    "properties": {
      "room_id": {
        "$ref": "#/components/schemas/RoomId"
      },
      "queue_size_limit": {
        "type": "integer",
        "minimum": 1
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "QueryChatroomQueueElementsRequest": {
    "type": "object",
    "properties": {
      "element_key_list": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/ChatroomQueueElementKey"
        }
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "UpdateChatroomQueueRequest": {
    "type": "object",
    "required": [
      "operator_account_id",
      "element_list"
    ],
    "properties": {
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "element_list": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/ChatroomQueueElement"
        }
      },
      "notification_config": {
        "$ref": "#/components/schemas/ChatroomQueueNotificationConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "DeleteChatroomQueueRequest": {
    "type": "object",
    "properties": {
      "notification_config": {
        "$ref": "#/components/schemas/ChatroomQueueNotificationConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "PollChatroomQueueElementRequest": {
    "type": "object",
    "properties": {
      "element_key": {
        "type": "string"
      },
      "notification_config": {
        "$ref": "#/components/schemas/ChatroomQueueNotificationConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "SignalChannelId": {
    "type": "string",
    "minLength": 1
  },
  "SignalServerExtension": {
    "type": "string",
    "maxLength": 4096
  },
  "SignalRouteConfig": {
    "type": "object",
    "properties": {
      "route_enabled": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "SignalPushConfig": {
    "type": "object",
    "properties": {
      "push_enabled": {
        "type": "boolean"
      },
      "push_title": {
        "type": "string",
        "maxLength": 32
      },
      "push_content": {
        "type": "string",
        "maxLength": 500
      },
      "push_payload": {
        "type": "string",
        "maxLength": 4096
      }
    },
    "additionalProperties": false
  },
  "CreateSignalRoomRequest": {
    "type": "object",
    "required": [
      "creator_account_id",
      "channel_type"
    ],
    "properties": {
      "creator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "channel_type": {
        "type": "integer"
      },
      "channel_name": {
        "type": "string"
      },
      "channel_extension": {
        "type": "string"
      },
      "route_config": {
        "$ref": "#/components/schemas/SignalRouteConfig"
      }
    },
    "additionalProperties": false
  },
  "SendSignalRoomControlRequest": {
    "type": "object",
    "required": [
      "channel_id",
      "operator_account_id"
    ],
    "properties": {
      "channel_id": {
        "$ref": "#/components/schemas/SignalChannelId"
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "target_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "server_extension": {
        "$ref": "#/components/schemas/SignalServerExtension"
      },
      "route_config": {
        "$ref": "#/components/schemas/SignalRouteConfig"
      }
    },
    "additionalProperties": false
  },
  "InviteToSignalRoomRequest": {
    "type": "object",
    "required": [
      "channel_id",
      "inviter_account_id",
      "invitee_account_id",
      "request_id"
    ],
    "properties": {
      "channel_id": {
        "$ref": "#/components/schemas/SignalChannelId"
      },
      "inviter_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "invitee_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "request_id": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "server_extension": {
        "$ref": "#/components/schemas/SignalServerExtension"
      },
      "offline_enabled": {
        "type": "boolean"
      },
      "unread_enabled": {
        "type": "boolean"
      },
      "push_config": {
        "$ref": "#/components/schemas/SignalPushConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/SignalRouteConfig"
      }
    },
    "additionalProperties": false
  },
  "CancelSignalRoomInviteRequest": {
    "type": "object",
    "required": [
      "channel_id",
      "inviter_account_id",
      "invitee_account_id",
      "request_id"
    ],
    "properties": {
      "channel_id": {
        "$ref": "#/components/schemas/SignalChannelId"
      },
      "inviter_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "invitee_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "request_id": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "server_extension": {
        "$ref": "#/components/schemas/SignalServerExtension"
      },
      "offline_enabled": {
        "type": "boolean"
      },
      "unread_enabled": {
        "type": "boolean"
      },
      "push_config": {
        "$ref": "#/components/schemas/SignalPushConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/SignalRouteConfig"
      }
    },
    "additionalProperties": false
  },
  "KickSignalMemberRequest": {
    "type": "object",
    "required": [
      "channel_id",
      "operator_account_id",
      "target_account_id"
    ],
    "properties": {
      "channel_id": {
        "$ref": "#/components/schemas/SignalChannelId"
      },
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "target_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "server_extension": {
        "$ref": "#/components/schemas/SignalServerExtension"
      },
      "offline_enabled": {
        "type": "boolean"
      },
      "route_config": {
        "$ref": "#/components/schemas/SignalRouteConfig"
      }
    },
    "additionalProperties": false
  },
  "AsrRequest": {
    "type": "object",
    "required": [
      "operator_account_id",
      "format",
      "url"
    ],
    "properties": {
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "format": {
        "type": "string",
        "minLength": 1
      },
      "url": {
        "type": "string",
        "minLength": 1
      },
      "sample_rate": {
        "type": "integer",
        "minimum": 1
      },
      "duration": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": false
  },
  "TranslateTextRequest": {
    "type": "object",
    "required": [
      "operator_account_id",
      "source_text",
      "target_language"
    ],
    "properties": {
      "operator_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "source_text": {
        "type": "string",
        "minLength": 1
      },
      "source_language": {
        "type": "string",
        "minLength": 1
      },
      "target_language": {
        "type": "string",
        "minLength": 1
      },
      "translator_config": {
        "type": "object",
        "properties": {
          "strict": {
            "type": "boolean"
          },
          "vendor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      }
    },
    "additionalProperties": false
  },
  "ChatAssistRequest": {
    "type": "object",
    "required": [
      "sender_id",
      "receiver_id",
      "style_list"
    ],
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "sender_tag_list": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "receiver_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_tag_list": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "receiver_last_message": {
        "type": "string"
      },
      "style_list": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "string",
          "minLength": 1
        }
      },
      "history": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "sender_id",
            "text"
          ],
          "properties": {
            "sender_id": {
              "$ref": "#/components/schemas/AccountId"
            },
            "text": {
              "type": "string"
            }
          },
          "additionalProperties": false
        }
      }
    },
    "additionalProperties": false
  },
  "TeamId": {
    "type": "integer",
    "format": "int64",
    "minimum": 1
  },
  "TeamType": {
    "type": "integer",
    "enum": [
      1,
      2
    ]
  },
  "TeamConfiguration": {
    "type": "object",
    "properties": {
      "join_mode": {
        "type": "integer",
        "minimum": 0
      },
      "agree_mode": {
        "type": "integer",
        "minimum": 0
      },
      "invite_mode": {
        "type": "integer",
        "minimum": 0
      },
      "update_team_info_mode": {
        "type": "integer",
        "minimum": 0
      },
      "update_extension_mode": {
        "type": "integer",
        "minimum": 0
      },
      "chat_banned_mode": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": false
  },
  "TeamAntispamConfiguration": {
    "type": "object",
    "properties": {
      "enabled": {
        "type": "boolean"
      },
      "business_id_map": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "type": {
              "type": "integer"
            },
            "business_id": {
              "type": "string"
            }
          },
          "additionalProperties": false
        }
      }
    },
    "additionalProperties": false
  },
  "CreateTeamRequest": {
    "type": "object",
    "required": [
      "owner_account_id",
      "team_type",
      "name"
    ],
    "properties": {
      "owner_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "icon": {
        "type": "string"
      },
      "announcement": {
        "type": "string"
      },
      "intro": {
        "type": "string"
      },
      "members_limit": {
        "type": "integer",
        "minimum": 1
      },
      "server_extension": {
        "type": "string"
      },
      "customer_extension": {
        "type": "string"
      },
      "invite_account_ids": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "invite_msg": {
        "type": "string"
      },
      "extension": {
        "type": "string"
      },
      "configuration": {
        "$ref": "#/components/schemas/TeamConfiguration"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/TeamAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "UpdateTeamRequest": {
    "type": "object",
    "required": [
      "operator_id",
      "team_type"
    ],
    "properties": {
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "icon": {
        "type": "string"
      },
      "announcement": {
        "type": "string"
      },
      "intro": {
        "type": "string"
      },
      "members_limit": {
        "type": "integer",
        "minimum": 1
      },
      "server_extension": {
        "type": "string"
      },
      "customer_extension": {
        "type": "string"
      },
      "extension": {
        "type": "string"
      },
      "configuration": {
        "$ref": "#/components/schemas/TeamConfiguration"
      },
      "antispam_configuration": {
        "$ref": "#/components/schemas/TeamAntispamConfiguration"
      }
    },
    "additionalProperties": false
  },
  "TransferOwnerRequest": {
    "type": "object",
    "required": [
      "team_type",
      "new_owner_account_id",
      "leave"
    ],
    "properties": {
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "new_owner_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "leave": {
        "type": "integer",
        "enum": [
          1,
          2
        ]
      },
      "extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "AddManagersRequest": {
    "type": "object",
    "required": [
      "team_type",
      "operator_id",
      "managers"
    ],
    "properties": {
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "managers": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "RemoveManagersRequest": {
    "type": "object",
    "required": [
      "team_type",
      "operator_id",
      "managers"
    ],
    "properties": {
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "managers": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "InviteTeamMembersRequest": {
    "type": "object",
    "required": [
      "operator_id",
      "team_id",
      "team_type",
      "invite_account_ids"
    ],
    "properties": {
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_id": {
        "$ref": "#/components/schemas/TeamId"
      },
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "invite_account_ids": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "msg": {
        "type": "string"
      },
      "extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "UpdateTeamMemberRequest": {
    "type": "object",
    "required": [
      "operator_id",
      "team_id",
      "team_type"
    ],
    "properties": {
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_id": {
        "$ref": "#/components/schemas/TeamId"
      },
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "team_nick": {
        "type": "string"
      },
      "chat_banned": {
        "type": "boolean"
      },
      "message_notify_state": {
        "type": "integer"
      },
      "extension": {
        "type": "string"
      },
      "server_extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "BatchMuteTeamMembersRequest": {
    "type": "object",
    "required": [
      "operator_id",
      "team_id",
      "team_type",
      "chat_ban_account_ids",
      "chat_banned"
    ],
    "properties": {
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_id": {
        "$ref": "#/components/schemas/TeamId"
      },
      "team_type": {
        "$ref": "#/components/schemas/TeamType"
      },
      "chat_ban_account_ids": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "chat_banned": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "ConversationGroupId": {
    "type": "integer",
    "format": "int64",
    "minimum": 1
  },
  "ConversationServerExtension": {
    "type": "string"
  },
  "CreateConversationRequest": {
    "type": "object",
    "required": [
      "conversation_id"
    ],
    "properties": {
      "conversation_id": {
        "$ref": "#/components/schemas/ConversationId"
      }
    },
    "additionalProperties": false
  },
  "UpdateConversationRequest": {
    "type": "object",
    "required": [
      "server_extension"
    ],
    "properties": {
      "server_extension": {
        "$ref": "#/components/schemas/ConversationServerExtension"
      }
    },
    "additionalProperties": false
  },
  "StickTopConversationRequest": {
    "type": "object",
    "required": [
      "top_type"
    ],
    "properties": {
      "top_type": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      }
    },
    "additionalProperties": false
  },
  "ConversationGroupName": {
    "type": "string",
    "minLength": 1
  },
  "CreateConversationGroupRequest": {
    "type": "object",
    "required": [
      "account_id",
      "name"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "name": {
        "$ref": "#/components/schemas/ConversationGroupName"
      },
      "server_extension": {
        "type": "string"
      },
      "conversation_ids": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    },
    "additionalProperties": false
  },
  "ConversationGroupMembership": {
    "type": "object",
    "required": [
      "type",
      "conversation_ids"
    ],
    "properties": {
      "type": {
        "type": "integer"
      },
      "conversation_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "$ref": "#/components/schemas/ConversationId"
        }
      }
    },
    "additionalProperties": false
  },
  "UpdateConversationGroupRequest": {
    "type": "object",
    "required": [
      "account_id"
    ],
    "properties": {
      "account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "name": {
        "$ref": "#/components/schemas/ConversationGroupName"
      },
      "server_extension": {
        "type": "string"
      },
      "conversations": {
        "$ref": "#/components/schemas/ConversationGroupMembership"
      }
    },
    "additionalProperties": false
  },
  "ConversationId": {
    "type": "string",
    "minLength": 5,
    "pattern": "^[^|]+\\|[1-3]\\|[^|]+$",
    "x-pattern-description": "`{owner}|{type}|{peer}` with type 1 (single chat), 2 (advanced team) or 3 (super team)"
  },
  "MessageServerId": {
    "type": "integer",
    "format": "int64",
    "minimum": 1
  },
  "TargetOption": {
    "type": "object",
    "properties": {
      "receiver_account_ids": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "inclusive": {
        "type": "boolean"
      },
      "check_team_member_valid": {
        "type": "boolean"
      },
      "visible_to_new_member": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "TeamOption": {
    "type": "object",
    "properties": {
      "mark_as_read": {
        "type": "boolean"
      },
      "ignore_chat_banned": {
        "type": "boolean"
      },
      "ignore_member_chat_banned": {
        "type": "boolean"
      },
      "check_team_member_valid": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "SuperTeamOption": {
    "type": "object",
    "properties": {
      "ignore_chat_banned": {
        "type": "boolean"
      },
      "ignore_member_chat_banned": {
        "type": "boolean"
      },
      "check_team_member_valid": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "RobotConfig": {
    "type": "object",
    "properties": {
      "robot_account_id": {
        "type": "string"
      },
      "robot_topic": {
        "type": "string"
      },
      "robot_function": {
        "type": "string"
      },
      "robot_custom_content": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "ThreadMessageRef": {
    "type": "object",
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_id": {
        "type": "string"
      },
      "create_time": {
        "type": "integer",
        "minimum": 0
      },
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "message_client_id": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "ThreadConfig": {
    "type": "object",
    "properties": {
      "thread_root": {
        "$ref": "#/components/schemas/ThreadMessageRef"
      },
      "thread_reply": {
        "$ref": "#/components/schemas/ThreadMessageRef"
      }
    },
    "additionalProperties": false
  },
  "SendMessageRequest": {
    "type": "object",
    "required": [
      "message"
    ],
    "properties": {
      "message": {
        "$ref": "#/components/schemas/Message"
      },
      "message_config": {
        "$ref": "#/components/schemas/MessageConfig"
      },
      "target_option": {
        "$ref": "#/components/schemas/TargetOption"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      },
      "p2p_option": {
        "$ref": "#/components/schemas/P2pOption"
      },
      "team_option": {
        "$ref": "#/components/schemas/TeamOption"
      },
      "superteam_option": {
        "$ref": "#/components/schemas/SuperTeamOption"
      },
      "robot_config": {
        "$ref": "#/components/schemas/RobotConfig"
      },
      "thread_config": {
        "$ref": "#/components/schemas/ThreadConfig"
      },
      "ai_params": {
        "$ref": "#/components/schemas/AiParams"
      },
      "sender_no_sense": {
        "type": "boolean"
      },
      "receiver_no_sense": {
        "type": "boolean"
      },
      "extension": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "StreamAttachment": {
    "type": "object",
    "required": [
      "text",
      "index"
    ],
    "properties": {
      "text": {
        "type": "string",
        "maxLength": 5000
      },
      "index": {
        "type": "integer",
        "minimum": 0
      },
      "finish": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      }
    },
    "additionalProperties": false
  },
  "StreamMessageBody": {
    "type": "object",
    "required": [
      "attachment"
    ],
    "properties": {
      "message_type": {
        "type": "integer",
        "enum": [
          0
        ]
      },
      "message_client_id": {
        "$ref": "#/components/schemas/MessageClientId"
      },
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "attachment": {
        "$ref": "#/components/schemas/StreamAttachment"
      }
    },
    "additionalProperties": false
  },
  "RagInfo": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "icon": {
        "type": "string"
      },
      "title": {
        "type": "string"
      },
      "time": {
        "type": "integer",
        "minimum": 0
      },
      "url": {
        "type": "string"
      },
      "description": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "StreamMessageRequest": {
    "type": "object",
    "required": [
      "message"
    ],
    "properties": {
      "message": {
        "$ref": "#/components/schemas/StreamMessageBody"
      },
      "message_config": {
        "$ref": "#/components/schemas/MessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "p2p_option": {
        "$ref": "#/components/schemas/P2pOption"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "extension": {
        "type": "string"
      },
      "rag_info_list": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RagInfo"
        }
      },
      "team_option": {
        "$ref": "#/components/schemas/TeamOption"
      },
      "target_option": {
        "$ref": "#/components/schemas/TargetOption"
      },
      "thread_config": {
        "$ref": "#/components/schemas/ThreadConfig"
      }
    },
    "additionalProperties": false
  },
  "ModifiedTextMessage": {
    "type": "object",
    "required": [
      "message_server_id",
      "sender_id",
      "receiver_id",
      "time",
      "message_type",
      "text"
    ],
    "properties": {
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_id": {
        "type": "string",
        "minLength": 1
      },
      "time": {
        "type": "integer",
        "minimum": 0
      },
      "message_type": {
        "type": "integer",
        "enum": [
          0,
          10
        ]
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/BodyText"
      },
      "attachment": {
        "$ref": "#/components/schemas/AnyAttachment"
      }
    },
    "additionalProperties": false
  },
  "ModifiedMediaMessage": {
    "type": "object",
    "required": [
      "message_server_id",
      "sender_id",
      "receiver_id",
      "time",
      "message_type"
    ],
    "properties": {
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_id": {
        "type": "string",
        "minLength": 1
      },
      "time": {
        "type": "integer",
        "minimum": 0
      },
      "message_type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3,
          4,
          6
        ]
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "type": "object",
        "additionalProperties": true
      }
    },
    "additionalProperties": false
  },
  "ModifiedCustomMessage": {
    "type": "object",
    "required": [
      "message_server_id",
      "sender_id",
      "receiver_id",
      "time",
      "message_type",
      "sub_type",
      "attachment"
    ],
    "properties": {
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_id": {
        "type": "string",
        "minLength": 1
      },
      "time": {
        "type": "integer",
        "minimum": 0
      },
      "message_type": {
        "type": "integer",
        "const": 100
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "$ref": "#/components/schemas/SearchText"
      },
      "attachment": {
        "$ref": "#/components/schemas/CustomAttachment"
      }
    },
    "additionalProperties": false
  },
  "ModifiedMessage": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/ModifiedTextMessage"
      },
      {
        "$ref": "#/components/schemas/ModifiedMediaMessage"
      },
      {
        "$ref": "#/components/schemas/ModifiedCustomMessage"
      }
    ]
  },
  "ModifyMessageConfig": {
    "type": "object",
    "properties": {
      "conversation_update_enabled": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "ModifyTeamOption": {
    "type": "object",
    "properties": {
      "ignore_chat_banned": {
        "type": "boolean"
      },
      "ignore_member_chat_banned": {
        "type": "boolean"
      },
      "check_team_member_valid": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "ModifyMessageRequest": {
    "type": "object",
    "required": [
      "operator",
      "type",
      "message"
    ],
    "properties": {
      "operator": {
        "$ref": "#/components/schemas/AccountId"
      },
      "type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3
        ]
      },
      "extension": {
        "type": "string"
      },
      "message": {
        "$ref": "#/components/schemas/ModifiedMessage"
      },
      "message_config": {
        "$ref": "#/components/schemas/ModifyMessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      },
      "p2p_option": {
        "$ref": "#/components/schemas/P2pOption"
      },
      "team_option": {
        "$ref": "#/components/schemas/ModifyTeamOption"
      },
      "superteam_option": {
        "$ref": "#/components/schemas/SuperTeamOption"
      }
    },
    "additionalProperties": false
  },
  "SendP2PReadReceiptRequest": {
    "type": "object",
    "required": [
      "from_account_id",
      "to_account_id",
      "message_server_id"
    ],
    "properties": {
      "from_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "to_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      }
    },
    "additionalProperties": false
  },
  "SendTeamReadReceiptRequest": {
    "type": "object",
    "required": [
      "from_account_id",
      "team_id",
      "message_server_ids"
    ],
    "properties": {
      "from_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "team_id": {
        "$ref": "#/components/schemas/TeamId"
      },
      "message_server_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 50,
        "items": {
          "$ref": "#/components/schemas/MessageServerId"
        }
      }
    },
    "additionalProperties": false
  },
  "MessageIdAndTime": {
    "type": "object",
    "required": [
      "message_server_id",
      "create_time"
    ],
    "properties": {
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "create_time": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": false
  },
  "BatchQueryMessagesRequest": {
    "type": "object",
    "required": [
      "messages"
    ],
    "properties": {
      "messages": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/MessageIdAndTime"
        }
      }
    },
    "additionalProperties": false
  },
  "QuickCommentTarget": {
    "type": "object",
    "required": [
      "conversation_type",
      "sender_id",
      "receiver_id",
      "message_server_id",
      "message_client_id",
      "create_time"
    ],
    "properties": {
      "conversation_type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3
        ]
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_id": {
        "type": "string",
        "minLength": 1
      },
      "message_server_id": {
        "$ref": "#/components/schemas/MessageServerId"
      },
      "message_client_id": {
        "type": "string",
        "minLength": 1
      },
      "create_time": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": false
  },
  "AddQuickCommentRequest": {
    "type": "object",
    "required": [
      "operator_id",
      "index",
      "message"
    ],
    "properties": {
      "operator_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "index": {
        "type": "integer",
        "minimum": 1
      },
      "extension": {
        "type": "string"
      },
      "message": {
        "$ref": "#/components/schemas/QuickCommentTarget"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      }
    },
    "additionalProperties": false
  },
  "DeleteQuickCommentRequest": {
    "$ref": "#/components/schemas/AddQuickCommentRequest"
  },
  "BatchQueryQuickCommentsRequest": {
    "type": "object",
    "required": [
      "messages"
    ],
    "properties": {
      "messages": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/components/schemas/QuickCommentTarget"
        }
      }
    },
    "additionalProperties": false
  },
  "NotificationConfig": {
    "type": "object",
    "properties": {
      "offline_enabled": {
        "type": "boolean"
      },
      "unread_enabled": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "NotificationContent": {
    "type": "string",
    "minLength": 1,
    "maxLength": 4096
  },
  "NotificationSound": {
    "type": "string",
    "maxLength": 30
  },
  "SendBatchCustomNotificationRequest": {
    "type": "object",
    "required": [
      "sender_id",
      "receiver_ids",
      "content"
    ],
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "receiver_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 500,
        "items": {
          "$ref": "#/components/schemas/AccountId"
        }
      },
      "content": {
        "$ref": "#/components/schemas/NotificationContent"
      },
      "sound": {
        "$ref": "#/components/schemas/NotificationSound"
      },
      "notification_config": {
        "$ref": "#/components/schemas/NotificationConfig"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "SendCustomNotificationRequest": {
    "type": "object",
    "required": [
      "sender_id",
      "type",
      "receiver_id",
      "content"
    ],
    "properties": {
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "type": {
        "type": "integer",
        "enum": [
          1,
          2,
          3
        ]
      },
      "receiver_id": {
        "type": "string",
        "minLength": 1
      },
      "content": {
        "$ref": "#/components/schemas/NotificationContent"
      },
      "sound": {
        "$ref": "#/components/schemas/NotificationSound"
      },
      "notification_config": {
        "$ref": "#/components/schemas/NotificationConfig"
      },
      "push_config": {
        "$ref": "#/components/schemas/PushConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      }
    },
    "additionalProperties": false
  },
  "BroadcastId": {
    "type": "integer",
    "format": "int64",
    "minimum": 1
  },
  "BroadcastTargetOs": {
    "type": "string",
    "enum": [
      "ios",
      "aos",
      "pc",
      "web",
      "mac"
    ]
  },
  "SendBroadcastNotificationRequest": {
    "type": "object",
    "required": [
      "content"
    ],
    "properties": {
      "content": {
        "type": "string",
        "minLength": 1,
        "maxLength": 4096
      },
      "from_account_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "offline_enabled": {
        "type": "boolean"
      },
      "ttl": {
        "type": "integer",
        "minimum": 1
      },
      "target_os": {
        "type": [
          "array",
          "string"
        ],
        "items": {
          "$ref": "#/components/schemas/BroadcastTargetOs"
        }
      }
    },
    "additionalProperties": false
  },
  "ChatroomBroadcastMessage": {
    "type": "object",
    "required": [
      "message_type"
    ],
    "properties": {
      "message_type": {
        "type": "integer",
        "enum": [
          0,
          1,
          2,
          3,
          4,
          6,
          10,
          100
        ]
      },
      "sub_type": {
        "$ref": "#/components/schemas/SubType"
      },
      "text": {
        "type": "string"
      },
      "attachment": {
        "type": "object",
        "additionalProperties": true
      }
    },
    "additionalProperties": false
  },
  "ChatroomBroadcastMessageConfig": {
    "type": "object",
    "properties": {
      "high_priority": {
        "type": "boolean"
      },
      "notify_target_tags": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "SendChatroomBroadcastNotificationRequest": {
    "type": "object",
    "required": [
      "client_broadcast_id",
      "sender_id",
      "message"
    ],
    "properties": {
      "client_broadcast_id": {
        "type": "string",
        "minLength": 1
      },
      "sender_id": {
        "$ref": "#/components/schemas/AccountId"
      },
      "extension": {
        "type": "string"
      },
      "resend_flag": {
        "type": "integer",
        "enum": [
          0,
          1
        ]
      },
      "message": {
        "$ref": "#/components/schemas/ChatroomBroadcastMessage"
      },
      "message_config": {
        "$ref": "#/components/schemas/ChatroomBroadcastMessageConfig"
      },
      "route_config": {
        "$ref": "#/components/schemas/RouteConfig"
      },
      "antispam_config": {
        "$ref": "#/components/schemas/AntispamConfig"
      }
    },
    "additionalProperties": false
  }
} as const;
