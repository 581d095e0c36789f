/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/im/v2/conversations/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one message to up to 100 single-chat receivers (批量发送单聊消息)
         * @description Sends the same message from `sender_id` into the P2P conversation with each of
         *     `receiver_ids` (1..100 accounts per call). The batch-send category is rate limited per app
         *     (120 calls a minute by default, see `code` 416).
         *
         *     The answer is always HTTP 200: `code` 200 with `data.success_list` (one item per delivered
         *     receiver) and, on partial success, `data.failed_list` (one item per refused receiver);
         *     any other `code` means nothing was sent and `msg` says why.
         */
        post: operations["sendBatchMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An IM account id (accid): at most 32 characters, only letters, digits, `_`, `@`, `.` and `-`
         *     [official, v2 注册 IM 账号 `POST /im/v2/accounts`]. The server lower-cases `account_id` when it
         *     creates the account [official], so no account id has an upper-case letter, and this spec
         *     takes lower case only: `Alice` can never name an account as written, and whether the
         *     batch-send endpoint lower-cases it too is not documented [inferred]. Lower-case ids before
         *     sending (the account is `alice`).
         *
         *     Limits: minLength 1, maxLength 32, pattern "^[a-z0-9_@.-]*$".
         */
        AccountId: string;
        /**
         * @description The message type:
         *     - `0` text (文本): `text` required, ≤ 5000 characters.
         *     - `1` image (图片): `attachment` required.
         *     - `2` audio (语音): `attachment` required.
         *     - `3` video (视频): `attachment` required.
         *     - `4` location (地理位置): `attachment` required.
         *     - `6` file (文件): `attachment` required.
         *     - `10` tip (提示): `text` required, ≤ 5000 characters.
         *     - `100` custom (自定义): `attachment` required, free JSON object.
         * @enum {integer}
         */
        MessageType: 0 | 1 | 2 | 3 | 4 | 6 | 10 | 100;
        /**
         * @description Custom sub-classification of the message, usable on any type. Must be > 0.
         *
         *     Limits: exclusiveMinimum 0.
         */
        SubType: number;
        /**
         * @description On a non-text message, an optional description used for message search, ≤ 500 characters.
         *
         *     Limits: maxLength 500.
         */
        SearchText: string;
        /**
         * @description The text of a text (0) or tip (10) message, ≤ 5000 characters. (The older Apifox page and the
         *     seed say ≤ 500; the current official field table says 5000.)
         *
         *     Limits: maxLength 5000.
         */
        BodyText: string;
        /**
         * @description An attachment object. Text messages accept one too (the seed's own example carries one and the
         *     API takes it).
         */
        AnyAttachment: {
            [key: string]: unknown;
        };
        /**
         * @description Image attributes. Keys follow the v1 format [community]; v2 key names are unverified: the
         *     Apifox example uses `width`/`height` where v1 used `w`/`h`, so both are accepted and extra keys
         *     are allowed.
         */
        ImageAttachment: {
            /** @description File name. */
            name?: string;
            /** @description MD5 of the file. */
            md5?: string;
            /** @description Where the image is stored. */
            url: string;
            /** @description File extension, e.g. `jpg`. */
            ext?: string;
            /**
             * @description Width in pixels (v2 spelling).
             *
             *     Limits: minimum 0.
             */
            width?: number;
            /**
             * @description Height in pixels (v2 spelling).
             *
             *     Limits: minimum 0.
             */
            height?: number;
            /**
             * @description Width in pixels (v1 spelling).
             *
             *     Limits: minimum 0.
             */
            w?: number;
            /**
             * @description Height in pixels (v1 spelling).
             *
             *     Limits: minimum 0.
             */
            h?: number;
            /**
             * @description Size in bytes.
             *
             *     Limits: minimum 0.
             */
            size?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Audio attributes, v1 format [community]; extra keys are allowed. */
        AudioAttachment: {
            /**
             * @description Duration in milliseconds.
             *
             *     Limits: minimum 0.
             */
            dur?: number;
            md5?: string;
            url: string;
            /** @description e.g. `aac`. */
            ext?: string;
            /**
             * @description Size in bytes.
             *
             *     Limits: minimum 0.
             */
            size?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Video attributes, v1 format [community]; `w|width` and `h|height` both accepted. */
        VideoAttachment: {
            /**
             * @description Duration in milliseconds.
             *
             *     Limits: minimum 0.
             */
            dur?: number;
            md5?: string;
            url: string;
            /** @description Limits: minimum 0. */
            width?: number;
            /** @description Limits: minimum 0. */
            height?: number;
            /** @description Limits: minimum 0. */
            w?: number;
            /** @description Limits: minimum 0. */
            h?: number;
            /** @description e.g. `mp4`. */
            ext?: string;
            /**
             * @description Size in bytes.
             *
             *     Limits: minimum 0.
             */
            size?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Location attributes, v1 format [community]; extra keys are allowed. */
        LocationAttachment: {
            /** @description Place name. */
            title?: string;
            /**
             * @description Longitude.
             *
             *     Limits: minimum -180, maximum 180.
             */
            lng: number;
            /**
             * @description Latitude.
             *
             *     Limits: minimum -90, maximum 90.
             */
            lat: number;
        } & {
            [key: string]: unknown;
        };
        /** @description File attributes, v1 format [community]; extra keys are allowed. */
        FileAttachment: {
            name?: string;
            md5?: string;
            url: string;
            ext?: string;
            /**
             * @description Size in bytes.
             *
             *     Limits: minimum 0.
             */
            size?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The custom message content, any JSON object; its size limit depends on the plan. */
        CustomAttachment: {
            [key: string]: unknown;
        };
        /**
         * TextMessage
         * @description A text message (`message_type` 0).
         */
        TextMessage: {
            /**
             * @description 0: text.
             * @constant
             */
            message_type: 0;
            sub_type?: components["schemas"]["SubType"];
            text: components["schemas"]["BodyText"];
            attachment?: components["schemas"]["AnyAttachment"];
        };
        /**
         * TipMessage
         * @description A tip message (`message_type` 10), shown as a notice in the conversation.
         */
        TipMessage: {
            /**
             * @description 10: tip.
             * @constant
             */
            message_type: 10;
            sub_type?: components["schemas"]["SubType"];
            text: components["schemas"]["BodyText"];
            attachment?: components["schemas"]["AnyAttachment"];
        };
        /**
         * ImageMessage
         * @description An image message (`message_type` 1).
         */
        ImageMessage: {
            /**
             * @description 1: image.
             * @constant
             */
            message_type: 1;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["ImageAttachment"];
        };
        /**
         * AudioMessage
         * @description An audio message (`message_type` 2).
         */
        AudioMessage: {
            /**
             * @description 2: audio.
             * @constant
             */
            message_type: 2;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["AudioAttachment"];
        };
        /**
         * VideoMessage
         * @description A video message (`message_type` 3).
         */
        VideoMessage: {
            /**
             * @description 3: video.
             * @constant
             */
            message_type: 3;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["VideoAttachment"];
        };
        /**
         * LocationMessage
         * @description A location message (`message_type` 4).
         */
        LocationMessage: {
            /**
             * @description 4: location.
             * @constant
             */
            message_type: 4;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["LocationAttachment"];
        };
        /**
         * FileMessage
         * @description A file message (`message_type` 6).
         */
        FileMessage: {
            /**
             * @description 6: file.
             * @constant
             */
            message_type: 6;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["FileAttachment"];
        };
        /**
         * CustomMessage
         * @description A custom message (`message_type` 100) whose content is the attachment object.
         */
        CustomMessage: {
            /**
             * @description 100: custom.
             * @constant
             */
            message_type: 100;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["CustomAttachment"];
        };
        /**
         * @description The message, a union on `message_type`: text (0) and tip (10) require `text`
         *     (≤ 5000 characters); every other type requires `attachment` and takes an optional search
         *     `text` (≤ 500 characters).
         */
        Message: components["schemas"]["TextMessage"] | components["schemas"]["ImageMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["VideoMessage"] | components["schemas"]["LocationMessage"] | components["schemas"]["FileMessage"] | components["schemas"]["TipMessage"] | components["schemas"]["CustomMessage"];
        /** @description Message behaviour switches, all default `true`. */
        MessageConfig: {
            /**
             * @description Counts towards the unread count.
             * @default true
             */
            unread_enabled?: boolean;
            /**
             * @description Synced to the sender's other devices. The wire name is spelled `mutil` (sic).
             * @default true
             */
            mutil_sync_enabled?: boolean;
            /**
             * @description Stored as an offline message.
             * @default true
             */
            offline_enabled?: boolean;
            /**
             * @description Stored in the cloud history.
             * @default true
             */
            history_enabled?: boolean;
            /**
             * @description Stored for roaming.
             * @default true
             */
            roaming_enabled?: boolean;
            /**
             * @description Updates the conversation's last message.
             * @default true
             */
            conversation_update_enabled?: boolean;
        };
        /** @description Forwarding (抄送) to the app's callback server. */
        RouteConfig: {
            /**
             * @description Forward this message to the callback server.
             * @default true
             */
            route_enabled?: boolean;
            /** @description Which configured callback environment receives it. */
            route_environment?: string;
        };
        /** @description Offline push. */
        PushConfig: {
            /**
             * @description Push the message (是否推送).
             * @default true
             */
            push_enabled?: boolean;
            /**
             * @description Prefix the push text with the sender's nick.
             * @default true
             */
            push_nick_enabled?: boolean;
            /**
             * @description Push text (推送文案), ≤ 500 characters.
             *
             *     Limits: maxLength 500.
             */
            push_content?: string;
            /**
             * @description Push payload, a JSON object serialised as a string, ≤ 2048 characters. `null` is accepted
             *     (the seed's own request carries it and the API takes it).
             *
             *     Limits: maxLength 2048.
             */
            push_payload?: string | null;
            /**
             * @description Force-push to every receiver.
             * @default false
             */
            push_forcepush_all?: boolean;
            /** @description Receivers that get a forced push. */
            push_forcepush_ids?: components["schemas"]["AccountId"][];
            /**
             * @description Forced-push text (强推文案), ≤ 500 characters.
             *
             *     Limits: maxLength 500.
             */
            push_forcepush_content?: string;
        };
        /** @description Single-chat options. */
        P2pOption: {
            /**
             * @description Refuse receivers who are not the sender's friends.
             * @default false
             */
            check_friend?: boolean;
        };
        /** @description 安全通 (content moderation). */
        AntispamConfig: {
            /**
             * @description Moderate this message.
             * @default true
             */
            antispam_enabled?: boolean;
            /** @description Moderation business id. */
            antispam_business_id?: string;
            /** @description Moderation extension parameters. `null` is accepted (seen in the seed). */
            antispam_extension?: string | null;
            /** @description Anti-cheating parameters, a JSON string. `null` is accepted (seen in the seed). */
            antispam_cheating?: string | null;
        };
        /** @description One message from `sender_id` to each of `receiver_ids`. */
        SendBatchRequest: {
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The receivers, 1..100 accounts per call.
             *
             *     Limits: minItems 1, maxItems 100.
             */
            receiver_ids: components["schemas"]["AccountId"][];
            message: components["schemas"]["Message"];
            message_config?: components["schemas"]["MessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            push_config?: components["schemas"]["PushConfig"];
            p2p_option?: components["schemas"]["P2pOption"];
            antispam_config?: components["schemas"]["AntispamConfig"];
            /**
             * @description The sender's side does not see the message (发送方无感知) [inferred meaning].
             * @default false
             */
            sender_no_sense?: boolean;
            /**
             * @description The receiver's side does not see the message (接收方无感知) [inferred meaning].
             * @default false
             */
            receiver_no_sense?: boolean;
            /** @description Developer extension, a JSON string (v1 limited it to 1024 characters [community]). */
            extension?: string;
            /**
             * @description Return message details in `success_list` [official field; effect undocumented].
             * @default false
             */
            need_message_detail?: boolean;
        };
        /** @description One delivered receiver. */
        SuccessItem: {
            /**
             * Format: int64
             * @description Server message id, an int64 that can exceed 2^53. The generated client types and the
             *     client deliver it as a **decimal string**, parsed losslessly from the raw JSON.
             */
            message_server_id: string;
            /** @description Client message id (present in the Go SDK's model). */
            message_client_id?: string;
            sender_id?: string;
            receiver_id: string;
            /** @description 1: P2P conversation. */
            conversation_type?: number;
            /** @description Creation time, milliseconds since the epoch. */
            create_time?: number;
            message_type?: components["schemas"]["MessageType"];
            sub_type?: number;
            text?: string;
            attachment?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One refused receiver. The receiver is under `account_id` (Java SDK, the official example of
         *     the sibling batch call) or `receiver_id` (Go SDK): both are accepted [official, conflicting].
         */
        FailedItem: {
            /** @description The refused receiver (Java SDK spelling). */
            account_id?: string;
            /** @description The refused receiver (Go SDK spelling). */
            receiver_id?: string;
            /** @description Why, e.g. 102404 (probably: account does not exist [inferred]). */
            error_code: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Empty on error. */
        SendBatchData: {
            success_list?: components["schemas"]["SuccessItem"][];
            failed_list?: components["schemas"]["FailedItem"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The outcome of every call, in the envelope of every answer. 200 success (for batch calls
         *     possibly partial). Errors: 414 parameter error (also a bad CheckSum or a stale CurTime); 416
         *     rate limited (calls are then blocked for about a minute); 403 no permission; 404 not found;
         *     405 parameter too long; 408 timeout; 417 duplicate operation; 419 count over limit; 431
         *     duplicate HTTP request (trace id seen before [inferred]); 500 internal error; 503 busy; 514
         *     service unavailable. Operation-specific codes (e.g. 102404) appear too.
         */
        ResultCode: number;
        /** @description "success", or the reason of the error. */
        ResultMsg: string;
        /** @description The envelope of every answer. */
        SendBatchResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendBatchData"];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Set by the signing middleware. Presence is required by the `AppKey` security scheme; it is
         *     declared here as well so that its format is part of the contract.
         */
        AppKeyHeader: string;
        /** @description Set by the signing middleware. Random, at most 128 characters, fresh per request. */
        NonceHeader: string;
        /** @description Set by the signing middleware. Unix time in **seconds**, decimal digits. */
        CurTimeHeader: string;
        /** @description Set by the signing middleware. 40 lowercase hex characters (SHA-1). */
        CheckSumHeader: string;
        /**
         * @description The server de-duplicates requests by this id. Use a fresh id per logical call and keep the
         *     same id across the retries of that call, so that a retry is never delivered twice.
         *
         *     Visible ASCII without spaces: a header value must be bytes (`fetch` refuses other
         *     characters with a TypeError) and loses its leading and trailing spaces on the way, so a
         *     blank id would arrive empty. No length limit is documented; a UUID (36 characters, what
         *     the docs' example generates) is safe [inferred].
         */
        TraceIdHeader: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sendBatchMessages: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Set by the signing middleware. Presence is required by the `AppKey` security scheme; it is
                 *     declared here as well so that its format is part of the contract.
                 */
                AppKey?: components["parameters"]["AppKeyHeader"];
                /** @description Set by the signing middleware. Random, at most 128 characters, fresh per request. */
                Nonce?: components["parameters"]["NonceHeader"];
                /** @description Set by the signing middleware. Unix time in **seconds**, decimal digits. */
                CurTime?: components["parameters"]["CurTimeHeader"];
                /** @description Set by the signing middleware. 40 lowercase hex characters (SHA-1). */
                CheckSum?: components["parameters"]["CheckSumHeader"];
                /**
                 * @description The server de-duplicates requests by this id. Use a fresh id per logical call and keep the
                 *     same id across the retries of that call, so that a retry is never delivered twice.
                 *
                 *     Visible ASCII without spaces: a header value must be bytes (`fetch` refuses other
                 *     characters with a TypeError) and loses its leading and trailing spaces on the way, so a
                 *     blank id would arrive empty. No length limit is documented; a UUID (36 characters, what
                 *     the docs' example generates) is safe [inferred].
                 */
                "X-custom-traceid"?: components["parameters"]["TraceIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendBatchRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200. `code` 200 is success (possibly partial, see `data.failed_list`);
             *     any other `code` is an error and `data` is an empty object.
             */
            200: {
                headers: {
                    /** @description The trace id of the request, when the server echoes it [inferred]. */
                    "X-custom-traceid"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBatchResponse"];
                };
            };
        };
    };
}
