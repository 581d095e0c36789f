/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

/** The path of the batch-send operation. */
export const SEND_BATCH_PATH = "/im/v2/conversations/messages" as const;

/** The API version of the spec this package was generated from: its `info.version`. */
export const SPEC_VERSION = "2.4.0" as const;

/**
 * SHA-256 of that spec's content (the parsed document with sorted keys, so YAML layout and comments
 * do not count). `pnpm generate` refuses a spec whose content changed while `info.version` did not.
 */
export const SPEC_SHA256 = "39c51f5b91658896e8c6cca05f5b6ba136c57285b09c81c4e5064e9c11b75d24" as const;

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

/** Object keys whose integer values are int64 and are delivered as decimal strings. */
export const LOSSLESS_INTEGER_KEYS: readonly string[] = [
  "message_server_id",
  "room_id"
];

/** The request body's JSON Schema with every $ref resolved, used for validation before sending. */
export const SEND_BATCH_REQUEST_SCHEMA = {
  "title": "SendBatchRequest",
  "type": "object",
  "description": "One message from `sender_id` to each of `receiver_ids`.",
  "required": [
    "sender_id",
    "receiver_ids",
    "message"
  ],
  "properties": {
    "sender_id": {
      "title": "AccountId",
      "type": "string",
      "minLength": 1,
      "maxLength": 32,
      "pattern": "^[a-z0-9_@.-]*$",
      "x-pattern-description": "lower-case letters, digits, `_`, `@`, `.` and `-` only",
      "description": "An IM account id (accid): at most 32 characters, only letters, digits, `_`, `@`, `.` and `-`\n[official, v2 注册 IM 账号 `POST /im/v2/accounts`]. The server lower-cases `account_id` when it\ncreates the account [official], so no account id has an upper-case letter, and this spec\ntakes lower case only: `Alice` can never name an account as written, and whether the\nbatch-send endpoint lower-cases it too is not documented [inferred]. Lower-case ids before\nsending (the account is `alice`).\n"
    },
    "receiver_ids": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "items": {
        "title": "AccountId",
        "type": "string",
        "minLength": 1,
        "maxLength": 32,
        "pattern": "^[a-z0-9_@.-]*$",
        "x-pattern-description": "lower-case letters, digits, `_`, `@`, `.` and `-` only",
        "description": "An IM account id (accid): at most 32 characters, only letters, digits, `_`, `@`, `.` and `-`\n[official, v2 注册 IM 账号 `POST /im/v2/accounts`]. The server lower-cases `account_id` when it\ncreates the account [official], so no account id has an upper-case letter, and this spec\ntakes lower case only: `Alice` can never name an account as written, and whether the\nbatch-send endpoint lower-cases it too is not documented [inferred]. Lower-case ids before\nsending (the account is `alice`).\n"
      },
      "description": "The receivers, 1..100 accounts per call."
    },
    "message": {
      "title": "Message",
      "description": "The message, a union on `message_type`: text (0) and tip (10) require `text`\n(≤ 5000 characters); every other type requires `attachment` and takes an optional search\n`text` (≤ 500 characters).\n",
      "oneOf": [
        {
          "title": "TextMessage",
          "type": "object",
          "description": "A text message (`message_type` 0).",
          "required": [
            "message_type",
            "text"
          ],
          "properties": {
            "message_type": {
              "const": 0,
              "type": "integer",
              "description": "0: text."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "BodyText",
              "type": "string",
              "maxLength": 5000,
              "description": "The text of a text (0) or tip (10) message, ≤ 5000 characters. (The older Apifox page and the\nseed say ≤ 500; the current official field table says 5000.)\n"
            },
            "attachment": {
              "title": "AnyAttachment",
              "type": "object",
              "additionalProperties": true,
              "description": "An attachment object. Text messages accept one too (the seed's own example carries one and the\nAPI takes it).\n"
            }
          },
          "additionalProperties": false
        },
        {
          "title": "ImageMessage",
          "type": "object",
          "description": "An image message (`message_type` 1).",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 1,
              "type": "integer",
              "description": "1: image."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "ImageAttachment",
              "type": "object",
              "description": "Image attributes. Keys follow the v1 format [community]; v2 key names are unverified: the\nApifox example uses `width`/`height` where v1 used `w`/`h`, so both are accepted and extra keys\nare allowed.\n",
              "required": [
                "url"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "description": "File name."
                },
                "md5": {
                  "type": "string",
                  "description": "MD5 of the file."
                },
                "url": {
                  "type": "string",
                  "description": "Where the image is stored."
                },
                "ext": {
                  "type": "string",
                  "description": "File extension, e.g. `jpg`."
                },
                "width": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Width in pixels (v2 spelling)."
                },
                "height": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Height in pixels (v2 spelling)."
                },
                "w": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Width in pixels (v1 spelling)."
                },
                "h": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Height in pixels (v1 spelling)."
                },
                "size": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Size in bytes."
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        },
        {
          "title": "AudioMessage",
          "type": "object",
          "description": "An audio message (`message_type` 2).",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 2,
              "type": "integer",
              "description": "2: audio."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "AudioAttachment",
              "type": "object",
              "description": "Audio attributes, v1 format [community]; extra keys are allowed.",
              "required": [
                "url"
              ],
              "properties": {
                "dur": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Duration in milliseconds."
                },
                "md5": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "ext": {
                  "type": "string",
                  "description": "e.g. `aac`."
                },
                "size": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Size in bytes."
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        },
        {
          "title": "VideoMessage",
          "type": "object",
          "description": "A video message (`message_type` 3).",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 3,
              "type": "integer",
              "description": "3: video."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "VideoAttachment",
              "type": "object",
              "description": "Video attributes, v1 format [community]; `w|width` and `h|height` both accepted.",
              "required": [
                "url"
              ],
              "properties": {
                "dur": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Duration in milliseconds."
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
                  "type": "string",
                  "description": "e.g. `mp4`."
                },
                "size": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Size in bytes."
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        },
        {
          "title": "LocationMessage",
          "type": "object",
          "description": "A location message (`message_type` 4).",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 4,
              "type": "integer",
              "description": "4: location."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "LocationAttachment",
              "type": "object",
              "description": "Location attributes, v1 format [community]; extra keys are allowed.",
              "required": [
                "lng",
                "lat"
              ],
              "properties": {
                "title": {
                  "type": "string",
                  "description": "Place name."
                },
                "lng": {
                  "type": "number",
                  "minimum": -180,
                  "maximum": 180,
                  "description": "Longitude."
                },
                "lat": {
                  "type": "number",
                  "minimum": -90,
                  "maximum": 90,
                  "description": "Latitude."
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        },
        {
          "title": "FileMessage",
          "type": "object",
          "description": "A file message (`message_type` 6).",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 6,
              "type": "integer",
              "description": "6: file."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "FileAttachment",
              "type": "object",
              "description": "File attributes, v1 format [community]; extra keys are allowed.",
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
                  "minimum": 0,
                  "description": "Size in bytes."
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        },
        {
          "title": "TipMessage",
          "type": "object",
          "description": "A tip message (`message_type` 10), shown as a notice in the conversation.",
          "required": [
            "message_type",
            "text"
          ],
          "properties": {
            "message_type": {
              "const": 10,
              "type": "integer",
              "description": "10: tip."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "BodyText",
              "type": "string",
              "maxLength": 5000,
              "description": "The text of a text (0) or tip (10) message, ≤ 5000 characters. (The older Apifox page and the\nseed say ≤ 500; the current official field table says 5000.)\n"
            },
            "attachment": {
              "title": "AnyAttachment",
              "type": "object",
              "additionalProperties": true,
              "description": "An attachment object. Text messages accept one too (the seed's own example carries one and the\nAPI takes it).\n"
            }
          },
          "additionalProperties": false
        },
        {
          "title": "CustomMessage",
          "type": "object",
          "description": "A custom message (`message_type` 100) whose content is the attachment object.",
          "required": [
            "message_type",
            "attachment"
          ],
          "properties": {
            "message_type": {
              "const": 100,
              "type": "integer",
              "description": "100: custom."
            },
            "sub_type": {
              "title": "SubType",
              "type": "integer",
              "exclusiveMinimum": 0,
              "description": "Custom sub-classification of the message, usable on any type. Must be > 0."
            },
            "text": {
              "title": "SearchText",
              "type": "string",
              "maxLength": 500,
              "description": "On a non-text message, an optional description used for message search, ≤ 500 characters."
            },
            "attachment": {
              "title": "CustomAttachment",
              "type": "object",
              "description": "The custom message content, any JSON object; its size limit depends on the plan.",
              "additionalProperties": true
            }
          },
          "additionalProperties": false
        }
      ]
    },
    "message_config": {
      "title": "MessageConfig",
      "type": "object",
      "description": "Message behaviour switches, all default `true`.",
      "properties": {
        "unread_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Counts towards the unread count."
        },
        "mutil_sync_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Synced to the sender's other devices. The wire name is spelled `mutil` (sic)."
        },
        "offline_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Stored as an offline message."
        },
        "history_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Stored in the cloud history."
        },
        "roaming_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Stored for roaming."
        },
        "conversation_update_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Updates the conversation's last message."
        }
      },
      "additionalProperties": false
    },
    "route_config": {
      "title": "RouteConfig",
      "type": "object",
      "description": "Forwarding (抄送) to the app's callback server.",
      "properties": {
        "route_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Forward this message to the callback server."
        },
        "route_environment": {
          "type": "string",
          "description": "Which configured callback environment receives it."
        }
      },
      "additionalProperties": false
    },
    "push_config": {
      "title": "PushConfig",
      "type": "object",
      "description": "Offline push.",
      "properties": {
        "push_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Push the message (是否推送)."
        },
        "push_nick_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Prefix the push text with the sender's nick."
        },
        "push_content": {
          "type": "string",
          "maxLength": 500,
          "description": "Push text (推送文案), ≤ 500 characters."
        },
        "push_payload": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 2048,
          "description": "Push payload, a JSON object serialised as a string, ≤ 2048 characters. `null` is accepted\n(the seed's own request carries it and the API takes it).\n"
        },
        "push_forcepush_all": {
          "type": "boolean",
          "default": false,
          "description": "Force-push to every receiver."
        },
        "push_forcepush_ids": {
          "type": "array",
          "items": {
            "title": "AccountId",
            "type": "string",
            "minLength": 1,
            "maxLength": 32,
            "pattern": "^[a-z0-9_@.-]*$",
            "x-pattern-description": "lower-case letters, digits, `_`, `@`, `.` and `-` only",
            "description": "An IM account id (accid): at most 32 characters, only letters, digits, `_`, `@`, `.` and `-`\n[official, v2 注册 IM 账号 `POST /im/v2/accounts`]. The server lower-cases `account_id` when it\ncreates the account [official], so no account id has an upper-case letter, and this spec\ntakes lower case only: `Alice` can never name an account as written, and whether the\nbatch-send endpoint lower-cases it too is not documented [inferred]. Lower-case ids before\nsending (the account is `alice`).\n"
          },
          "description": "Receivers that get a forced push."
        },
        "push_forcepush_content": {
          "type": "string",
          "maxLength": 500,
          "description": "Forced-push text (强推文案), ≤ 500 characters."
        }
      },
      "additionalProperties": false
    },
    "p2p_option": {
      "title": "P2pOption",
      "type": "object",
      "description": "Single-chat options.",
      "properties": {
        "check_friend": {
          "type": "boolean",
          "default": false,
          "description": "Refuse receivers who are not the sender's friends."
        }
      },
      "additionalProperties": false
    },
    "antispam_config": {
      "title": "AntispamConfig",
      "type": "object",
      "description": "安全通 (content moderation).",
      "properties": {
        "antispam_enabled": {
          "type": "boolean",
          "default": true,
          "description": "Moderate this message."
        },
        "antispam_business_id": {
          "type": "string",
          "description": "Moderation business id."
        },
        "antispam_extension": {
          "type": [
            "string",
            "null"
          ],
          "description": "Moderation extension parameters. `null` is accepted (seen in the seed)."
        },
        "antispam_cheating": {
          "type": [
            "string",
            "null"
          ],
          "description": "Anti-cheating parameters, a JSON string. `null` is accepted (seen in the seed)."
        },
        "antispam_custom_message_enabled": {
          "type": "boolean",
          "default": false,
          "description": "Moderate `antispam_custom_message` instead of the message's own content [SDK-J, SDK-G]."
        },
        "antispam_custom_message": {
          "type": "string",
          "description": "The content to moderate, a JSON string; required when `antispam_custom_message_enabled`\nis true [SDK-J@bf88b33 checks].\n"
        }
      },
      "additionalProperties": false
    },
    "sender_no_sense": {
      "type": "boolean",
      "default": false,
      "description": "The sender's side does not see the message (发送方无感知) [inferred meaning]."
    },
    "receiver_no_sense": {
      "type": "boolean",
      "default": false,
      "description": "The receiver's side does not see the message (接收方无感知) [inferred meaning]."
    },
    "extension": {
      "type": "string",
      "description": "Developer extension, a JSON string (v1 limited it to 1024 characters [community])."
    },
    "need_message_detail": {
      "type": "boolean",
      "default": false,
      "description": "Return message details in `success_list` [official field; effect undocumented]."
    }
  },
  "additionalProperties": false
} as const;

/** The schema of the `X-custom-traceid` header, checked before sending a call's trace id. */
export const TRACE_ID_HEADER_SCHEMA = {
  "type": "string",
  "minLength": 1,
  "pattern": "^[\\x21-\\x7E]+$"
} as const;
