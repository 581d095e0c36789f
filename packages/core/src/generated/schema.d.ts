/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/im/v2/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query several accounts (批量查询账号信息)
         * @description Returns, for each of `account_ids`, the account's settings (`data.success_list`), and for
         *     each id that names no account an error (`data.failed_list`); the envelope's `code` stays
         *     200 when only some ids fail [SDK-J `account/AccountV2Service.java:74`, SDK-G, official doc
         *     zQ2NjMyMTI, AF api-147175988].
         *
         *     Both SDKs send the ids comma-joined in one `account_ids` query parameter (`a,b,c`)
         *     [SDK-J, SDK-G]; an account id cannot hold a comma (see `AccountId`), so the join is
         *     unambiguous. Neither SDK nor the pages read state a maximum number of ids per call, so
         *     the spec sets none [gap]: a server-side limit, if there is one, answers 414.
         *
         *     Yunxin's Apifox page documents `success_list`/`failed_list` but its example shows one
         *     account's fields directly under `data`; the answer keeps unknown fields, so both shapes
         *     pass [AF api-147175988].
         */
        get: operations["batchQueryAccounts"];
        put?: never;
        /**
         * Register an IM account (注册 IM 账号)
         * @description Registers the IM account `account_id` (accid), optionally with its login token, its
         *     feature bans, its profile (名片) and the moderation of that profile, and answers the new
         *     account with its token [SDK-J `account/AccountV2Service.java:43`, SDK-G, official doc
         *     TQyNjgyMzc, AF api-140031576].
         *
         *     - `account_id` is required, ≤ 32 characters, letters, digits, `_`, `@`, `.` and `-` only;
         *       the server lower-cases it, so this spec takes lower case only (see `AccountId`) and the
         *       id to use afterwards is the one answered [official doc TQyNjgyMzc].
         *     - `token` is ≤ 128 characters; without one the server generates it, and it stays valid
         *       until it is updated or refreshed [official doc TQyNjgyMzc, AF api-140031576].
         *     - The profile's limits (`user_information`) are Yunxin's Apifox page's [AF api-140031576].
         *     - `configuration.push_enabled_when_desktop_online` is in Yunxin's Apifox schema and in
         *       SDK-G's configuration, not in SDK-J's create request; it is accepted [AF, SDK-G].
         *
         *     Rate limit: single-call; an older version of the official page gave 100 calls a second
         *     for this endpoint, blocked for 10 s when exceeded [official doc TQyNjgyMzc, 2024/03/13].
         *
         *     Idempotent: the caller chooses the id, so a repeat cannot register a second account. A
         *     repeat after an answer that was lost is refused as a duplicate account instead of
         *     answering the token; if the server generated that token, `refreshToken` issues a new one
         *     [inferred].
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account's settings (查询账号属性)
         * @description Returns the account's feature switches (disabled, muted per conversation kind, push while
         *     a desktop is online) [SDK-J `account/AccountV2Service.java:138`, SDK-G, official doc
         *     Dc5NzYxMTA]. Path only, no query parameters [SDK-J, SDK-G].
         *
         *     SDK-G also reads a `token` from the answer, SDK-J does not [SDK-G, SDK-J]; the answer
         *     declares it as optional, so both pass.
         */
        get: operations["getAccountDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an account's token, bans or profile (更新账号属性)
         * @description Sets the account's login token, its feature switches (`configuration`: disabled, muted
         *     in single chats, teams, chatrooms, QChat, push while a desktop is online) and, optionally,
         *     forces it offline (`need_kick`) with an extension the kicked clients receive [SDK-J
         *     `account/AccountV2Service.java:56`, SDK-G, official doc TgwNTIyODk, AF api-147081129].
         *     Absent fields keep their value. The answer is the account with its token and switches.
         *
         *     `user_information` (the profile) is sent by both SDKs [SDK-J since `e1be13a`, SDK-G] but
         *     is not on Yunxin's Apifox page [AF api-147081129]; `updateUser` is the documented way to
         *     change the profile, so prefer it [inferred]. The spec accepts the field.
         *
         *     Idempotent: the fields are set to values; a repeat with `need_kick` forces the account's
         *     devices offline again, which is what the first request asked for.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/im/v2/accounts/{account_id}/actions/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or re-enable an account (封禁账号)
         * @description `enabled: false` disables the account (封禁: it can no longer log in), `enabled: true`
         *     enables it again; `need_kick` also forces its online devices offline, with an extension
         *     the kicked clients receive [SDK-J `account/AccountV2Service.java:96`, SDK-G, official doc
         *     TIxMzI4MjE].
         *
         *     `enabled` is required: SDK-J always sends it and SDK-G's field has no `omitempty`
         *     [SDK-J, SDK-G]. SDK-J answers `account_id` and `configuration`; SDK-G also reads a
         *     top-level `enabled` [SDK-J, SDK-G]: both are declared.
         */
        patch: operations["disableAccount"];
        trace?: never;
    };
    "/im/v2/accounts/{account_id}/actions/push_config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set whether mobiles get pushes while a desktop is online (更新移动端推送配置)
         * @description Sets whether the account's mobile devices still get push notifications while one of its
         *     desktop clients (PC, Web, macOS) is online [SDK-J `account/AccountV2Service.java:120`,
         *     SDK-G, official doc zU3OTk0MTg]. The one field is required: both SDKs always send it
         *     (SDK-G without `omitempty`) [SDK-J, SDK-G].
         *
         *     SDK-J answers `account_id` and `configuration`, SDK-G `account_id` and a top-level
         *     `push_enabled_when_desktop_online` [SDK-J, SDK-G]: both are declared.
         */
        patch: operations["setPushConfig"];
        trace?: never;
    };
    "/im/v2/accounts/{account_id}/actions/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force an account's devices offline (强制账号下线)
         * @description Forces the account's devices offline: `type` 1 every device, 2 the devices of
         *     `device_id_list`, 3 every device except those of `device_id_list`; the kicked clients
         *     receive `kick_notify_extension` [SDK-J `account/AccountV2Service.java:154`, SDK-G comments,
         *     official doc TkwNjgzNTk]. `device_id_list` holds at most 20 device ids, the extension at
         *     most 256 characters [SDK-J, SDK-G comments].
         *
         *     `type` is required: SDK-J always sends it and no value means "no device" [SDK-J;
         *     inferred]. `device_id_list` is needed for types 2 and 3 [SDK-G comment]; the spec does
         *     not enforce that pairing, the server answers 414.
         *
         *     The answer lists each kicked device (`success_list`: device id, client type, connection
         *     id, login time in ms) and each device that could not be kicked (`failed_list`) [SDK-J
         *     `KickAccountResponseV2`, SDK-G].
         *
         *     Idempotent: a repeat forces offline the same devices, which are offline already.
         */
        post: operations["kickAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/accounts/{account_id}/actions/refresh_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Refresh an account's token (刷新 Token)
         * @description Replaces the account's login token with a new one the server generates, and answers it
         *     [SDK-J `account/AccountV2Service.java:180`, SDK-G, official doc DUwODIwMTg]. The old
         *     token stops working [inferred from the name and the v1 call it replaces].
         *
         *     No request body: both SDKs send the path only [SDK-J, SDK-G]. Yunxin's Apifox page shows
         *     an example body with a `token`, but its body schema is empty [AF api-147117872]; to set a
         *     token of your own, use `updateAccount`.
         *
         *     SDK-J answers `account_id`, `token` and `configuration`, SDK-G `account_id` and `token`;
         *     the Apifox example misspells `configuration` as `configration` [SDK-J, SDK-G, AF]; the
         *     answer keeps unknown fields, so every variant passes.
         *
         *     Not idempotent: each call issues another token and invalidates the previous one, so the
         *     client does not repeat it after an ambiguous failure; call it again yourself and use the
         *     token it answers.
         */
        patch: operations["refreshToken"];
        trace?: never;
    };
    "/im/v2/block_contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through an account's block list (分页查询黑名单列表)
         * @description Lists the account ids on the block list of `account_id`, a page at a time: pass the
         *     answer's `next_token` as `page_token` while `has_more` is true [SDK-J
         *     `block/BlockV2Service.java:99`, SDK-G, official doc TM0MjkzNTI]. `items` are plain account
         *     id strings [SDK-J comment: "an array of strings (account IDs), not an array of objects"].
         *
         *     Neither SDK nor the pages read give a default or a maximum page size, so the spec
         *     bounds `limit` only below [gap].
         */
        get: operations["listBlockContacts"];
        put?: never;
        /**
         * Add a contact to an account's block list (列入黑名单)
         * @description Puts `contact_account_id` on the block list (黑名单) of `account_id`: the account no
         *     longer receives the contact's messages [SDK-J `block/BlockV2Service.java:48`, SDK-G,
         *     official doc Dk0MTM1MTE]. Both ids are sent in the body, both are required [SDK-J, SDK-G].
         *     The answer carries no data [SDK-J, SDK-G: empty classes].
         *
         *     Idempotent: the contact is on the list after a repeat as after the first call.
         */
        post: operations["addBlockContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/block_contacts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a contact from an account's block list (移出黑名单)
         * @description Takes `contact_account_id` off the block list of the account in the path [SDK-J
         *     `block/BlockV2Service.java:73`, SDK-G, official doc DE0MzMwNTI]. The contact is a query
         *     parameter; no body [SDK-J, SDK-G]. The answer carries no data.
         *
         *     Idempotent: the contact is off the list after a repeat as after the first call.
         */
        delete: operations["removeBlockContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/mute_contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through an account's muted contacts (分页查询静音列表)
         * @description Lists the account ids `account_id` has muted, a page at a time: pass the answer's
         *     `next_token` as `page_token` while `has_more` is true [SDK-J `mute/MuteV2Service.java:68`,
         *     SDK-G, official doc Tg4MDk4NzA]. No default or maximum page size is documented [gap].
         *
         *     SDK-J's answer class has no `@JSONField` names (`hasMore`, `nextToken`), while SDK-G and
         *     SDK-J's sibling block list read `has_more` and `next_token`; the snake_case names are
         *     what the API answers, SDK-J's mute class is a bug [inferred].
         */
        get: operations["listMuteContacts"];
        put?: never;
        /**
         * Mute a contact for an account (设置静音)
         * @description Puts `contact_account_id` on the mute list (静音, 免打扰) of `account_id`: the contact's
         *     messages still arrive, without push notifications [SDK-J `mute/MuteV2Service.java:32`,
         *     SDK-G, official doc DEzNTg0Nzg; the effect inferred from SDK-G's comment 免打扰]. Both
         *     ids are in the body and required (SDK-G refuses either empty) [SDK-J, SDK-G]. The answer
         *     carries no data.
         *
         *     Idempotent: the contact is muted after a repeat as after the first call.
         */
        post: operations["addMuteContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/mute_contacts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unmute a contact for an account (解除静音)
         * @description Takes `contact_account_id` off the mute list of the account in the path [SDK-J
         *     `mute/MuteV2Service.java:48`, SDK-G, official doc jk1MTE5Nzc]. The contact is a query
         *     parameter; no body [SDK-J, SDK-G]. The answer carries no data.
         *
         *     Idempotent: the contact is unmuted after a repeat as after the first call.
         */
        delete: operations["removeMuteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through an account's friends (分页查询好友列表)
         * @description Lists the friends of `account_id` with their aliases and extensions, a page at a time:
         *     pass the answer's `next_token` as `page_token` while `has_more` is true [SDK-J
         *     `friend/FriendV2Service.java:154`, SDK-G, official doc DUyNzA2OTc]. `limit` defaults to
         *     100 and is at most 100 [official doc DUyNzA2OTc].
         *
         *     Both SDKs read a `total` next to the page [SDK-J `ListFriendsResponseV2`, SDK-G]; SDK-G
         *     also reads each friend's `create_time` and `update_time` (milliseconds) [SDK-G
         *     `FriendItemV2`], SDK-J and the page do not. All are optional in the answer.
         */
        get: operations["listFriends"];
        put?: never;
        /**
         * Add a friend or ask to be one (添加好友)
         * @description Makes `friend_account_id` a friend of `account_id` (`type` 1, at once), or sends it a
         *     friend request that it accepts or refuses with `handleFriendAddition` (`type` 2), with
         *     the alias, extensions and postscript (附言) the caller sets [SDK-J
         *     `friend/FriendV2Service.java:38`, SDK-G `friend/friend_v2_service_impl.go:14`, official
         *     doc TU5NDMzMjM]. Both ids are required (SDK-G refuses either empty) [SDK-G]. The answer is
         *     the friend as stored [SDK-J `AddFriendResponseV2`, SDK-G].
         *
         *     **Where `type` goes: the SDKs disagree.** SDK-J sends it as the query parameter `type`
         *     and removes it from the body [SDK-J L43-L50]; SDK-G sends it in the body and no query
         *     [SDK-G `friend_v2_requests.go:7`]. The page of the sibling `handleFriendAddition` puts its
         *     `type` in the query [official doc zAwMzgwNTU], so the query is what the API most likely
         *     reads [inferred]; the spec accepts either, and a caller should send the query one. The
         *     values, 1 add directly and 2 ask with verification, are SDK-G's comment and SDK-J's test
         *     [SDK-G, SDK-J `TestFriendV2.java:217`]. The alias and extension limits are those of
         *     `handleFriendAddition`'s page, which shares these fields [official doc zAwMzgwNTU].
         *
         *     Not idempotent: a repeat of a verification request (`type` 2) after a lost answer would
         *     deliver a second request to the contact [inferred].
         */
        post: operations["addFriend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/friends/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a friend (删除好友)
         * @description Ends the friendship of the account in the path with `friend_account_id`; with
         *     `delete_alias` true the alias the account gave the friend goes too [SDK-J
         *     `friend/FriendV2Service.java:64`, SDK-G, official doc Tk5NzI2ODQ]. Both are query
         *     parameters; no body [SDK-J, SDK-G]. The path is `/im/v2/…`, not the `/im/v2.1/…` of the
         *     other friend endpoints, in both SDKs [SDK-J `FriendV2UrlContext.java`, SDK-G]. The answer
         *     carries no data [SDK-J, SDK-G: empty answer classes].
         *
         *     Idempotent: the two are not friends after a repeat as after the first call.
         */
        delete: operations["deleteFriend"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/friends/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one friend of an account (查询单个好友信息)
         * @description Returns the alias and extensions the account in the path keeps for its friend
         *     `friend_account_id` [SDK-J `friend/FriendV2Service.java:134`, SDK-G, official doc
         *     DYwOTk2NjQ]. The friend is a query parameter; no body [SDK-J, SDK-G].
         */
        get: operations["getFriend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a friend's alias and extensions (更新好友信息)
         * @description Sets the alias, `extension` and `customer_extension` the account in the path keeps for its
         *     friend `friend_account_id`; absent fields stay as they are [SDK-J
         *     `friend/FriendV2Service.java:88`, SDK-G, official doc TcxMjIxMTg]. The body is SDK-J's
         *     request without `account_id`, which is the path [SDK-J L96]; `friend_account_id` is
         *     required (SDK-G refuses it empty) [SDK-G]. The answer is the friend as stored.
         *
         *     Idempotent: the friend holds the same values after a repeat.
         */
        patch: operations["updateFriend"];
        trace?: never;
    };
    "/im/v2.1/friends/actions/handle_friend_addition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or refuse a friend request (同意/拒绝添加好友)
         * @description `account_id` accepts (`type` 3) or refuses (`type` 4) the friend request that
         *     `friend_account_id` sent it with `addFriend` `type` 2, optionally with the alias and
         *     extensions it keeps for the new friend and a postscript (操作附言) [SDK-J
         *     `friend/FriendV2Service.java:110`, SDK-G, official doc zAwMzgwNTU]. Both ids are required
         *     [official doc zAwMzgwNTU, SDK-G]. The answer is the friend as stored.
         *
         *     **`type`: the sources disagree.** Yunxin's page and SDK-J send it as the query
         *     parameter `type`, 3 accept (the default) and 4 refuse [official doc zAwMzgwNTU, SDK-J
         *     `HandleFriendAdditionRequestV2.TYPE_ACCEPT`/`TYPE_REJECT`]. SDK-G sends it in the body
         *     only, as 1 accept and 2 refuse [SDK-G `friend_v2_requests.go:47-58`]; against the page,
         *     a server reading the query would take SDK-G's every call as the default, accept, so
         *     SDK-G's values are a bug, not the contract [inferred]. SDK-J also leaks `type` into the
         *     body (it is not removed after being put in the query) [SDK-J L111-L120]; the spec keeps
         *     it out. Yunxin's page gives the path as `/im/v2/…`, both SDKs call `/im/v2.1/…`; the
         *     spec follows the SDKs [official doc zAwMzgwNTU, SDK-J, SDK-G].
         *
         *     Idempotent: the request is handled once; a repeat finds it handled and changes nothing
         *     [inferred].
         */
        post: operations["handleFriendAddition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/subscription/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to accounts' online status (订阅在线状态事件)
         * @description The account in the path (the subscriber) subscribes to the online status events of
         *     `account_ids` for `duration` seconds; the answer lists the ids that could not be
         *     subscribed to [SDK-J `subscription/SubscriptionV2Service.java:37`, SDK-G, official doc
         *     zI4NjY1NzA, AF api-249865850]. `duration` is a required query parameter, 60 to 2592000
         *     seconds (one minute to 30 days) [AF api-249865850]; the ids are the JSON body [SDK-J,
         *     SDK-G].
         *
         *     At most 100 ids a call: the limit of Yunxin's v1 subscription API and of its client
         *     guide (每次调用最多只能订阅 100 个账号) [official doc jQyMjc1NTI, v1 event/subscribe/add];
         *     that v2 keeps it is [inferred]. SDK-J serializes its unannotated `subscriberAccountId`
         *     and `duration` into the body too [SDK-J `SubscribeUserStatusRequestV2` L10, L13]: they
         *     are the path and the query, leaks the spec keeps out (catalogue §1.3).
         *
         *     Idempotent: a repeat subscribes the same ids again, setting their expiry anew from the
         *     repeat, which is the same subscription [inferred].
         */
        post: operations["subscribeUserStatus"];
        /**
         * Unsubscribe from accounts' online status (取消订阅在线状态事件)
         * @description The account in the path stops watching the online status of `account_ids`; the answer
         *     lists the ids that could not be unsubscribed [SDK-J
         *     `subscription/SubscriptionV2Service.java:63`, SDK-G, official doc zUwMTY3Mzg]. A DELETE
         *     with a JSON body, in both SDKs [SDK-J, SDK-G]. Yunxin's API list gives POST for it, the
         *     method and path of subscribing, which cannot both hold: the list row is a typo
         *     [inferred, catalogue §1.3f]. At most 100 ids, as for subscribing [inferred]. SDK-J's
         *     leaked `subscriberAccountId` is kept out of the body.
         *
         *     Idempotent: the ids are unsubscribed after a repeat as after the first call.
         */
        delete: operations["unsubscribeUserStatus"];
        options?: never;
        head?: never;
        /**
         * Query an account's online status subscriptions (查询在线状态事件订阅关系)
         * @description Tells, for each of `account_ids`, whether the account in the path subscribes to its
         *     online status, with the event type and the subscription's start and expiry
         *     (milliseconds) [SDK-J `subscription/SubscriptionV2Service.java:85`, SDK-G, official doc
         *     jU4MjMwMTE]. A query sent as a PATCH with a JSON body: both SDKs and Yunxin's list agree
         *     on it [SDK-J, SDK-G, official doc jU4MjMwMTE]. At most 100 ids, as for subscribing
         *     [inferred]. SDK-J's leaked `subscriberAccountId` is kept out of the body.
         *
         *     Idempotent: it changes nothing.
         */
        patch: operations["queryUserStatusSubscription"];
        trace?: never;
    };
    "/im/v2/users/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's profile (查询用户名片)
         * @description Returns the profile of the account in the path [SDK-J `users/UserV2Service.java:57`,
         *     SDK-G, official doc TIzNjEzNjc]. No query and no body [SDK-J, SDK-G].
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user's profile (更新用户名片)
         * @description Sets the profile (用户名片) of the account in the path: nickname, avatar, signature,
         *     e-mail, birthday, mobile, gender, extension, with the validation mode and the moderation
         *     of those fields; absent fields stay as they are [SDK-J `users/UserV2Service.java:35`,
         *     SDK-G, official doc TA0NzYzNjk]. The body is SDK-J's request without its unannotated
         *     `accountId`, which is the path [SDK-J L43]. The fields and their limits are those of the
         *     profile `createAccount` takes (`user_information`), field for field [SDK-J, SDK-G, AF
         *     api-140031576]; the moderation is `createAccount`'s `antispam_configuration` [SDK-J
         *     `UpdateUserRequestV2.AntispamConfigurationV2`, SDK-G]. The answer is the profile as
         *     stored.
         *
         *     Idempotent: the profile holds the same values after a repeat.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/im/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get several users' profiles (批量查询用户名片)
         * @description Returns the profile of each of `account_ids` (`data.success_list`), and an error for each
         *     id that could not be served (`data.failed_list`) [SDK-J `users/UserV2Service.java:73`,
         *     SDK-G, official doc jI2NzY1ODI]. Both SDKs send the ids comma-joined in one
         *     `account_ids` query parameter [SDK-J, SDK-G]; an account id holds no comma (see
         *     `AccountId`). Neither SDK nor the pages read state a maximum [gap].
         */
        get: operations["batchGetUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/users/actions/online_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get several accounts' online status (批量获取账号在线状态)
         * @description Returns, for each of `account_ids`, the clients it is logged in on (client type and
         *     login time in milliseconds), and an error for each id that could not be served [SDK-J
         *     `users/UserV2Service.java:93`, SDK-G, AF api-254246884]. At most 100 ids [AF
         *     api-254246884].
         *
         *     **The path: the sources disagree.** Both SDKs call `/im/v2/users/actions/online_status`
         *     [SDK-J `users/UserV2UrlContext.java`, SDK-G]; Yunxin's API list and its Apifox page
         *     (marked 开发中, in development) write `/im/v2/users/actions/onlineStatus` [official doc
         *     jU3NDkwNzY, AF api-254246884]. The spec takes the SDKs' path: both official clients
         *     send it, and the page that differs is marked unfinished [inferred]; neither is verified
         *     against the live API (catalogue §1.3b).
         *
         *     Idempotent: it changes nothing.
         */
        post: operations["getUsersOnlineStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/im/v2/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message into a P2P, team or super-team conversation (发送消息)
         * @description Sends one message into the conversation `conversation_id` (`sender|1|receiver` for a
         *     single chat, `sender|2|team_id` for an advanced team, `sender|3|team_id` for a super team)
         *     [SDK-J `message/MessageV2Service.java:73`, SDK-G `message/message_v2_service_impl.go:14`,
         *     official doc TEzMDQwODc]. The server de-duplicates by `X-custom-traceid` [official].
         *
         *     `message` is required, with `text` for text (0) and tip (10) messages and `attachment` for
         *     every other type [SDK-J@bf88b33 checks]. `team_option` applies to advanced teams,
         *     `superteam_option` to super teams, `p2p_option` to single chats; `target_option` sends a
         *     directed team message (群定向消息, needs separate activation) [official doc TEzMDQwODc].
         *
         *     SDK-J also serialises the path's conversation id into the body as `conversation_id`; SDK-G
         *     does not (`json:"-"`). The path carries it, so this spec keeps it out of the body
         *     [inferred: the server routes by the path].
         */
        post: operations["sendMessage"];
        /**
         * Delete a conversation's roaming or history messages (删除会话漫游/历史消息)
         * @description Deletes every message of the conversation from roaming (`type` 1), from the cloud history
         *     (`type` 2) or from both (`type` 3) [SDK-J `message/MessageV2Service.java:184`, SDK-G
         *     `message/message_v2_service_impl.go:108`, official doc Tc1MTIyMDg]. `type` travels in the
         *     query and there is no body [SDK-J, SDK-G]; SDK-J@bf88b33 refused any `type` outside 1..3.
         *     Deleting what is already gone changes nothing, so a repeat is harmless [inferred].
         */
        delete: operations["deleteConversationMessages"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through a conversation's history (分页查询会话历史消息)
         * @description Returns one page of the conversation's messages sent between `begin_time` and `end_time`
         *     [SDK-J `message/MessageV2Service.java:373`, official doc jcwNDA0Nzg]. Both SDKs call the
         *     v2.1 path, which extends the answer's fields; the v2 path is deprecated
         *     [official changelog 10.10.8.5, official doc zMyNzU2MjA]. Pass the answer's `next_token` as
         *     `page_token` while `has_more` is true.
         *
         *     `begin_time`, `end_time` and `limit` are required; `limit` is 1..100 and anything else
         *     answers 414 [official doc jcwNDA0Nzg, SDK-J@bf88b33 checks].
         *
         *     `check_team_valid` and `include_no_sense_msg` are sent by SDK-J and documented
         *     [official doc jcwNDA0Nzg, AF api-146887244]; SDK-G does not send them.
         */
        get: operations["queryMessagesByPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversations/{conversation_id}/messages/{message_server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Recall or delete a message (撤回/删除消息)
         * @description Recalls or deletes the message `message_server_id` of the conversation, by `type`
         *     [SDK-J `message/MessageV2Service.java:126` and javadoc, official doc jAwNTEzODQ]:
         *     - `1` one-sided recall (单向撤回): P2P or advanced-team messages up to 30 days old; only the
         *       receiver's side is notified.
         *     - `2` two-sided recall (双向撤回): P2P, advanced and super teams, within the app's recall
         *       window (default 2 minutes, at most 7 days); both sides are notified.
         *     - `3` delete: P2P and advanced-team messages up to 30 days old, without notification.
         *
         *     By default only the sender may recall. Everything travels in the query; there is no body
         *     [SDK-J]. SDK-J sends `push_content`, `push_payload`, `route_environment` and `attach`
         *     only with `type` 2 and drops them otherwise; the server presumably ignores them on the
         *     other types [inferred].
         *
         *     The two SDKs send different optional keys: SDK-J `description`, `push_content`,
         *     `push_payload`, `route_environment`, `attach`, `check_team_member_valid`, `message_time`,
         *     `ignore_revoke_time`; SDK-G `server_extension` and `notify`. Yunxin's changelog names two
         *     of SDK-J's (`check_team_member_valid` in 10.4.6, the recall-window bypass in 10.10.0)
         *     [official changelog], so SDK-J's set is the documented one; SDK-G's two are accepted as
         *     optional and undocumented.
         */
        delete: operations["withdrawMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversations/{conversation_id}/messages/actions/stream_message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one chunk of a streaming message (发送流式消息)
         * @description Sends a message in chunks, e.g. an AI answer as it is generated, into a single chat or an
         *     advanced team [SDK-J `message/MessageV2Service.java:59`, SDK-G
         *     `message/message_v2_service_impl.go:33`, official doc TgyMTY2NzE; the 2025/08 version of
         *     the page says single chats only, the 2025/11 version adds advanced teams]. The first call
         *     carries `message.message_client_id`, chunk `index` 0 and the whole configuration, and
         *     answers the `message_server_id`; every later chunk names that `message_server_id` and the
         *     next `index`; `finish` 1 ends the stream, and the server joins the chunks by index
         *     [official doc TgyMTY2NzE]. At most 30 s may pass between two chunks and all chunks'
         *     `text` together may not exceed 5000 characters, or the stream is ended; after that every
         *     further chunk is refused. The page suggests one call every 200 ms.
         *
         *     The rate-limit notes list no category for this endpoint [catalogue §4]; it is taken as a
         *     single call like every unlisted endpoint [inferred]. A repeat under the same trace id is
         *     de-duplicated like a send [official, `X-custom-traceid`].
         *
         *     SDK-J also serialises the path's conversation id into the body as a camelCase
         *     `conversationId` (no `@JSONField`) [catalogue §1.3]: an SDK bug, left out of this spec;
         *     the server routes by the path [inferred]. SDK-G sends only `message`, `rag_info_list`,
         *     `team_option` and `target_option`; SDK-J also `message_config` (four switches),
         *     `route_config`, `p2p_option`, `push_config` (four fields), `extension` and
         *     `thread_config`, all accepted here.
         */
        post: operations["streamMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/messages/actions/modifyMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a sent message (更新消息)
         * @description Replaces the content of a message sent in the last 7 days, named by its
         *     `message_server_id`, sender, receiver, send `time` and type [SDK-J
         *     `message/MessageV2Service.java:110`, SDK-G `message/message_v2_service_impl.go:67`,
         *     official doc DA2ODM5NTU, AF api-247484974]. By default only the sender and the team owner
         *     may update; one message can be updated at most once a second, a second update within the
         *     second answers 107449 [official doc DA2ODM5NTU, SDK-J javadoc]. Setting the same content
         *     again changes nothing new, so a repeat is safe [inferred].
         *
         *     The path is `/modifyMsg` as both SDKs, the page itself and Apifox say; the API list's
         *     `/modify` is taken as a typo [catalogue §1.3a].
         *
         *     `message.text` is required for text (0) and tip (10) messages, `attachment` and `sub_type`
         *     for custom (100) ones [SDK-J@bf88b33 checks]. The original send time is `message.time`,
         *     not `create_time` [SDK-J, official doc]. `message_config` takes only
         *     `conversation_update_enabled` and `team_option` has no `mark_as_read` [SDK-J, official
         *     doc]. SDK-G's request has only `operator`, `type`, `extension` and an untyped `message`,
         *     and its answer is empty; the official doc follows SDK-J's fuller request [catalogue §3.3],
         *     and the answer's fields rest on SDK-J alone.
         */
        post: operations["modifyMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/messages/actions/p2p_read_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a single-chat message as read (发送单聊已读回执)
         * @description Sends a read receipt for the single-chat message `message_server_id`: `from_account_id`
         *     (who read it, the message's receiver) tells `to_account_id` (its sender) that it was read
         *     [SDK-J `message/MessageV2Service.java:207`, SDK-G `message/message_v2_service_impl.go:126`,
         *     official doc TQ0MzA4MTc]. All three fields are required [SDK-J@bf88b33 checks]. Reading
         *     the same message again changes nothing, so a repeat is safe [inferred].
         */
        post: operations["sendP2PReadReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/messages/actions/team_read_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query who read an advanced-team message (查询群消息已读未读详情)
         * @description How many members of the advanced team have and have not read the message, and optionally
         *     who [SDK-J `message/MessageV2Service.java:244` and javadoc, SDK-G
         *     `message/message_v2_service_impl.go:156`, official doc DIzNDY0ODk]. Advanced teams only,
         *     with team read receipts enabled in the console [SDK-J javadoc].
         *
         *     The two SDKs disagree and the official page could not be read [catalogue §3.3]:
         *     - query: SDK-J sends `team_id`, `team_type` (always 1), `sender_id`, `message_server_id`
         *       and `snapshot` (return the account lists); SDK-G sends `team_id`, `message_server_id`
         *       and `include_account`. This spec requires what both send and accepts the others as
         *       optional; send SDK-J's `team_type` and `sender_id` too, since SDK-J@bf88b33 required
         *       them [SDK-J@bf88b33 checks].
         *     - answer: SDK-J reads `read_size`, `unread_size`, `read_account_ids`,
         *       `unread_account_ids`; SDK-G `read_count`, `unread_count`, `read_accounts`,
         *       `unread_accounts`. Both sets are accepted.
         */
        get: operations["queryTeamReadReceipt"];
        put?: never;
        /**
         * Mark advanced-team messages as read (发送高级群已读回执)
         * @description Marks up to 50 messages of the advanced team `team_id` as read by `from_account_id`
         *     [SDK-J `message/MessageV2Service.java:225` and the request's javadoc, SDK-G
         *     `message/message_v2_service_impl.go:141`, official doc DIwMTU2ODA, AF api-146886494].
         *     Team read receipts must be enabled in the console; by default for teams of up to 200
         *     members, extendable to 500 [SDK-J javadoc]. `code` 200 can be a partial success:
         *     `data.success_list` and `data.failed_list` hold message ids [SDK-J, SDK-G, AF].
         *
         *     Apifox's example sends `team_id` as a string; both SDKs send a number, which this spec
         *     follows. Reading again changes nothing, so a repeat is safe [inferred].
         */
        post: operations["sendTeamReadReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations/{conversation_id}/messages/{message_server_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query one message (查询单条消息)
         * @description Returns the message `message_server_id` of the conversation [SDK-J
         *     `message/MessageV2Service.java:271`, SDK-G `message/message_v2_service_impl.go:175`,
         *     official doc DEzNTMwNTY]. Both SDKs call the v2.1 path, which extends the answer's
         *     fields [official changelog 10.10.8.5; SDK-J's interface javadoc still names v2].
         *
         *     The query keys are SDK-J's; SDK-G sends none [catalogue §3.3]. The answer has the fields
         *     of a history page item [SDK-J `QueryMessageResponseV2`]; SDK-G adds `conversation_id` and
         *     `server_extension`, accepted too.
         */
        get: operations["queryMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/messages/actions/search_messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the message history (检索历史消息)
         * @description Full-text search of the messages `operator_id` can see, optionally in one conversation
         *     [SDK-J `message/MessageV2Service.java:315`, SDK-G `message/message_v2_service_impl.go:190`,
         *     official doc zQ1MzM5NjM]. Both SDKs call the v2.1 path [official changelog 10.10.8.5].
         *     Give at least one of `sender_account_ids`, `message_types` and `keyword_list`
         *     [SDK-J@bf88b33 checks]; pass the answer's `next_token` as `page_token` while `has_more`
         *     is true.
         *
         *     `keyword_list` is a JSON array serialised into one query value, e.g. `["refund","A-1001"]`
         *     (≤ 5 keywords) [SDK-J `getKeywordListAsJsonString`, SDK-G `json.Marshal`].
         *     `sender_account_ids` (≤ 5), `message_types` and `message_sub_types` are comma-joined
         *     [SDK-J, SDK-G]. `direction` exists since 10.10.7 [official changelog] and in SDK-J's
         *     request class, but SDK-J never sends it (an SDK bug) and SDK-G lacks it; it is accepted
         *     here.
         */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations/{conversation_id}/batch_messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query messages of a conversation by their ids (根据消息 ID 查询历史消息)
         * @description Returns the messages of the conversation named by `message_server_id` and `create_time`
         *     [SDK-J `message/MessageV2Service.java:419`, SDK-G `message/message_v2_service_impl.go:269`,
         *     official doc jczMzMzMjg]. Both keys of each entry are required [SDK-J@bf88b33 checks]. A
         *     POST that only reads: safe to repeat. `code` 200 can be a partial success:
         *     `data.failed_list` names the ids not found with their error.
         *
         *     SDK-J also serialises the path's conversation id into the body as a camelCase
         *     `conversationId` (no `@JSONField`) [catalogue §1.3]: an SDK bug, left out of this spec;
         *     the server routes by the path [inferred].
         */
        post: operations["batchQueryMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/messages/actions/thread_messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through the replies of a thread (查询 Thread 消息)
         * @description Returns one page of the thread whose root message is named by `conversation_type`,
         *     `sender_id`, `receiver_id`, `message_server_id`, `message_client_id` and `create_time`
         *     (single chats, advanced and super teams) [SDK-J `message/MessageV2Service.java:445`,
         *     official doc zE0MzA0NzM]. Every key but `page_token` and `descending` is required;
         *     `limit` is 1..100 and anything else answers 414 [official doc zE0MzA0NzM,
         *     SDK-J@bf88b33 checks]. `descending` means oldest first when `true`, **despite its name**
         *     [official doc, SDK-J javadoc].
         *
         *     SDK-G (`message/message_v2_service_impl.go:288`) names the root `root_message_id`,
         *     `root_message_client_id` and `root_message_time` and adds `exclude_root`; the official
         *     page names SDK-J's keys, which this spec follows [catalogue §3.3]. SDK-G's names are not
         *     accepted, since a server that reads the documented keys would not see them [inferred].
         */
        get: operations["queryThreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/messages/actions/quick_comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the quick comments of several messages (查询快捷评论)
         * @description Returns the quick comments of each message named in `messages` [SDK-J
         *     `message/MessageV2Service.java:516`, SDK-G `message/message_v2_service_impl.go:350`,
         *     official doc DYwMTA5MTI]. Every key of each entry is required [SDK-J@bf88b33 checks]. A
         *     POST that only reads: safe to repeat.
         *
         *     The SDKs read different answers [catalogue §3.3]: SDK-J `success_list` (each message with
         *     its `comments`: `operator_id`, `index`, `extension`, `time`) and `failed_list` (with
         *     `error_code`, `error_msg`); SDK-G `items` (comments with `type`, `operator_id`,
         *     `timestamp`, `server_extension`). Both shapes are accepted.
         */
        post: operations["batchQueryQuickComments"];
        /**
         * Remove a quick comment from a message (删除快捷评论)
         * @description `operator_id` removes their quick comment of type `index` from the message named by
         *     `message` [SDK-J `message/MessageV2Service.java:499`, SDK-G
         *     `message/message_v2_service_impl.go:335`, official doc jU4MjMwMTE]. The request is a
         *     **DELETE with a JSON body**, as both SDKs send it [catalogue §1.3, SDK-G `97baa5e`]; its
         *     keys are those of adding a comment, all but `extension` and `push_config` required
         *     [SDK-J@bf88b33 checks]. Removing what is gone changes nothing, so a repeat is safe
         *     [inferred].
         */
        delete: operations["deleteQuickComment"];
        options?: never;
        head?: never;
        /**
         * Add a quick comment to a message (添加快捷评论)
         * @description `operator_id` adds the quick comment (快捷评论, e.g. an emoji reaction) of type `index` to
         *     the message named by `message` [SDK-J `message/MessageV2Service.java:481`, SDK-G
         *     `message/message_v2_service_impl.go:320`, official doc zg1ODU4ODc]. `operator_id`,
         *     `index` (> 0) and every key of `message` are required [SDK-J@bf88b33 checks, SDK-J and
         *     SDK-G comments]. A comment is named by operator and index, so adding it again adds no
         *     second one [inferred].
         *
         *     SDK-J's `push_config` has `push_enabled`, `push_content` and `push_payload`; SDK-G sends
         *     its whole push configuration; both are accepted. The answer's `time` (when the comment
         *     was added) is SDK-J's; SDK-G declares no fields.
         */
        patch: operations["addQuickComment"];
        trace?: never;
    };
    "/im/v2/chatrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chatroom (创建聊天室)
         * @description Creates a chatroom owned by `creator` and returns it with its server-assigned `room_id`
         *     [SDK-J `chatroom/ChatroomV2Service.java:43`, official doc DU5NjcwNTk]. Not idempotent: a
         *     repeat creates a second room with a new id.
         *
         *     `creator` and `room_name` are required [SDK-G checks both]. The length limits are the SDK-J
         *     field comments and the v1 page of the same call (room name ≤ 128, announcement ≤ 4096, live
         *     URL ≤ 1024, extension ≤ 4096) [SDK-J]. Timed closing (`delay_close_policy`) must be enabled
         *     in the console first [official doc DkwNzE5MjA].
         */
        post: operations["createChatroom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the addresses to enter a chatroom (获取聊天室地址)
         * @description Returns the connection addresses (host:port strings) through which `account_id` can enter
         *     the chatroom [SDK-J `chatroom/ChatroomV2Service.java:61`, official doc DU5MDQ1MDQ].
         *     `account_id` and `client_ip` are required [SDK-G checks both]; `client_type` and `ip_type`
         *     are integers whose values neither SDK documents [SDK-J, SDK-G].
         */
        get: operations["getChatroomAddress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chatroom's information (查询聊天室信息)
         * @description Returns the chatroom's settings and state, and on request its online user count, in total
         *     and per client platform [SDK-J `chatroom/ChatroomV2Service.java:92`, official doc TIzODMxODA].
         */
        get: operations["getChatroomInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a chatroom's information (更新聊天室信息)
         * @description Sets the given fields of the chatroom; absent fields stay as they are
         *     [SDK-J `chatroom/ChatroomV2Service.java:121`, official doc jM0ODUxOTc]. With
         *     `notification_enabled` the room's members get a notification carrying
         *     `notification_extension`.
         *
         *     SDK-J also serialises `room_id` into the body (it has `@JSONField(name = "room_id")`);
         *     SDK-G keeps it out (`json:"-"`). The path names the room either way, so the body accepts
         *     an optional `room_id` and the client need not send it [inferred].
         *
         *     The answer: SDK-J reads the updated chatroom from `data`; SDK-G models an empty `data`.
         *     Both are accepted.
         */
        patch: operations["updateChatroomInfo"];
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/update_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Open or close a chatroom (开放/关闭聊天室)
         * @description Opens (`valid: true`) or closes (`valid: false`) the chatroom; closing it kicks every
         *     online member, and the creator can open it again. It can also set the timed-closing policy
         *     [official doc DkwNzE5MjA, SDK-J `chatroom/ChatroomV2Service.java:141`].
         *     `operator_account_id` (the creator) and `valid` are required [official doc DkwNzE5MjA];
         *     `delay_seconds` is at most 7 × 24 × 3600 = 604800 seconds [official doc DkwNzE5MjA].
         */
        patch: operations["updateChatroomStatus"];
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/chat_banned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or unmute a whole chatroom (设置聊天室整体禁言状态)
         * @description Sets the room-wide mute: with `chat_banned: true` only the creator and managers can speak
         *     [SDK-J `chatroom/ChatroomV2Service.java:162`, official doc zIyODkxMTY].
         *     `operator_account_id` is required [SDK-G]; SDK-G always sends `chat_banned` (no
         *     `omitempty`), so the spec requires it too. The answer carries no data [SDK-J, SDK-G].
         */
        patch: operations["toggleChatroomMute"];
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/in_out_notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn entry and exit notifications on or off (开启/关闭进出聊天室事件通知)
         * @description Sets whether members entering and leaving the room trigger notifications
         *     [SDK-J `chatroom/ChatroomV2Service.java:183`, official doc DEyMDExMTU]. Both SDKs send
         *     `in_out_notification` as a query parameter and no body [SDK-J, SDK-G]. The answer carries
         *     no data.
         */
        patch: operations["toggleInOutNotification"];
        trace?: never;
    };
    "/im/v2/chatrooms/actions/opend_chatrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a creator's open chatrooms (查询创建者的开放聊天室列表)
         * @description Returns the ids of the open chatrooms that `creator_account_id` created
         *     [SDK-J `chatroom/ChatroomV2Service.java:205`, official doc zMxMzQzNzg].
         *
         *     The path segment is spelled `opend_chatrooms` (sic) by both SDKs
         *     (`ChatroomV2UrlContext.QUERY_OPEN_CHATROOMS`, `chatroom_v2_url_context.go`) and the docs
         *     list; the spec keeps that spelling, because it is what the server routes.
         *
         *     Both SDKs type the ids in `items` as strings (SDK-J `List<String>`, SDK-G `[]string`), so
         *     they arrive as decimal strings and stay exact.
         */
        get: operations["queryOpenChatrooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/list_online_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatroom's online members page by page (分页查询聊天室在线成员列表)
         * @description Returns one page of the room's online members, optionally only those of the given roles
         *     [SDK-J `chatroom/ChatroomV2Service.java:224`, official doc jY2NDI2NDk]. Start with
         *     `offset` 0 and pass the answer's `offset` while `has_more` is true. SDK-J sends `offset`
         *     and `limit` on every call; SDK-G refuses a `limit` of 0 [SDK-G], so both are required.
         *     No maximum `limit` is documented in the sources read.
         */
        get: operations["listOnlineMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/actions/list_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatroom's fixed members (查询聊天室固定成员列表)
         * @description Returns the room's fixed members (creator, managers, ordinary fixed members, …),
         *     optionally only those of the given roles, online or not
         *     [SDK-J `chatroom/ChatroomV2Service.java:250`, official doc zUyNDg1NzM].
         */
        get: operations["listFixedMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a chatroom message (发送聊天室消息)
         * @description Sends one message from `sender_id` into the chatroom, to everyone or, with `receiver_ids`,
         *     only to those members (a directed message) [SDK-J `chatroom_message/ChatroomMessageV2Service.java:33`,
         *     official doc TAwMzc0NzE]. The server de-duplicates by `X-custom-traceid`, and with
         *     `resend_flag` 1 by `message.message_client_id` [SDK-J@bf88b33 javadoc].
         *
         *     Required [SDK-J@bf88b33 checks]: `sender_id`, `message` with `message_client_id` and
         *     `message_type`; `text` for text (0) and tip (10), `attachment` for every other type, and
         *     `sub_type` for custom (100) messages. A directed message is not stored in the history and
         *     may carry neither `message_config` nor `location_*` [SDK-J@bf88b33]; the server refuses
         *     those (the spec cannot express the rule).
         *
         *     Delivery is rate limited per receiver: about 20 ordinary and 10 high-priority messages a
         *     second, the excess may be dropped (`msg_abandon` in the answer) [SDK-J@bf88b33 javadoc].
         */
        post: operations["sendChatroomMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send several messages into a chatroom at once (批量发送聊天室消息)
         * @description Sends up to 20 messages (each ≤ 5 KB) from `sender_id` into the chatroom named by
         *     `room_id` in the body [SDK-J@bf88b33 javadoc, SDK-J `chatroom_message/ChatroomMessageV2Service.java:53`,
         *     official doc TA1NTM3NzM]. Each message needs its own `message_client_id` and the fields
         *     its type requires, as in `sendChatroomMessage` [SDK-J@bf88b33 checks].
         *
         *     Rate category: single-call. Yunxin's rate-limit notes list only the P2P batch send and
         *     the batch custom notification as batch sends, so this call counts as a single call
         *     [inferred from the docs list, catalogue §4].
         *
         *     The answer lists the sent messages in `success_list`. The shape of `failed_list` differs:
         *     SDK-J reads items holding `failed_account_ids` and `failed_messages`, SDK-G reads flat
         *     `{message_client_id, error_code, error_msg}` items, SDK-J@bf88b33 read
         *     `{message_client_id, reason}`; every one of these keys is accepted.
         */
        post: operations["batchSendChatroomMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/chatrooms/{room_id}/messages/{message_client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Recall or delete a chatroom message (撤回/删除聊天室历史消息)
         * @description Recalls (`notification_enabled=true`: the members get a recall notification) or silently
         *     deletes (`false`) the message `message_client_id` that `sender_id` sent at `create_time`
         *     [SDK-J@bf88b33 javadoc, SDK-J `chatroom_message/ChatroomMessageV2Service.java:70`,
         *     official doc Tk5MTE3MDY]. Everything travels in the query; there is no body.
         *
         *     `operator_id`, `sender_id`, `create_time` and `notification_enabled` are required
         *     [SDK-J@bf88b33 checks; SDK-J sends all four on every call]. SDK-G sends each only when set.
         *     `notification_extension` (a JSON string, ≤ 1024 characters) only counts with
         *     `notification_enabled=true` [SDK-J@bf88b33 javadoc].
         */
        delete: operations["recallChatroomMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/chatrooms/{room_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through one sender's chatroom history (分页查询聊天室历史消息)
         * @description Returns one page of the messages `sender_id` sent in the chatroom, optionally only some
         *     message types [SDK-J `chatroom_message/ChatroomMessageV2Service.java:102`, official doc
         *     jQxNDU2MTM]. Both SDKs call the v2.1 path, which extends the answer's fields; the v2
         *     path still works [official changelog 10.10.8.5, catalogue §1.3j]. Pass the answer's
         *     `next_token` as `page_token` while `has_more` is true.
         *
         *     `sender_id` and `limit` are required; `limit` is 1..100 and anything else answers 414
         *     [AF api-149334533, SDK-J@bf88b33].
         *
         *     The message-type filter is `message_type` in SDK-J and in Yunxin's Apifox page, and
         *     `message_types` in SDK-G. The spec takes both; `message_type` is the documented key, so
         *     send that one [AF api-149334533].
         */
        get: operations["queryChatroomHistoryMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a chatroom member's role (设置聊天室成员角色)
         * @description Makes `account_id` a fixed member (0), a manager (2) or a guest again (3, removing the fixed
         *     status), and can set the member's nick, avatar, level and extension in the room
         *     [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:57`, official doc Dk0ODQ1NDU].
         *     Only the creator sets managers; the creator and managers set the other roles [SDK-J@bf88b33].
         *     `room_id` and `member_role` are required [SDK-J@bf88b33 checks, SDK-G checks]; SDK-G always
         *     sends `operator_account_id`, so it is required too. The answer carries no data.
         */
        post: operations["setMemberRole"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an online member's room information (修改聊天室在线成员信息)
         * @description Changes the nick, avatar or extension `account_id` has in the room while online; with
         *     `persistence: true` a fixed member's stored information changes too (an offline fixed member
         *     without `persistence` answers an error) [SDK-J@bf88b33 javadoc, SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:77`, official doc jc0MDA0NTc]. `room_id` is
         *     required [SDK-J@bf88b33, SDK-G]. SDK-J reads the member back from `data`.
         */
        patch: operations["updateOnlineMemberInfo"];
        trace?: never;
    };
    "/im/v2/room_members/{account_id}/actions/chat_banned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or unmute a chatroom member (设置聊天室成员禁言状态)
         * @description Mutes (`chat_banned: true`) or unmutes `account_id` in the room for good; the creator or a
         *     manager operates [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:98`,
         *     official doc zkwMjA0NTI]. `room_id`, `operator_account_id` and `chat_banned` are required
         *     [SDK-J@bf88b33 checks]. The answer carries no data.
         */
        patch: operations["toggleChatBan"];
        trace?: never;
    };
    "/im/v2/room_members/{account_id}/actions/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace an online member's tags (修改聊天室在线成员标签)
         * @description Sets the tags of the online member `account_id`, and which tag expression is notified of the
         *     change (and of the member's disconnection) [SDK-J@bf88b33 javadoc, SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:119`, official doc Dg0MjIyMjU]. `room_id` and a
         *     non-empty `tags` are required [SDK-J@bf88b33 checks]. The answer carries no data.
         */
        patch: operations["modifyMemberTags"];
        trace?: never;
    };
    "/im/v2/room_members/{room_id}/actions/tagged_members_count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the online members with a tag (查询聊天室标签在线成员数量)
         * @description Returns how many members with `tag` are online in the room [SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:139`, official doc DIxOTA0ODE]. `tag` is required
         *     [SDK-J@bf88b33, SDK-G].
         */
        get: operations["queryTaggedMembersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/{room_id}/actions/list_tag_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the online members with a tag page by page (分页查询聊天室标签在线成员列表)
         * @description Returns one page of the room's online members that have `tag` [SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:161`, official doc zI3NjI3OTE]. `tag`, `offset` and
         *     `limit` are required [SDK-J@bf88b33 checks; SDK-J sends all three]; pass the answer's `offset`
         *     while `has_more` is true. No maximum `limit` is given in the sources read.
         */
        get: operations["listTaggedMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/{account_id}/actions/temp_chat_banned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or unmute a chatroom member for a while (设置聊天室成员临时禁言状态)
         * @description Mutes `account_id` for `chat_banned_duration` seconds (at most 2592000, 30 days), or lifts the
         *     temporary mute [AF api-147380719, SDK-J@bf88b33 javadoc, SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:184`, official doc DU0NzQxNTY]. `room_id`,
         *     `operator_account_id` and `chat_banned` are required, `chat_banned_duration` too when muting,
         *     and an operator cannot mute themself [SDK-J@bf88b33 checks]. The duration is seconds per
         *     Yunxin's Apifox page and SDK-J; an SDK-G comment says milliseconds, which the spec does not
         *     follow. The answer's `mute_duration` is the remaining mute.
         */
        patch: operations["toggleTempChatBan"];
        trace?: never;
    };
    "/im/v2/room_members/{account_id}/actions/blocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add a member to or remove them from the chatroom blacklist (设置聊天室成员黑名单状态)
         * @description Blacklists (`blocked: true`: kicked and kept out) or un-blacklists `account_id`; the creator or a
         *     manager operates [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:204`,
         *     official doc DEwMTg2MzI]. `room_id`, `operator_account_id` and `blocked` are required
         *     [SDK-J@bf88b33 checks]. The answer carries no data.
         */
        patch: operations["toggleBlocked"];
        trace?: never;
    };
    "/im/v2.1/room_members/{room_id}/actions/blocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatroom's blacklist (查询聊天室黑名单列表)
         * @description Returns the room's blacklisted accounts, at most 100 unless Yunxin raises it (up to 1000)
         *     [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:224`, official doc
         *     zY2MTI1MTI]. Both SDKs call the v2.1 path.
         */
        get: operations["queryChatroomBlacklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/actions/chat_banned_tagged_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or unmute every member with a tag for a while (设置聊天室标签成员临时禁言状态)
         * @description Temporarily mutes (for `chat_banned_duration` seconds, ≤ 2592000) or unmutes the members with
         *     `target_tag`; `notification_target_tags` (default: the target tag) get the notification
         *     [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:242`, official doc
         *     jMwNjc3NjY]. `room_id`, `operator_account_id`, `target_tag` and `chat_banned` are required,
         *     `chat_banned_duration` too when muting [SDK-J@bf88b33 checks]. An SDK-G comment says
         *     milliseconds; the spec follows SDK-J's seconds.
         */
        patch: operations["toggleTaggedMembersChatBan"];
        trace?: never;
    };
    "/im/v2/room_members/{room_id}/actions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get several chatroom members by account (批量查询聊天室成员信息)
         * @description Returns the named members of the room; accounts that are not members come back in
         *     `failed_list` [SDK-J `chatroom_member/ChatroomMemberV2Service.java:259`, official doc Tg2Mzk0Nzk].
         *     `account_ids` (1..200, sent comma-joined) is required [SDK-J@bf88b33 javadoc and checks, SDK-G].
         */
        get: operations["batchQueryChatroomMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/actions/virtual_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add virtual members to a chatroom (添加聊天室虚拟成员)
         * @description Adds up to 200 virtual members, which only raise the online count; they leave by themselves
         *     after 24 hours (a re-add restarts the countdown), and one virtual account may be in any number of
         *     rooms [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:283`, official
         *     doc TA3OTM3ODU]. `room_id` and `virtual_members`, each with an `account_id`, are required
         *     [SDK-J@bf88b33 checks]. Adding the same account again is harmless, so a repeat is safe.
         */
        post: operations["addVirtualMembers"];
        /**
         * Remove virtual members from a chatroom (删除聊天室虚拟成员)
         * @description Removes up to 100 virtual members [SDK-J@bf88b33 javadoc, SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:300`, official doc TMxNDg1NTI]. Both SDKs send
         *     everything in the query (`account_ids` comma-joined) and no body; `room_id` and `account_ids`
         *     are required [SDK-J@bf88b33 checks, SDK-G].
         */
        delete: operations["deleteVirtualMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_members/actions/clear_virtual_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove every virtual member of a chatroom (清空聊天室虚拟成员)
         * @description Removes all the room's virtual members and answers how many [SDK-J@bf88b33 javadoc, SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:322`, official doc TU0NjkxMzg]. Query only, no
         *     body [SDK-J, SDK-G].
         */
        delete: operations["clearVirtualMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/room_members/actions/virtual_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatroom's virtual members (查询聊天室虚拟成员列表)
         * @description Returns the room's virtual members [SDK-J `chatroom_member/ChatroomMemberV2Service.java:343`,
         *     official doc TI1OTg2NDg]. Both SDKs call the v2.1 path with `room_id` in the query.
         */
        get: operations["queryVirtualMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/room_members/{room_id}/actions/chat_banned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chatroom's muted members (查询聊天室禁言成员列表)
         * @description Returns the room's muted members [SDK-J `chatroom_member/ChatroomMemberV2Service.java:361`,
         *     official doc DE1NTg2NzQ]. Both SDKs call the v2.1 path. SDK-G also reads whether each mute is
         *     temporary and until when.
         */
        get: operations["queryChatBanned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/room_members/{account_id}/actions/kicked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Kick a member out of a chatroom (踢出聊天室成员)
         * @description Kicks `account_id` out of the room; the creator or a manager operates [SDK-J
         *     `chatroom_member/ChatroomMemberV2Service.java:378`, official doc DE1ODkwMDA]. New in server
         *     10.10.13 (2025-12-10) [official changelog]; SDK-G does not have it yet (catalogue §1.3h), so
         *     SDK-J is the only SDK source.
         *
         *     The operationId is `kickChatroomMember` because Signal has a `kickMember` too
         *     (`x-sdk-method` stays `kickMember`).
         *
         *     SDK-J's request class has no `@JSONField` on `accountId`, so fastjson serialises a camelCase
         *     `accountId` into the body next to `room_id` (catalogue §1.3). That is a leak of the path value,
         *     not part of the API: the member is named by the path, the server presumably ignores the extra
         *     key [inferred], and the spec leaves `accountId` out of the (strict) body.
         */
        patch: operations["kickChatroomMember"];
        trace?: never;
    };
    "/im/v2/room_queues/{room_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initialise a chatroom's queue (初始化聊天室队列)
         * @description Creates the room's queue (聊天室队列, a key-value store ordered by insertion, e.g. for mic
         *     seats) and sets how many elements it holds [SDK-J
         *     `chatroom_queue/ChatroomQueueV2Service.java:33`, SDK-G
         *     `chatroom_queue/chatroom_queue_v2_service_impl.go:14`, official doc TQ2NTA1Mzk]. Every
         *     field is optional: SDK-J sends `{}` when none is set.
         *
         *     - `queue_size_limit` is an `Integer` in SDK-J, an `int` (`omitempty`) in SDK-G; neither SDK
         *       nor a page read here gives its bounds [gap], so only a positive value is asked for.
         *     - `route_config` carries `route_enabled` and `route_environment` nested, as both SDKs send
         *       them (the catalogue's flat list of names is the classes' `@JSONField`s, not the body).
         *     - SDK-G's request struct also tags the room id `json:"room_id"`, so SDK-G sends it in the
         *       body next to the path; SDK-J keeps it out. The spec accepts an optional `room_id` (an
         *       int64) so either SDK's body is valid; the path is what names the room.
         *
         *     Idempotent: a repeat sets the same limit on the same queue [inferred].
         */
        post: operations["initializeChatroomQueue"];
        /**
         * Delete a chatroom's queue (删除聊天室队列)
         * @description Deletes the room's queue with every element and answers the size it had [SDK-J
         *     `chatroom_queue/ChatroomQueueV2Service.java:205`, SDK-G
         *     `chatroom_queue/chatroom_queue_v2_service_impl.go:90`, official doc DAzNjQ0NTQ].
         *
         *     A DELETE with a JSON body: `notification_config` and `route_config`, both optional.
         *     SDK-J sends no body when neither is set (its HTTP client then attaches an empty one),
         *     SDK-G always sends one (`{}` at the least; catalogue §1.3). The spec takes a body, `{}`
         *     when nothing is set, as SDK-G sends it.
         *
         *     The answer's `high_priority` is there only when the notification was on [SDK-J javadoc].
         *
         *     Idempotent: a repeat deletes an already deleted queue [inferred].
         */
        delete: operations["deleteChatroomQueue"];
        options?: never;
        head?: never;
        /**
         * Add or update chatroom queue elements (批量添加/更新聊天室队列元素)
         * @description Adds or updates the elements of `element_list` in the room's queue and answers which keys
         *     were inserted, which updated and which failed [SDK-J
         *     `chatroom_queue/ChatroomQueueV2Service.java:116`, SDK-G
         *     `chatroom_queue/chatroom_queue_v2_service_impl.go:62`, official doc TY1NDI5NjI].
         *
         *     - `operator_account_id` is required (both SDKs always send it); `element_list` is required
         *       too: SDK-J always sends it and reads it without a null check, SDK-G drops it when empty
         *       (`omitempty`), and an update of nothing does nothing.
         *     - Each element needs `element_key` and `element_value` (both SDKs always send them);
         *       `element_account_id` names the element's owner, `element_transient: true` removes the
         *       element when its owner leaves the room, `element_add_policy` is an integer whose values
         *       neither SDK documents [gap].
         *     - `notification_config` (the queue-change notification: on/off, its extension, high
         *       priority and its policy) and `route_config` are nested objects, as both SDKs send them.
         *
         *     Idempotent: a repeat writes the same values to the same keys (the second answer lists them
         *     as updated, and a notification, when on, goes out again) [inferred].
         */
        patch: operations["updateChatroomQueue"];
        trace?: never;
    };
    "/im/v2/room_queues/{room_id}/actions/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query chatroom queue elements (查询聊天室队列元素)
         * @description Answers the queue's sizes and its elements, those of `element_key_list` or, without the
         *     list, every element [SDK-J `chatroom_queue/ChatroomQueueV2Service.java:75`, SDK-G
         *     `chatroom_queue/chatroom_queue_v2_service_impl.go:38`, official doc DY4NzAwMjE]. A query
         *     sent as a POST with a body, as both SDKs send it.
         *
         *     SDK-J sends `element_key_list` only when it is not empty; SDK-G always sends it (no
         *     `omitempty`, so `null` when unset). The spec takes the list or its absence, not `null`
         *     [inferred: the server reads a missing and a null list alike]. Each element of the answer
         *     has `create_time` and `update_time` in SDK-G only; they are kept.
         *
         *     Idempotent: a read.
         */
        post: operations["queryChatroomQueueElements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/room_queues/{room_id}/actions/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Take an element out of a chatroom queue (取出聊天室队列元素)
         * @description Removes one element from the room's queue and answers it: the element `element_key`, or
         *     the first one when no key is given [SDK-J `chatroom_queue/ChatroomQueueV2Service.java:267`,
         *     SDK-G `chatroom_queue/chatroom_queue_v2_service_impl.go:114`, official doc DUwNzI2NjY].
         *
         *     **Method.** SDK-J and Yunxin's API list send a PATCH; SDK-G sends a POST to the same path
         *     (catalogue §1.3d). The spec takes PATCH, the method two official sources agree on.
         *
         *     `element_key` is optional in SDK-J (sent only when set); SDK-G always sends it, as `""`
         *     when unset, which the spec accepts and reads like an absent key [inferred].
         *     `notification_config` and `route_config` are nested objects, as both SDKs send them.
         *
         *     Not idempotent: without a key, a repeat after a lost answer takes a second element out.
         */
        patch: operations["pollChatroomQueueElement"];
        trace?: never;
    };
    "/im/v2/signalling_room": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a signalling room (查询信令房间)
         * @description Answers the signalling room named by `channel_id` or by `channel_name`, with its members
         *     [SDK-J `signal/SignalV2Service.java:106`, SDK-G `signal/signal_v2_service_impl.go:67`].
         *     Give one of the two: both SDKs send `channel_id` when it is set and `channel_name`
         *     otherwise, never both [SDK-J javadoc: 二选一，优先信令房间id]. OpenAPI cannot require one of two
         *     query parameters, so both are optional here; the server refuses a query with neither
         *     [inferred].
         *
         *     SDK-J's answer class notes that this answer carries the room's type as `type`, not
         *     `channel_type`, yet reads `channel_type`; SDK-G reads `channel_type`. The answer schema
         *     has both.
         *
         *     Idempotent: a read.
         */
        get: operations["querySignalRoom"];
        /**
         * Extend a signalling room's validity (延长信令房间有效期)
         * @description Extends how long the signalling room `channel_id` stays valid and answers the room with its
         *     new `expire_time` [SDK-J `signal/SignalV2Service.java:58`, SDK-G
         *     `signal/signal_v2_service_impl.go:28`]. Both SDKs send only `channel_id`, in the query, and
         *     no body.
         *
         *     Idempotent: a repeat extends the same room again, from the time of the repeat [inferred].
         */
        put: operations["delaySignalRoom"];
        /**
         * Create a signalling room (创建信令房间)
         * @description Creates a signalling room (信令房间, the channel that calls and other real-time invitations
         *     run through) and answers it with its channel id and members [SDK-J
         *     `signal/SignalV2Service.java:42`, SDK-G `signal/signal_v2_service_impl.go:13`]. Yunxin's
         *     API list has no signalling page, so both SDKs are the only sources (catalogue §1.3).
         *
         *     The operationId is `createSignalRoom`, not the SDKs' `createRoom`, so that it cannot be
         *     taken for a chatroom's (`createChatroom`); `x-sdk-method` stays `createRoom`. The same
         *     goes for the other Signal operations.
         *
         *     - `creator_account_id` and `channel_type` are required [inferred: SDK-G always sends both
         *       (no `omitempty`), a room has a creator and a type]. Neither SDK documents the type's
         *       values; Yunxin's client signalling uses 1 audio, 2 video, 3 custom [inferred], and the
         *       spec takes any integer.
         *     - `channel_name` and `channel_extension` are optional; SDK-G sends them as `""` when
         *       unset, which the spec accepts.
         *     - `route_config` has only `route_enabled` here (default false) [SDK-J, SDK-G].
         *
         *     Rate limit: Yunxin's rate-limit page lists no signalling endpoint (catalogue §4, a gap);
         *     the spec puts them in single-call, the category of everything not listed [inferred].
         *
         *     Not idempotent: the server assigns the channel id, so a repeat after a lost answer creates
         *     a second room [inferred].
         */
        post: operations["createSignalRoom"];
        /**
         * Close a signalling room (关闭信令房间)
         * @description Closes the signalling room `channel_id`; its members get a close notification [SDK-J
         *     `signal/SignalV2Service.java:75`, SDK-G `signal/signal_v2_service_impl.go:42`]. Everything
         *     travels in the query, with no body [SDK-J, SDK-G].
         *
         *     `channel_id` and `operator_account_id` (the creator or a member of the room) are required
         *     [SDK-J javadoc 必选]; `server_extension` (≤ 4096 characters), `offline_enabled` (the
         *     notification is kept for offline members, default false) and `route_enabled` (forwarded,
         *     default false) are optional [SDK-J javadoc].
         *
         *     Idempotent: a repeat closes a room that is already closed [inferred].
         */
        delete: operations["closeSignalRoom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/signalling_room/actions/control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a control command in a signalling room (信令房间发送控制指令)
         * @description Sends a control command (控制指令, the app's own signal in `server_extension`) to one member
         *     of the room, `target_account_id`, or without it to every member [SDK-J
         *     `signal/SignalV2Service.java:129`, SDK-G `signal/signal_v2_service_impl.go:86`].
         *     `channel_id` and `operator_account_id` (the creator or a member) are required [SDK-J
         *     javadoc 必选]; `server_extension` is ≤ 4096 characters [SDK-J javadoc].
         *
         *     Not idempotent: a repeat after a lost answer sends the command a second time.
         */
        post: operations["sendSignalRoomControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/signalling_room/actions/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an account into a signalling room (邀请加入信令房间)
         * @description Invites `invitee_account_id` into the room; `inviter_account_id` is its creator or a
         *     member, and `request_id` (≤ 128 characters) names the invitation, for cancelling it later
         *     [SDK-J `signal/SignalV2Service.java:144`, SDK-G `signal/signal_v2_service_impl.go:101`].
         *     Those four are required [SDK-J javadoc 必选].
         *
         *     - `server_extension` ≤ 4096 characters; `offline_enabled` (kept for an offline invitee)
         *       defaults to false, `unread_enabled` (counts as unread) to true [SDK-J javadoc].
         *     - `push_config`: `push_enabled` (default false), `push_title` ≤ 32, `push_content` ≤ 500
         *       characters, `push_payload` a JSON string ≤ 4096 characters [SDK-J javadoc].
         *     - SDK-G sends `offline_enabled` and `unread_enabled` as `null` when unset (pointers without
         *       `omitempty`); the spec leaves an unset flag out instead of accepting `null`.
         *
         *     The operationId is `inviteToSignalRoom` (`x-sdk-method` stays `invite`).
         *
         *     Not idempotent: a repeat after a lost answer sends the invitee a second invitation
         *     [inferred].
         */
        post: operations["inviteToSignalRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/signalling_room/actions/cancel_invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an invitation into a signalling room (取消邀请加入信令房间)
         * @description Cancels the invitation `request_id` that `inviter_account_id` sent `invitee_account_id`
         *     into the room [SDK-J `signal/SignalV2Service.java:159`, SDK-G
         *     `signal/signal_v2_service_impl.go:116`]. The body has the invitation's fields: the four
         *     ids are required [SDK-J javadoc 必选], the extension, offline, unread and push options as
         *     for `inviteToSignalRoom`.
         *
         *     Idempotent: a repeat cancels an invitation that is already cancelled [inferred].
         */
        post: operations["cancelSignalRoomInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/signalling_room/actions/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kick a member out of a signalling room (将成员踢出信令房间)
         * @description Kicks `target_account_id` out of the room; only its creator, `operator_account_id`, can
         *     [SDK-J `signal/SignalV2Service.java:174`, SDK-G `signal/signal_v2_service_impl.go:131`].
         *     `channel_id`, `operator_account_id` and `target_account_id` are required [SDK-J javadoc
         *     必选]; `server_extension` ≤ 4096 characters and `offline_enabled` (default false) are
         *     optional [SDK-J javadoc].
         *
         *     The operationId is `kickSignalMember` because the chatroom's `kickMember` is
         *     `kickChatroomMember`; `x-sdk-method` stays `kickMember`.
         *
         *     Idempotent: a repeat kicks a member who is no longer in the room [inferred].
         */
        post: operations["kickSignalMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/tools/asr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Speech to text (语音转文字)
         * @description Recognises the speech of the audio file at `url` and answers its text [SDK-J
         *     `tool/ToolV2Service.java:31`, SDK-G `tool/tool_v2_service_impl.go:12`, official doc
         *     jIyMjY5MDc].
         *
         *     - `operator_account_id`, `format` (e.g. `wav`, `opus`, `mp3`, `aac`) and `url` are required
         *       [SDK-G comments 必填; SDK-G always sends them]; `sample_rate` (Hz) and `duration` (the
         *       audio's length in milliseconds) are optional [SDK-J javadoc, SDK-G comments].
         *     - The formats are the SDKs' examples, not a closed list, so any format name is taken.
         *
         *     Idempotent: recognition changes nothing on the server; a repeat recognises the same file
         *     again [inferred].
         */
        post: operations["asr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Translate text (文本翻译)
         * @description Translates `source_text` into `target_language` and answers the translation with both
         *     languages [SDK-J `tool/ToolV2Service.java:44`, SDK-G `tool/tool_v2_service_impl.go:27`,
         *     official doc DYxNjA4NjY].
         *
         *     - `operator_account_id`, `source_text` and `target_language` are required [SDK-G comments
         *       必填; SDK-G always sends them].
         *     - `source_language` defaults to `auto` (detected): SDK-J fills in `auto` when it is unset,
         *       SDK-G leaves it out (`omitempty`, "可选，默认auto") [SDK-J, SDK-G].
         *     - `translator_config.strict` keeps to the given languages [SDK-J, SDK-G];
         *       `translator_config.vendor`, the translation provider, is in SDK-G only and is accepted.
         *     - Neither SDK lists the language codes or a length limit [gap].
         *
         *     Idempotent: translating changes nothing on the server [inferred].
         */
        post: operations["translateText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/chat_assistant/v1/chat_assist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest replies with the AI chat assistant (AI 聊天助手)
         * @description Suggests replies for `sender_id` to `receiver_id`'s last message, one per style of
         *     `style_list`, from the two accounts' tags and the recent history [SDK-J
         *     `ai/AiService.java:21`, SDK-G `ai/ai_v2_service_impl.go:13`, official doc jk4Mzg4OTA].
         *
         *     **Path and host.** The path is not under `/im/v2` (catalogue §1.3k), but the host is the
         *     IM API's: SDK-J sends it through the same `executeV2Api` of its IM client
         *     (`core/YunxinApiHttpClient.java:204`) and SDK-G through the same `ExecuteV2Api`, to the
         *     hosts every other operation uses, with the same signing. So the operation has no
         *     `servers` of its own.
         *
         *     - `sender_id`, `receiver_id` and `style_list` are required [SDK-G comments 必填; SDK-G
         *       always sends them]; the tag lists, `receiver_last_message` and `history` are optional.
         *     - Neither SDK lists the styles or the limits of the lists [gap].
         *
         *     Idempotent: a suggestion changes nothing on the server [inferred]; a repeat may suggest
         *     other words.
         */
        post: operations["chatAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query several teams (批量查询群组资料)
         * @description Returns the profile of each team of `team_ids`, and the ids that name no team
         *     (`invalid_tids`) [SDK-J `team/TeamV2Service.java:108`, SDK-G, official doc DAyODY4ODE].
         *
         *     Both SDKs send `team_ids` as a **JSON array** in one query value (`[6240128551,6240128552]`),
         *     not comma-joined as most list parameters are [SDK-J `JSONObject.toJSONString`, SDK-G
         *     `json.Marshal`]; the spec types that wire form as a string, so every id keeps its exact
         *     digits. No maximum is documented [gap]. Rate limit: single-call (catalogue §4).
         */
        get: operations["batchQueryTeamInfo"];
        put?: never;
        /**
         * Create a team (创建群组)
         * @description Creates an advanced team (高级群, `team_type` 1) or a super team (超大群, 2) owned by
         *     `owner_account_id`, optionally inviting members, and answers the new team with its
         *     server-assigned `team_id` and the invitees that could not be added (`failed_list`)
         *     [SDK-J `team/TeamV2Service.java:45`, SDK-G, official doc DIwODUwMTE].
         *
         *     `owner_account_id`, `team_type` and `name` are required [SDK-G comments]. Neither SDK
         *     states length limits, so the spec sets none [gap]. Rate limit: single-call (teams are
         *     单次类 in the catalogue §4).
         *
         *     Not idempotent: the server assigns the team id, so a repeat creates a second team
         *     [inferred].
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team's profile (查询群组资料)
         * @description Returns the team's profile and configuration [SDK-J `team/TeamV2Service.java:261`, SDK-G,
         *     official doc DI1Nzc3MDY]. Rate limit: single-call (catalogue §4).
         */
        get: operations["getTeamInfo"];
        put?: never;
        post?: never;
        /**
         * Disband a team (解散群组)
         * @description Disbands the team on behalf of `operator_id` (its owner) [SDK-J
         *     `team/TeamV2Service.java:80`, SDK-G, official doc zk0NDkwOTc]. Both SDKs send the
         *     parameters in the query and no body. Idempotent: a repeat finds the team gone and
         *     changes nothing [inferred]. Rate limit: single-call (catalogue §4).
         */
        delete: operations["disbandTeam"];
        options?: never;
        head?: never;
        /**
         * Update a team's profile (修改群组资料)
         * @description Sets the given fields of the team's profile and configuration on behalf of `operator_id`
         *     and answers the team as it now is [SDK-J `team/TeamV2Service.java:61`, SDK-G, official
         *     doc jE2MTc1Mjk]. `operator_id` and `team_type` are required [SDK-G comments].
         *
         *     `configuration.chat_banned_mode` and `antispam_configuration` are in SDK-J's request, not
         *     in SDK-G's; both are accepted [SDK-J, SDK-G]. SDK-J keeps `team_id` out of the body
         *     (`serialize = false`). Idempotent: it sets fields to values [inferred]. Rate limit:
         *     single-call (catalogue §4).
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/im/v2/teams/{team_id}/actions/transfer_owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Transfer a team's ownership (转让群主)
         * @description Makes `new_owner_account_id` the owner; `leave` 1 makes the former owner leave the team,
         *     2 keeps them as an ordinary member [SDK-J `team/TeamV2Service.java:127` checks both
         *     values and `team_type` 1 or 2; SDK-G; official doc zI5NTYzNTg].
         *
         *     SDK-J also serialises its Java field `teamId` into the body (no `@JSONField`, catalogue
         *     §1.3) although its own comment says the id only builds the URL; SDK-G sends it only in
         *     the path. That is an SDK-J bug, not the contract: the team is the path's `team_id`, and
         *     this spec's body refuses `teamId` [inferred]. Idempotent: it sets the owner to a value
         *     [inferred]. Rate limit: single-call (catalogue §4).
         */
        patch: operations["transferOwner"];
        trace?: never;
    };
    "/im/v2/teams/{team_id}/actions/add_manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add team managers (添加群管理员)
         * @description Makes the `managers` accounts managers of the team on behalf of `operator_id` [SDK-J
         *     `team/TeamV2Service.java:176`, SDK-G, official doc DY0MTgxNzE].
         *
         *     SDK-J leaks its Java field `teamId` into the body (catalogue §1.3); SDK-G does not. The
         *     team is the path's `team_id`; the body refuses `teamId` [inferred]. Idempotent: making an
         *     account a manager twice leaves it a manager [inferred]. No maximum number of managers per
         *     call is documented [gap]. Rate limit: single-call (catalogue §4).
         */
        post: operations["addManagers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/teams/{team_id}/actions/remove_manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove team managers (移除群管理员)
         * @description Makes the `managers` accounts ordinary members again on behalf of `operator_id` [SDK-J
         *     `team/TeamV2Service.java:218`, SDK-G, official doc TAxNTIzNjU].
         *
         *     A DELETE **with a JSON body**: both SDKs send the parameters in the body, not the query
         *     (catalogue §1.3; SDK-G added DELETE bodies to its HTTP client for such endpoints). SDK-J
         *     also leaks `teamId` into the body despite its own comment ("Not included in JSON");
         *     the team is the path's `team_id` and the body refuses `teamId` [inferred]. Idempotent
         *     [inferred]. Rate limit: single-call (catalogue §4).
         */
        delete: operations["removeManagers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/teams/{team_id}/actions/list_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a team's members (分页获取群成员列表)
         * @description Pages through the team's members [SDK-J `team/TeamV2Service.java:298`, SDK-G, official
         *     doc zIxNTk1Mzc].
         *
         *     The SDKs disagree on the paging parameters: SDK-J sends `member_type`,
         *     `chat_banned_type`, `descending`, `page_token` and `limit`; SDK-G sends `offset`, `limit`
         *     and `next_token`. All are accepted; SDK-J's names match the answer's `next_token` →
         *     `page_token` cursor of the other v2.1 list endpoints, so they are most likely the API's
         *     [inferred]. The value meanings of `member_type` and `chat_banned_type` are not stated by
         *     the SDKs [gap]. Rate limit: single-call (catalogue §4).
         */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/teams/{team_id}/actions/list_online_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a team's online members (查询群组在线成员列表)
         * @description Returns the team's members that are online, each with its logged-in devices [SDK-J
         *     `team/TeamV2Service.java:367`, SDK-G, official doc jAyMTkyOTA]. Rate limit: single-call
         *     (catalogue §4).
         */
        get: operations["listOnlineTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/teams/actions/online_members_count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count several teams' online members (批量查询群组在线成员数)
         * @description Returns, for each team of `team_ids`, how many members are online and offline, and an
         *     error for each id it could not serve; `code` stays 200 when only some fail [SDK-J
         *     `team/TeamV2Service.java:407`, SDK-G, official doc DQzMjczMDg]. Unlike
         *     `batchQueryTeamInfo`, both SDKs send the ids comma-joined here [SDK-J, SDK-G]. No
         *     maximum is documented [gap]. Rate limit: single-call (catalogue §4).
         */
        get: operations["batchQueryTeamOnlineMembersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/team_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite members to a team (邀请入群)
         * @description Invites `invite_account_ids` into the team on behalf of `operator_id`; the answer lists
         *     the accounts invited (`success_list`) and those that could not be (`failed_list`), with
         *     `code` 200 when only some fail [SDK-J `team_member/TeamMemberV2Service.java:37`, SDK-G,
         *     official doc jc0MjY4NzA]. Unlike the Team actions, the team id is a body field here, and
         *     both SDKs name it `team_id` [SDK-J `@JSONField`, SDK-G]. No maximum number of invitees
         *     per call is documented [gap]. Idempotent: inviting an account that is already invited or a
         *     member adds nothing further [inferred]. Rate limit: single-call (catalogue §4).
         */
        post: operations["inviteTeamMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/team_members/actions/kick_member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove members from a team (踢出群成员)
         * @description Removes `kick_account_ids` from the team on behalf of `operator_id` [SDK-J
         *     `team_member/TeamMemberV2Service.java:54`, SDK-G, official doc TkzNTM5NTI]. SDK-J sends
         *     every parameter in the query, the accounts comma-joined; SDK-G's request struct carries
         *     `json` tags but its service also builds the query [SDK-J, SDK-G]. Idempotent: a removed
         *     account stays removed [inferred]. Rate limit: single-call (catalogue §4).
         */
        delete: operations["kickTeamMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/team_members/actions/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave a team (主动退群)
         * @description Makes `account_id` leave the team [SDK-J `team_member/TeamMemberV2Service.java:79`,
         *     SDK-G, official doc DI0MTg0ODg]; parameters in the query, no body. Idempotent [inferred].
         *     Rate limit: single-call (catalogue §4).
         */
        delete: operations["leaveTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/team_members/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a team member (修改群成员信息)
         * @description Sets the member's team nickname, mute, notification state or extensions [SDK-J
         *     `team_member/TeamMemberV2Service.java:104` (a copy of the request without the path's
         *     account), SDK-G, official doc TQ4MzM2NTk].
         *
         *     The answer's shape differs: SDK-J reads the member's fields directly under `data`, SDK-G
         *     under `data.member_info` (and names the role `team_member_type`, not `member_role`);
         *     both are accepted [SDK-J, SDK-G]. Idempotent: it sets fields to values [inferred]. Rate
         *     limit: single-call (catalogue §4).
         */
        patch: operations["updateTeamMember"];
        trace?: never;
    };
    "/im/v2/team_members/actions/batch_mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mute or unmute several team members (批量禁言群成员)
         * @description Mutes (`chat_banned` true) or unmutes (false) `chat_ban_account_ids` in the team on
         *     behalf of `operator_id`; `success_list`/`failed_list` say for whom it worked [SDK-J
         *     `team_member/TeamMemberV2Service.java:135`, SDK-G, official doc DkyNjI4ODk]. No maximum
         *     per call is documented [gap]. Idempotent: it sets a state [inferred]. Rate limit:
         *     single-call (catalogue §4).
         */
        patch: operations["batchMuteTeamMembers"];
        trace?: never;
    };
    "/im/v2.1/team_members/{account_id}/actions/joined_teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the teams an account has joined (查询已加入的群组)
         * @description Pages through the teams `account_id` belongs to, optionally with its membership in each
         *     (`need_return_member_info` 1) [SDK-J `team_member/TeamMemberV2Service.java:152`, SDK-G,
         *     official doc TkwODkwNTQ]. The membership's role is `member_role` in SDK-J and
         *     `team_member_type` in SDK-G; both are accepted [SDK-J, SDK-G]. Rate limit: single-call
         *     (catalogue §4).
         */
        get: operations["queryJoinedTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through an account's conversations (分页查询会话列表)
         * @description Returns one page of the conversations of `account_id`, each with its last message (or
         *     the recall notice that replaced it), unread count and groups [SDK-J
         *     `conversation/ConversationV2Service.java:153`, SDK-G, official doc DI2NDczOTg]. Pass the
         *     answer's `next_token` as `page_token` while `has_more` is true.
         *
         *     Both SDKs send `account_id` always (SDK-G refuses it empty) and `page_token` and `limit`
         *     only when set; neither states a default or maximum page size, so the spec sets none
         *     [gap]. Rate limit: single-call (catalogue §4).
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation (创建会话)
         * @description Creates the server-side conversation `conversation_id` (`owner|1|peer` single chat,
         *     `owner|2|team_id` advanced team, `owner|3|team_id` super team) in the owner's conversation
         *     list, and answers it as stored [SDK-J `conversation/ConversationV2Service.java:26`, SDK-G
         *     `conversation/conversation_v2_service_impl.go:15`, official doc DgwMjAzMjM]. Both SDKs put
         *     the id in the body (SDK-G refuses it empty), on the v2.1 path.
         *
         *     SDK-G's answer declares only eight of SDK-J's fields (no `message_state`, `last_message`,
         *     `revoke_notification`, `unread_count`, `sort_order`, `create_time`, `last_read_time`); the
         *     answer keeps every field, so both pass [SDK-J, SDK-G]. Rate limit: single-call (catalogue §4).
         *
         *     Idempotent: the caller names the conversation, so a repeat cannot create a second one
         *     [inferred].
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query one conversation (查询会话信息)
         * @description Returns the conversation `conversation_id`: pinned or not, its groups, its last message
         *     or the recall notice that replaced it, its unread count and times [SDK-J
         *     `conversation/ConversationV2Service.java:114`, SDK-G, official doc jUyOTA0NjM]. The path
         *     is all the SDKs send. A conversation id that names no conversation answers 414 [official
         *     doc jUyOTA0NjM]. Rate limit: single-call (catalogue §4).
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/conversations/actions/conversation_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query several conversations (批量查询会话信息)
         * @description Returns each conversation of `conversation_ids` that exists (`success_list`) and an error
         *     for each that could not be served (`failed_list`); `code` stays 200 when only some fail
         *     [SDK-J `conversation/ConversationV2Service.java:132`, official doc DAwNDQ0NTU].
         *
         *     **The SDKs disagree on the method** (catalogue §1.3e): SDK-J sends GET with the ids
         *     comma-joined in the query (`alice|1|bob,alice|2|6240128551`, each id percent-encoded), the
         *     official doc list says GET too; SDK-G sends POST with a JSON body `{"conversation_ids":
         *     […]}` (`conversation/conversation_v2_service_impl.go:124`). The spec takes GET, what SDK-J
         *     and the docs agree on. A conversation id holds no comma (its owner and peer are account
         *     or team ids), so the join is unambiguous. No maximum is documented for this query
         *     (batch delete's page says 100) [gap]. Rate limit: single-call (catalogue §4).
         */
        get: operations["batchGetConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a conversation (删除会话)
         * @description Removes the conversation `conversation_id` from its owner's list, and with
         *     `clear_message=true` its history messages too [SDK-J
         *     `conversation/ConversationV2Service.java:63`, SDK-G, official doc TcyMjk1NDk]. Nothing but
         *     the path and that query is sent, no body.
         *
         *     SDK-J sends `clear_message` whenever it is set (`true` or `false`), SDK-G only when it is
         *     true; absent means false in both [SDK-J, SDK-G]. Rate limit: single-call (catalogue §4).
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /**
         * Update a conversation's server extension (更新会话)
         * @description Sets the server extension (`server_extension`) of the conversation `conversation_id`
         *     and answers the conversation's updated fields [SDK-J
         *     `conversation/ConversationV2Service.java:42`, SDK-G, official doc zMwOTAzMTI].
         *
         *     `server_extension` is the only field either SDK updates and SDK-G always sends it (no
         *     `omitempty`), so the spec requires it [SDK-G; inferred]. SDK-J also serialises the path's
         *     conversation id into the body as `conversation_id`; SDK-G does not (`json:"-"`). The path
         *     carries it, so the spec keeps it out of the body, as for `sendMessage` [inferred].
         *     Rate limit: single-call (catalogue §4).
         */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/im/v2/conversations/actions/conversation_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete several conversations (批量删除会话)
         * @description Removes each conversation of `conversation_ids`, and with `clear_message=true` their
         *     history messages too; the answer lists the ids deleted and an error for each that failed,
         *     with `code` 200 when only some fail [SDK-J `conversation/ConversationV2Service.java:88`,
         *     SDK-G, official doc Dk2ODgyNTk].
         *
         *     Both SDKs send the ids comma-joined in one query value, at most 100 per call [official
         *     doc Dk2ODgyNTk]; no body. `clear_message` as for `deleteConversation`. Rate limit:
         *     single-call (catalogue §4).
         */
        delete: operations["batchDeleteConversations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversations/{conversation_id}/actions/stick_top_conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pin or unpin a conversation (置顶会话)
         * @description Pins (`top_type` 1) or unpins (0) the conversation `conversation_id` at the top of its
         *     owner's list, and answers its pin state and new sort order [SDK-J
         *     `conversation/ConversationV2Service.java:182`, SDK-G
         *     `conversation/conversation_v2_service_impl.go:171`, official doc jEzMTE5NTI].
         *
         *     **The SDKs disagree on the method** (catalogue §1.3c): SDK-J sends PATCH, SDK-G sends
         *     POST, and the official doc list says POST (jEzMTE5NTI). The spec takes POST, what SDK-G
         *     and the docs agree on [inferred]; SDK-J's PATCH is kept as `x-sdk-http`. Both SDKs send
         *     only `{"top_type":…}` in the body; the server changelog 10.10.0 says `top_type` moved
         *     from the query to the body [official changelog]. Rate limit: single-call (catalogue §4).
         */
        post: operations["stickTopConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversation_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an account's conversation groups (查询所有会话分组信息)
         * @description Returns every conversation group of the account `account_id`, unpaged [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:121`, SDK-G, official doc zY2NzY0ODc,
         *     AF api-148922700]. Both SDKs send only `account_id` (SDK-G refuses it empty). Rate limit:
         *     single-call (catalogue §4).
         */
        get: operations["listAllConversationGroups"];
        put?: never;
        /**
         * Create a conversation group (创建会话分组)
         * @description Creates a conversation group named `name` for the account `account_id`, optionally with
         *     up to 100 of its conversations in it, and answers the group with its new id and, per
         *     conversation, whether it could be added [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:30`, SDK-G
         *     `conversation_group/conversation_group_v2_service_impl.go:14`, official doc jExMDkyMjA].
         *
         *     `account_id` and `name` are required [official doc jExMDkyMjA; SDK-G refuses them empty].
         *     A conversation belongs to at most 5 groups; how many groups an account may have, and
         *     how many conversations a group, depends on the plan [official doc jExMDkyMjA]. Rate
         *     limit: single-call (catalogue §4).
         *
         *     Not idempotent: the server assigns the group id, so a repeat after a lost answer
         *     creates a second group with the same name [inferred].
         */
        post: operations["createConversationGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversation_groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query one conversation group (查询会话分组信息)
         * @description Returns the group `group_id` of the account `account_id` [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:82`, SDK-G, official doc TE4Nzk5OTY].
         *     SDK-G's answer also declares `account_id` and the group's `conversation_ids`, SDK-J's
         *     does not; the answer keeps every field, so both pass [SDK-J, SDK-G]. Rate limit:
         *     single-call (catalogue §4).
         */
        get: operations["getConversationGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation group (删除会话分组)
         * @description Deletes the group `group_id` of the account `account_id`; its conversations stay [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:63`, SDK-G, official doc jkxNDAwMjY].
         *     Both SDKs send `account_id` in the query and no body. Rate limit: single-call
         *     (catalogue §4).
         */
        delete: operations["deleteConversationGroup"];
        options?: never;
        head?: never;
        /**
         * Update a conversation group (更新会话分组)
         * @description Renames the group `group_id` of the account `account_id`, sets its extension, and adds
         *     conversations to it or removes them (`conversations`), answering the group and, per
         *     conversation, whether the change applied [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:45`, SDK-G, official doc TIzODU0NzQ].
         *
         *     `account_id` is required [SDK-G refuses it empty]. `conversations.type` says whether its
         *     ids are added or removed; neither SDK names the values and the doc page was not read,
         *     so the spec takes any integer [gap]. SDK-J also serialises the path's group id into the
         *     body as `group_id`; SDK-G does not (`json:"-"`). The path carries it, so the spec keeps
         *     it out of the body [inferred]. Rate limit: single-call (catalogue §4).
         */
        patch: operations["updateConversationGroup"];
        trace?: never;
    };
    "/im/v2/conversation_groups/actions/group_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query several conversation groups (批量查询会话分组信息)
         * @description Returns each group of `group_ids` of the account `account_id` that exists, and an error
         *     for each that could not be served [SDK-J
         *     `conversation_group/ConversationGroupV2Service.java:101`, SDK-G, official doc DA1ODI1NTk].
         *     Both SDKs send the group ids comma-joined in one query value (`1733183400123,…`) [SDK-J,
         *     SDK-G]. No maximum is documented [gap].
         *
         *     **The SDKs disagree on the failures**: SDK-J reads them from
         *     `fail_list` with `group_id`, `code` and `msg`, SDK-G from `failed_list` with `group_id`,
         *     `error_code` and `error_msg` (the names every other batch answer uses). The spec accepts
         *     both lists and both name pairs. Rate limit: single-call (catalogue §4).
         */
        get: operations["batchGetConversationGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversation_overviews/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query an account's total unread count (查询会话概览)
         * @description Returns how many messages the account `account_id` has unread over all its
         *     conversations [SDK-J `conversation_unread/ConversationUnreadV2Service.java:26`, SDK-G,
         *     official doc DIzMDIyNjI]. The path is all the SDKs send. Rate limit: single-call
         *     (catalogue §4).
         */
        get: operations["getConversationOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/conversations/{conversation_id}/actions/clear_conversation_unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a conversation as read (清空会话未读数)
         * @description Sets the unread count of the conversation `conversation_id` to zero for its owner
         *     [SDK-J `conversation_unread/ConversationUnreadV2Service.java:41`, SDK-G, official doc
         *     Dk1OTM4MjY]. Both SDKs send the path only: no query and no body (SDK-J's HTTP client
         *     adds an empty body to every PATCH) [SDK-J, SDK-G]. Rate limit: single-call
         *     (catalogue §4).
         */
        patch: operations["clearConversationUnread"];
        trace?: never;
    };
    "/im/v2/custom_notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a custom notification to an account or a team (发送自定义系统通知)
         * @description Sends one custom (system) notification `content` from `sender_id` to the account
         *     `receiver_id` (`type` 1), or to every member of the advanced team (`type` 2) or super team
         *     (`type` 3) `receiver_id` [SDK-J `system_notification/CustomNotificationV2Service.java:32`,
         *     SDK-G `system_notification/system_notification_v2_service_impl.go:12`, official doc
         *     jUyNDUyNTU]. A custom notification is not a message: it is not stored in the history and
         *     the client apps interpret `content` themselves. `sender_id`, `type`, `receiver_id` and
         *     `content` are required and `type` is 1..3 [SDK-J@e1be13a checks]. It is a single call for
         *     the rate limit, unlike the batch variant [official rate-limit notes]; the server
         *     de-duplicates by `X-custom-traceid` [official].
         *
         *     `receiver_id` is a string in both SDKs, also when it names a team. Both SDKs declare an
         *     empty answer, so `data` is taken as `{}` [catalogue §2.4]. SDK-G sends its unset push and
         *     route flags as explicit `null`s (no `omitempty`) [catalogue §3.3], an SDK quirk this spec
         *     does not take up: leave a flag out instead.
         */
        post: operations["sendCustomNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/custom_notification/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a custom notification to up to 500 single-chat receivers (批量发送自定义系统通知)
         * @description Sends the same custom (system) notification `content` from `sender_id` to each of
         *     `receiver_ids` (1..500 accounts), single chat only [official doc Tc0ODg0OTA,
         *     SDK-J `system_notification/CustomNotificationV2Service.java:48`]. A custom notification is
         *     not a message: it is not stored in the history and the client apps interpret `content`
         *     themselves. It shares the batch-send rate-limit category with batch send (120 calls a
         *     minute by default) [official rate-limit notes]. The server de-duplicates by
         *     `X-custom-traceid` [official].
         *
         *     `code` 200 can be a partial success: `data.success_list` names the receivers served,
         *     `data.failed_list` the refused ones with their error code [AF api-147228832 example].
         *
         *     Yunxin's Apifox page lists `notification_config.notification_enabled`,
         *     `notification_extension`, `high_priority` and `high_priority_policy`; those belong to the
         *     chatroom APIs, while the official doc and both SDKs take `offline_enabled` and
         *     `unread_enabled`, which this spec follows [inferred].
         */
        post: operations["sendBatchCustomNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/broadcast_notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the app's broadcast notifications (查询广播消息列表)
         * @description Pages through the app's broadcast notifications [SDK-J `broadcast/BroadcastV2Service.java:95`,
         *     SDK-G `broadcast/broadcast_v2_service_impl.go:72`, official doc zgxNTU3Mjc]. Pass the
         *     answer's `next_token` as `page_token` while `has_more` is true. A query: a single call for
         *     the rate limit, unlike sending [official rate-limit notes].
         *
         *     `type` 1 lists the broadcasts not yet pushed, 2 those pushed, 3 all; SDK-J and SDK-G
         *     default to 1 and `limit` to 100 [SDK-J constructor, SDK-G comments].
         */
        get: operations["queryBroadcastNotificationList"];
        put?: never;
        /**
         * Broadcast a notification to every account of the app (发送广播消息)
         * @description Sends the broadcast notification `content` to every account of the app, optionally kept
         *     offline for `ttl` and only to some client platforms [SDK-J
         *     `broadcast/BroadcastV2Service.java:41`, SDK-G `broadcast/broadcast_v2_service_impl.go:14`,
         *     official doc zMzMzUxODQ, AF api-147274114]. The broadcast rate-limit category is tight
         *     (not offered on the Standard plan; 10 a minute by default on Advanced) [official
         *     rate-limit notes]. A repeat after a lost answer can broadcast a second time (the answer
         *     names a new `broadcast_id`; no de-duplication of broadcasts is documented), so the client
         *     does not retry ambiguous failures [inferred].
         *
         *     `content` is required [SDK-J@bf88b33 checks, SDK-G, AF], ≤ 4096 characters [AF].
         *     `offline_enabled` defaults to `false` [AF]. The unit of `ttl` is disputed: hours, default
         *     168 (7 days), only with `offline_enabled` [AF]; seconds says SDK-G's comment [SDK-G];
         *     SDK-J says nothing. Apifox also types `target_os` as a JSON array *string*
         *     (`"[\"ios\",\"aos\"]"`) while both SDKs send a JSON array; both forms are accepted.
         *
         *     The answer's `broadcast_id` is a string in SDK-J and an int64 in SDK-G [catalogue §3.3]:
         *     both are accepted, and a number is delivered exactly, as a decimal string.
         */
        post: operations["sendBroadcastNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2/broadcast_notification/{broadcast_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query one broadcast notification (查询广播消息)
         * @description Returns the broadcast notification `broadcast_id` [SDK-J
         *     `broadcast/BroadcastV2Service.java:76`, SDK-G `broadcast/broadcast_v2_service_impl.go:53`,
         *     official doc DA0Njc5MzE]. Only the path: no query and no body [SDK-J, SDK-G]. A query: a
         *     single call for the rate limit [official rate-limit notes].
         */
        get: operations["queryBroadcastNotification"];
        put?: never;
        post?: never;
        /**
         * Delete a broadcast notification (删除广播消息)
         * @description Deletes the broadcast notification `broadcast_id`, e.g. one kept offline that should no
         *     longer reach accounts that log in later [SDK-J `broadcast/BroadcastV2Service.java:57`,
         *     SDK-G `broadcast/broadcast_v2_service_impl.go:34`, official doc jcwMzM0MDY]. Only the
         *     path: no query and no body [SDK-J, SDK-G]. Deleting is a single call for the rate limit,
         *     not a broadcast [official rate-limit notes]; deleting what is gone changes nothing, so a
         *     repeat is safe [inferred].
         */
        delete: operations["deleteBroadcastNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/im/v2.1/broadcast_notification/actions/chatroom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Broadcast a message to every chatroom of the app (发送聊天室全服广播消息)
         * @description Sends one message from `sender_id` into every chatroom of the app, optionally only to
         *     members whose tags match `message_config.notify_target_tags` [SDK-J
         *     `broadcast/BroadcastV2Service.java:126`, SDK-G `broadcast/broadcast_v2_service_impl.go:97`,
         *     official doc DQyMDY2MzQ]. It shares the broadcast rate-limit category [official
         *     rate-limit notes]. `client_broadcast_id`, `sender_id` and `message` are required
         *     [SDK-J@bf88b33 checks, SDK-G: no `omitempty`], as is `message.message_type` [SDK-G].
         *
         *     `client_broadcast_id` is the caller's unique id of the broadcast and `resend_flag` 1
         *     marks a resend of it [SDK-J, SDK-G]; repeating a lost call with the same id and
         *     `resend_flag` 1 is how the API expects a retry, so the operation is taken as safe to
         *     repeat [inferred from the chatroom send's `resend_flag`, which the server de-duplicates by
         *     the client id].
         */
        post: operations["sendChatroomBroadcastNotification"];
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
         * @description The client's id of the message; generated by the server when absent [AF api-146885002,
         *     official changelog 10.4.6]. Single send takes it [SDK-J, SDK-G]; for batch send SDK-G's
         *     `BatchMessage` has it and SDK-J's class does not, so whether batch send honours it is
         *     unknown [catalogue §3.3].
         *
         *     Limits: minLength 1.
         */
        MessageClientId: string;
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            message_client_id?: components["schemas"]["MessageClientId"];
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
            /**
             * @description Turn forced push (@-mentions) on [SDK-J single send, modify and batch custom
             *     notification; SDK-G's one PushConfig, batch send's included; absent from the old Apifox
             *     page].
             * @default false
             */
            push_forcepush_enable?: boolean;
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
            /**
             * @description Moderate `antispam_custom_message` instead of the message's own content [SDK-J, SDK-G].
             * @default false
             */
            antispam_custom_message_enabled?: boolean;
            /**
             * @description The content to moderate, a JSON string; required when `antispam_custom_message_enabled`
             *     is true [SDK-J@bf88b33 checks].
             */
            antispam_custom_message?: string;
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
        /**
         * @description An account's feature switches (账号配置), as sent [SDK-J `CreateAccountRequestV2.Configuration`,
         *     SDK-G `AccountConfiguration`, AF api-140031576]. Absent fields keep their value (default on
         *     creation: `enabled` true, the others false [AF]).
         */
        AccountConfiguration: {
            /**
             * @description The account may log in (`false` disables it) [AF].
             * @default true
             */
            enabled?: boolean;
            /**
             * @description Muted in single chats (单聊禁言) [AF].
             * @default false
             */
            p2p_chat_banned?: boolean;
            /**
             * @description Muted in teams (群聊禁言) [AF].
             * @default false
             */
            team_chat_banned?: boolean;
            /**
             * @description Muted in chatrooms (聊天室禁言) [AF].
             * @default false
             */
            chatroom_chat_banned?: boolean;
            /**
             * @description Muted in QChat (圈组禁言) [AF].
             * @default false
             */
            qchat_chat_banned?: boolean;
            /**
             * @description Push to the mobile devices while a desktop client is online [AF, SDK-G]. SDK-J's
             *     create request lacks it, its update request and every answer have it [SDK-J].
             * @default false
             */
            push_enabled_when_desktop_online?: boolean;
        };
        /** @description An account's feature switches as answered [SDK-J, SDK-G: the same six fields]. */
        AccountConfigurationAnswer: {
            enabled?: boolean;
            p2p_chat_banned?: boolean;
            team_chat_banned?: boolean;
            chatroom_chat_banned?: boolean;
            qchat_chat_banned?: boolean;
            push_enabled_when_desktop_online?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An account's login token, ≤ 128 characters [official doc TQyNjgyMzc, AF api-140031576].
         *
         *     Limits: maxLength 128.
         */
        AccountToken: string;
        /**
         * @description 0 unknown (default), 1 male, 2 female [AF api-140031576, SDK-G].
         * @enum {integer}
         */
        UserGender: 0 | 1 | 2;
        /**
         * @description How strictly the profile is validated (用户信息校验模式): 0 the standard rules (default), 1
         *     extended, also accepting special and Latin characters, 2 no validation (may display
         *     badly) [SDK-G comment, official changelog 10.10.11]. Both SDKs put it inside
         *     `user_information` [SDK-J, SDK-G].
         * @enum {integer}
         */
        EmailValidationMode: 0 | 1 | 2;
        /**
         * @description Nickname, ≤ 64 characters [AF api-140031576].
         *
         *     Limits: maxLength 64.
         */
        UserName: string;
        /**
         * @description Avatar URL, ≤ 1024 characters; moderated [AF api-140031576].
         *
         *     Limits: maxLength 1024.
         */
        UserAvatar: string;
        /** @description Signature line; moderated; no limit documented [AF api-140031576]. */
        UserSign: string;
        /**
         * @description E-mail address, ≤ 64 characters, may be empty [AF api-140031576].
         *
         *     Limits: maxLength 64.
         */
        UserEmail: string;
        /**
         * @description Birthday, free text ≤ 16 characters [AF api-140031576].
         *
         *     Limits: maxLength 16.
         */
        UserBirthday: string;
        /**
         * @description Mobile number, ≤ 32 characters; outside mainland China with the country code, e.g. `+1-…` [AF api-140031576].
         *
         *     Limits: maxLength 32.
         */
        UserMobile: string;
        /**
         * @description Developer extension, ≤ 1024 characters [AF api-140031576].
         *
         *     Limits: maxLength 1024.
         */
        UserExtension: string;
        /**
         * @description A user's profile (用户名片), as sent; absent fields stay as they are. Limits from Yunxin's
         *     Apifox page [AF api-140031576]; the field names are the SDKs' [SDK-J
         *     `CreateAccountRequestV2.UserInformation`, SDK-G `UserInformation`].
         */
        UserInformation: {
            name?: components["schemas"]["UserName"];
            avatar?: components["schemas"]["UserAvatar"];
            sign?: components["schemas"]["UserSign"];
            email?: components["schemas"]["UserEmail"];
            birthday?: components["schemas"]["UserBirthday"];
            mobile?: components["schemas"]["UserMobile"];
            gender?: components["schemas"]["UserGender"];
            extension?: components["schemas"]["UserExtension"];
            email_validation_mode?: components["schemas"]["EmailValidationMode"];
        };
        /** @description A user's profile as answered [SDK-J `UserInformation`, SDK-G `UserInformationResp`]. */
        UserInformationAnswer: {
            name?: string;
            avatar?: string;
            sign?: string;
            email?: string;
            birthday?: string;
            mobile?: string;
            /** @description 0 unknown, 1 male, 2 female. */
            gender?: number;
            extension?: string;
            /** @description SDK-G only [SDK-G]. */
            email_validation_mode?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Moderation (反垃圾) of the profile fields sent with the account [SDK-J
         *     `CreateAccountRequestV2.AntispamConfiguration`, SDK-G]. Yunxin's Apifox page marks
         *     `enabled` required when the object is present; the SDKs do not, so neither does the
         *     spec [AF api-140031576, SDK-J, SDK-G].
         */
        ProfileAntispamConfiguration: {
            /** @description Moderate the profile fields. */
            enabled?: boolean;
            /** @description The moderation business id per detection type [SDK-J, SDK-G]. */
            business_id_map?: {
                /** @description Detection type: 1 text, 2 image [SDK-G comment]. */
                type?: number;
                /** @description The moderation business id. */
                business_id?: string;
            }[];
        };
        /** @description One account id a batch call could not serve [SDK-J, SDK-G: the same three fields]. */
        AccountFailure: {
            account_id?: string;
            /** @description Why, e.g. 102404 (probably: the account does not exist [inferred]). */
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The account to register [SDK-J `CreateAccountRequestV2`, SDK-G `CreateAccountRequestV2`]. */
        CreateAccountRequest: {
            account_id: components["schemas"]["AccountId"];
            token?: components["schemas"]["AccountToken"];
            configuration?: components["schemas"]["AccountConfiguration"];
            user_information?: components["schemas"]["UserInformation"];
            antispam_configuration?: components["schemas"]["ProfileAntispamConfiguration"];
        };
        /** @description The registered account [SDK-J `CreateAccountResponseV2`, SDK-G]. */
        CreateAccountData: {
            /** @description The account id as the server stored it (lower case). */
            account_id?: string;
            /** @description The login token, generated when none was sent. */
            token?: string;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
            user_information?: components["schemas"]["UserInformationAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        CreateAccountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["CreateAccountData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One account found by a batch query [SDK-J `BatchQueryAccountsResponseV2.Account`, SDK-G `AccountInfo`]. */
        AccountSummary: {
            account_id?: string;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description The accounts found and the ids that failed [SDK-J `BatchQueryAccountsResponseV2`, SDK-G]. */
        BatchQueryAccountsData: {
            success_list?: components["schemas"]["AccountSummary"][];
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchQueryAccountsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryAccountsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The account with its new token [SDK-J `RefreshTokenResponseV2`; SDK-G has no `configuration`]. */
        RefreshTokenData: {
            account_id?: string;
            /** @description The new login token. */
            token?: string;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        RefreshTokenResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["RefreshTokenData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An extension the kicked clients receive, ≤ 256 characters [SDK-J, SDK-G comments; AF api-147081129].
         *
         *     Limits: maxLength 256.
         */
        KickNotifyExtension: string;
        /** @description The fields to set; absent fields stay [SDK-J `UpdateAccountRequestV2` minus `account_id`, SDK-G]. */
        UpdateAccountRequest: {
            token?: components["schemas"]["AccountToken"];
            configuration?: components["schemas"]["AccountConfiguration"];
            /**
             * @description Also force the account's devices offline [AF].
             * @default false
             */
            need_kick?: boolean;
            kick_notify_extension?: components["schemas"]["KickNotifyExtension"];
            user_information?: components["schemas"]["UserInformation"];
        };
        /** @description An account and its switches, as the account calls answer it [SDK-J, SDK-G]. */
        AccountSettingsData: {
            account_id?: string;
            /** @description The login token (in the update answer; SDK-G also reads it from the details answer). */
            token?: string;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        UpdateAccountData: components["schemas"]["AccountSettingsData"];
        /** @description The envelope of the answer. */
        UpdateAccountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateAccountData"];
        } & {
            [key: string]: unknown;
        };
        GetAccountDetailsData: components["schemas"]["AccountSettingsData"];
        /** @description The envelope of the answer. */
        GetAccountDetailsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["GetAccountDetailsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Disable or enable [SDK-J builds `{enabled, need_kick, kick_notify_extension}`, SDK-G the same]. */
        DisableAccountRequest: {
            /** @description `false` disables the account, `true` enables it. */
            enabled: boolean;
            /**
             * @description Also force the account's devices offline.
             * @default false
             */
            need_kick?: boolean;
            kick_notify_extension?: components["schemas"]["KickNotifyExtension"];
        };
        /** @description The account's switches [SDK-J `DisableAccountResponseV2`; SDK-G also reads `enabled`]. */
        DisableAccountData: {
            account_id?: string;
            /** @description Whether the account is enabled [SDK-G only]. */
            enabled?: boolean;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        DisableAccountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["DisableAccountData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The one switch [SDK-J builds `{push_enabled_when_desktop_online}`, SDK-G the same]. */
        SetPushConfigRequest: {
            /** @description Push to the mobiles while a desktop is online. */
            push_enabled_when_desktop_online: boolean;
        };
        /** @description The account's switches [SDK-J `SetPushConfigResponseV2`; SDK-G reads the switch at the top level]. */
        SetPushConfigData: {
            account_id?: string;
            /** @description SDK-G's shape [SDK-G]. */
            push_enabled_when_desktop_online?: boolean;
            configuration?: components["schemas"]["AccountConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        SetPushConfigResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SetPushConfigData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Which devices to force offline [SDK-J builds `{type, device_id_list, kick_notify_extension}`, SDK-G]. */
        KickAccountRequest: {
            /**
             * @description 1 every device, 2 the listed devices, 3 every device but the listed ones [SDK-G comment].
             * @enum {integer}
             */
            type: 1 | 2 | 3;
            /**
             * @description The device ids for types 2 and 3, at most 20 [SDK-J, SDK-G comments].
             *
             *     Limits: minItems 1, maxItems 20.
             */
            device_id_list?: string[];
            kick_notify_extension?: components["schemas"]["KickNotifyExtension"];
        };
        /** @description A device forced offline [SDK-J `KickAccountResponseV2.KickedDevice`, SDK-G]. */
        KickedDevice: {
            device_id?: string;
            /** @description The client's platform type [SDK-J `Integer`]. */
            client_type?: number;
            /** @description The connection id [SDK-J, SDK-G]. */
            consid?: string;
            /** @description When it logged in, milliseconds since the epoch. */
            login_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A device that could not be forced offline [SDK-J `KickAccountResponseV2.FailedKick`, SDK-G]. */
        DeviceFailure: {
            device_id?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        KickAccountData: {
            success_list?: components["schemas"]["KickedDevice"][];
            failed_list?: components["schemas"]["DeviceFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        KickAccountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["KickAccountData"];
        } & {
            [key: string]: unknown;
        };
        /** @description An account and one of its contacts [SDK-J, SDK-G: `account_id`, `contact_account_id`, both required]. */
        ContactPair: {
            account_id: components["schemas"]["AccountId"];
            contact_account_id: components["schemas"]["AccountId"];
        };
        /** @description One page of an account's contact list [SDK-J, SDK-G]. */
        ContactListPage: {
            /** @description Another page follows. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            /** @description The contacts' account ids. */
            items?: string[];
        } & {
            [key: string]: unknown;
        };
        AddBlockContactRequest: components["schemas"]["ContactPair"];
        /** @description The envelope of the answer, without data [SDK-J, SDK-G: empty answer classes]. */
        AddBlockContactResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        ListBlockContactsData: components["schemas"]["ContactListPage"];
        /** @description The envelope of the answer. */
        ListBlockContactsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListBlockContactsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer, without data [SDK-J, SDK-G: empty answer classes]. */
        RemoveBlockContactResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        AddMuteContactRequest: components["schemas"]["ContactPair"];
        /** @description The envelope of the answer, without data [SDK-J, SDK-G: empty answer classes]. */
        AddMuteContactResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        ListMuteContactsData: components["schemas"]["ContactListPage"];
        /** @description The envelope of the answer. */
        ListMuteContactsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListMuteContactsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer, without data [SDK-J, SDK-G: empty answer classes]. */
        RemoveMuteContactResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How `addFriend` adds: 1 at once (直接加好友), 2 by a request the contact accepts or refuses
         *     (请求加好友) [SDK-G comment, SDK-J `TestFriendV2.java:217`, `:364`].
         * @enum {integer}
         */
        FriendAdditionType: 1 | 2;
        /**
         * @description 3 accept the friend request (同意), 4 refuse it (拒绝) [official doc zAwMzgwNTU, SDK-J].
         * @enum {integer}
         */
        FriendRequestDecision: 3 | 4;
        /**
         * @description The alias (备注名) an account gives its friend, ≤ 128 characters [official doc zAwMzgwNTU].
         *
         *     Limits: maxLength 128.
         */
        FriendAlias: string;
        /**
         * @description Extension of the friendship that clients and the server read and write, ≤ 256 characters
         *     (the clients' `serverExtension`) [official doc zAwMzgwNTU].
         *
         *     Limits: maxLength 256.
         */
        FriendExtension: string;
        /**
         * @description Extension only the server API sets; the client SDKs pass it through unread. No limit is
         *     documented [official doc zAwMzgwNTU; gap].
         */
        FriendCustomerExtension: string;
        /** @description A postscript (附言) shown with the request or the decision; no limit documented [official doc zAwMzgwNTU; gap]. */
        FriendPostscript: string;
        /**
         * @description A friend as an account keeps it [SDK-J `AddFriendResponseV2`, `GetFriendResponseV2`,
         *     `ListFriendsResponseV2.FriendItemV2`, SDK-G `FriendItemV2`: the same four fields].
         *     `create_time` and `update_time` (milliseconds) are read by SDK-G's list item only [SDK-G].
         */
        Friend: {
            friend_account_id?: string;
            alias?: string;
            extension?: string;
            customer_extension?: string;
            /** @description When the friendship began, ms [SDK-G list item only]. */
            create_time?: number;
            /** @description When it last changed, ms [SDK-G list item only]. */
            update_time?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The friend to add [SDK-J `AddFriendRequestV2` without `type`, which SDK-J sends as the query;
         *     SDK-G `AddFriendRequestV2`, which sends `type` here].
         */
        AddFriendRequest: {
            account_id: components["schemas"]["AccountId"];
            friend_account_id: components["schemas"]["AccountId"];
            alias?: components["schemas"]["FriendAlias"];
            extension?: components["schemas"]["FriendExtension"];
            customer_extension?: components["schemas"]["FriendCustomerExtension"];
            postscript?: components["schemas"]["FriendPostscript"];
            /**
             * @description SDK-G's place for `type` [SDK-G]; SDK-J sends it as the query parameter instead, which
             *     is what the API most likely reads [inferred]. Prefer the query one.
             */
            type?: components["schemas"]["FriendAdditionType"];
        };
        /** @description The envelope of the answer. */
        AddFriendResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["Friend"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer, without data [SDK-J, SDK-G: empty answer classes]. */
        DeleteFriendResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description What to change about the friend [SDK-J `UpdateFriendRequestV2` without `account_id`, SDK-G]. */
        UpdateFriendRequest: {
            friend_account_id: components["schemas"]["AccountId"];
            alias?: components["schemas"]["FriendAlias"];
            extension?: components["schemas"]["FriendExtension"];
            customer_extension?: components["schemas"]["FriendCustomerExtension"];
        };
        /** @description The envelope of the answer. */
        UpdateFriendResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["Friend"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The request to accept or refuse [official doc zAwMzgwNTU, SDK-J `HandleFriendAdditionRequestV2`
         *     without its leaked `type`, SDK-G without its body `type`].
         */
        HandleFriendAdditionRequest: {
            account_id: components["schemas"]["AccountId"];
            friend_account_id: components["schemas"]["AccountId"];
            alias?: components["schemas"]["FriendAlias"];
            extension?: components["schemas"]["FriendExtension"];
            customer_extension?: components["schemas"]["FriendCustomerExtension"];
            postscript?: components["schemas"]["FriendPostscript"];
        };
        /** @description The envelope of the answer. */
        HandleFriendAdditionResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["Friend"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetFriendResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["Friend"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of an account's friends [SDK-J `ListFriendsResponseV2`, SDK-G, official doc DUyNzA2OTc]. */
        ListFriendsData: {
            /** @description Another page follows. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            /** @description How many friends the account has [SDK-J, SDK-G]. */
            total?: number;
            items?: components["schemas"]["Friend"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListFriendsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListFriendsData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The accounts whose online status the call is about, at most 100 (Yunxin's v1 limit and
         *     its client guide's; kept for v2 [inferred]) [SDK-J, SDK-G: `account_ids`; official doc
         *     jQyMjc1NTI].
         *
         *     Limits: minItems 1, maxItems 100.
         */
        StatusSubscriptionAccountIds: components["schemas"]["AccountId"][];
        /** @description The accounts to watch [SDK-J `SubscribeUserStatusRequestV2` without its leaked `subscriberAccountId`, `duration`; SDK-G]. */
        SubscribeUserStatusRequest: {
            account_ids: components["schemas"]["StatusSubscriptionAccountIds"];
        };
        /** @description The ids the call could not serve [SDK-J, SDK-G: `failed_list` of account_id, error_code, error_msg]. */
        SubscriptionFailuresData: {
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        SubscribeUserStatusResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SubscriptionFailuresData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The accounts to stop watching [SDK-J `UnsubscribeUserStatusRequestV2` without its leaked `subscriberAccountId`; SDK-G]. */
        UnsubscribeUserStatusRequest: {
            account_ids: components["schemas"]["StatusSubscriptionAccountIds"];
        };
        /** @description The envelope of the answer. */
        UnsubscribeUserStatusResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SubscriptionFailuresData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The accounts to ask about [SDK-J `QueryUserStatusSubscriptionRequestV2` without its leaked `subscriberAccountId`; SDK-G]. */
        QueryUserStatusSubscriptionRequest: {
            account_ids: components["schemas"]["StatusSubscriptionAccountIds"];
        };
        /** @description One subscription found [SDK-J `QueryUserStatusSubscriptionResponseV2.SubscriptionDetail`, SDK-G `SubscriptionDetail`]. */
        StatusSubscription: {
            /** @description The account watched. */
            account_id?: string;
            /** @description The event subscribed to; 1 is the online status event [official doc jQyMjc1NTI]. */
            event_type?: number;
            /** @description When the subscription was made, ms. */
            subscribe_time?: number;
            /** @description When it expires, ms. */
            expire_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The subscriptions found and the ids that failed [SDK-J, SDK-G]. */
        QueryUserStatusSubscriptionData: {
            subscribes?: components["schemas"]["StatusSubscription"][];
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryUserStatusSubscriptionResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryUserStatusSubscriptionData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The profile fields to set [SDK-J `UpdateUserRequestV2` without `accountId`, SDK-G
         *     `UpdateUserRequestV2`]: those of `UserInformation`, plus the moderation of them.
         */
        UpdateUserRequest: {
            name?: components["schemas"]["UserName"];
            avatar?: components["schemas"]["UserAvatar"];
            sign?: components["schemas"]["UserSign"];
            email?: components["schemas"]["UserEmail"];
            birthday?: components["schemas"]["UserBirthday"];
            mobile?: components["schemas"]["UserMobile"];
            gender?: components["schemas"]["UserGender"];
            extension?: components["schemas"]["UserExtension"];
            email_validation_mode?: components["schemas"]["EmailValidationMode"];
            antispam_configuration?: components["schemas"]["ProfileAntispamConfiguration"];
        };
        /**
         * @description A user's profile as answered, with its account id [SDK-J `GetUserResponseV2`,
         *     `UpdateUserResponseV2`, `BatchGetUsersResponseV2.UserInfo`, SDK-G `UserInfo`: the same
         *     nine fields].
         */
        User: {
            account_id?: string;
            name?: string;
            avatar?: string;
            sign?: string;
            email?: string;
            birthday?: string;
            mobile?: string;
            /** @description 0 unknown, 1 male, 2 female. */
            gender?: number;
            extension?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        UpdateUserResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["User"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetUserResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["User"];
        } & {
            [key: string]: unknown;
        };
        /** @description The profiles found and the ids that failed [SDK-J `BatchGetUsersResponseV2`, SDK-G]. */
        BatchGetUsersData: {
            success_list?: components["schemas"]["User"][];
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchGetUsersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchGetUsersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The accounts to look up [SDK-J `GetUserOnlineStatusRequestV2`, SDK-G, AF api-254246884]. */
        GetUsersOnlineStatusRequest: {
            /**
             * @description At most 100 accounts (最大账号个数: 100) [AF api-254246884].
             *
             *     Limits: minItems 1, maxItems 100.
             */
            account_ids: components["schemas"]["AccountId"][];
        };
        /** @description One client an account is logged in on [SDK-J `GetUserOnlineStatusResponseV2.ClientStatus`, SDK-G `ClientStatus`]. */
        ClientOnlineStatus: {
            /** @description 1 Android, 2 iOS, 4 PC, 16 web, 64 Mac, 65 HarmonyOS [SDK-J, SDK-G constants]; others may appear. */
            client_type?: number;
            /** @description When it logged in, ms. */
            login_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description An account and the clients it is logged in on; none when offline [SDK-J, SDK-G]. */
        UserOnlineStatus: {
            account_id?: string;
            online_status?: components["schemas"]["ClientOnlineStatus"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Each account's clients and the ids that failed [SDK-J `GetUserOnlineStatusResponseV2`, SDK-G]. */
        GetUsersOnlineStatusData: {
            success_list?: components["schemas"]["UserOnlineStatus"][];
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetUsersOnlineStatusResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["GetUsersOnlineStatusData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int64
         * @description A chatroom id (聊天室 ID), assigned by the server: a Java `Long` in SDK-J, so an int64 that
         *     can exceed 2^53. The generated types and the client carry it as a **decimal string**,
         *     parsed losslessly from the raw JSON.
         *
         *     Limits: minimum 1.
         */
        RoomId: string;
        /**
         * @description A chatroom member's role (成员角色), an integer [SDK-J `Integer`]: 0 fixed member,
         *     2 manager, 3 guest [SDK-J@bf88b33 javadoc of setMemberRole, SDK-G comment]; 1 is the
         *     creator (Yunxin's Apifox example lists the creator with role 1 [AF api-149295052]).
         *     Other values (anonymous or virtual members) may occur [inferred].
         */
        ChatroomMemberRole: number;
        /**
         * @description The extension of the notification the members get, a JSON string, ≤ 2048 characters [AF api-147380719].
         *
         *     Limits: maxLength 2048.
         */
        ChatroomNotificationExtension: string;
        /** @description Content moderation (反垃圾) of the room's or member's fields [SDK-J, SDK-G]. */
        ChatroomAntispamConfiguration: {
            /** @description Moderate the fields. */
            enabled?: boolean;
            /** @description The moderation business id per detection type. */
            business_id_map?: {
                /** @description Detection type: 1 text, 2 image [SDK-J, SDK-G]. */
                type?: number;
                /** @description The moderation business id. */
                business_id?: string;
            }[];
        };
        /** @description The room's timed-closing (定时关闭) state [SDK-J, SDK-G]. */
        ChatroomDelayInfo: {
            /** @description Timed closing is on. */
            delay_close_enable?: boolean;
            /** @description 0 off, 1 close after a fixed time, 2 close a fixed time after the room empties [official doc DkwNzE5MjA]. */
            delay_close_policy?: number;
            /** @description The closing delay in seconds. */
            delay_seconds?: number;
            /** @description The closing state [SDK-J; values not documented]. */
            status?: number;
            /** @description When the countdown started, milliseconds since the epoch. */
            start_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A chatroom as the create, update and open/close answers return it [SDK-J]. */
        ChatroomInfo: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description `true` open, `false` closed. */
            valid?: boolean;
            /** @description The creator's account id. */
            creator?: string;
            room_name?: string;
            announcement?: string;
            live_url?: string;
            extension?: string;
            /** @description The whole room is muted. */
            chat_banned?: boolean;
            /** @description Who may change the queue: 0 everyone, 1 only the creator and managers [official v1 doc]. */
            queue_level?: number;
            delay_info?: components["schemas"]["ChatroomDelayInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description One online session of a member [SDK-J, SDK-G]. */
        ChatroomMemberOnlineInfo: {
            room_nick?: string;
            room_avatar?: string;
            /** @description When the session entered, milliseconds since the epoch. */
            enter_time?: number;
            /** @description The client's type. */
            client_type?: number;
            /** @description The session is a robot. */
            robot?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A chatroom member [SDK-J `ChatroomMemberInfo`, SDK-G `ChatroomMemberInfo`]. */
        ChatroomMember: {
            account_id?: string;
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description The member's nick in the room. */
            room_nick?: string;
            /** @description The member's avatar in the room. */
            room_avatar?: string;
            extension?: string;
            member_role?: components["schemas"]["ChatroomMemberRole"];
            member_level?: number;
            is_online?: boolean;
            /** @description When the member entered, milliseconds since the epoch. */
            enter_time?: number;
            /** @description On the room's blacklist. */
            blocked?: boolean;
            /** @description Muted. */
            chat_banned?: boolean;
            /** @description Temporarily muted. */
            temp_chat_banned?: boolean;
            /** @description How long the temporary mute lasts. */
            temp_chat_banned_time?: number;
            /** @description The member's tags, a JSON array as a string. */
            tags?: string;
            /** @description The tag expression of who is notified of the member's entry and exit. */
            notify_target_tags?: string;
            online_info_list?: components["schemas"]["ChatroomMemberOnlineInfo"][];
            /** @description How many sessions are online. */
            online_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The new chatroom [SDK-J `CreateChatroomRequestV2`, SDK-G; the two agree]. */
        CreateChatroomRequest: {
            creator: components["schemas"]["AccountId"];
            /**
             * @description The room's name, ≤ 128 characters [SDK-J].
             *
             *     Limits: minLength 1, maxLength 128.
             */
            room_name: string;
            /**
             * @description The announcement, ≤ 4096 characters [SDK-J].
             *
             *     Limits: maxLength 4096.
             */
            announcement?: string;
            /**
             * @description The live stream URL, ≤ 1024 characters [SDK-J].
             *
             *     Limits: maxLength 1024.
             */
            live_url?: string;
            /**
             * @description Developer extension, ≤ 4096 characters [SDK-J].
             *
             *     Limits: maxLength 4096.
             */
            extension?: string;
            /**
             * @description Who may change the queue: 0 everyone (default), 1 only the creator and managers [official v1 doc jA0MzQxOTI].
             * @enum {integer}
             */
            queue_level?: 0 | 1;
            /**
             * @description Timed closing: 0 off, 1 after a fixed time, 2 a fixed time after the room empties [official doc DkwNzE5MjA].
             * @enum {integer}
             */
            delay_close_policy?: 0 | 1 | 2;
            /**
             * @description The timed-closing delay in seconds, ≤ 7 × 24 × 3600 [official doc DkwNzE5MjA].
             *
             *     Limits: minimum 0, maximum 604800.
             */
            delay_seconds?: number;
            /**
             * @description Members entering and leaving trigger notifications (default on [official v1 doc jA0MzQxOTI]).
             * @default true
             */
            in_out_notification?: boolean;
            antispam_configuration?: components["schemas"]["ChatroomAntispamConfiguration"];
        };
        CreateChatroomData: components["schemas"]["ChatroomInfo"];
        /** @description The envelope of the answer. */
        CreateChatroomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["CreateChatroomData"];
        } & {
            [key: string]: unknown;
        };
        GetChatroomAddressData: {
            /** @description The addresses, `host:port` strings [SDK-J `List<String>`]. */
            items?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetChatroomAddressResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["GetChatroomAddressData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The chatroom, with its online counts when asked for [SDK-J, SDK-G]. */
        GetChatroomInfoData: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description `true` open, `false` closed. */
            valid?: boolean;
            creator?: string;
            room_name?: string;
            announcement?: string;
            live_url?: string;
            extension?: string;
            /** @description The whole room is muted. */
            chat_banned?: boolean;
            queue_level?: number;
            /**
             * @description Whether entry/exit notifications are on. Both SDKs read an integer here (SDK-J
             *     `Integer`, SDK-G `*int`) although the create request takes a boolean, so both are
             *     accepted.
             */
            in_out_notification?: number | boolean;
            cdn_message_enable?: boolean;
            /** @description Online users in total. */
            online_user_count?: number;
            ios_online_user_count?: number;
            android_online_user_count?: number;
            pc_online_user_count?: number;
            web_online_user_count?: number;
            mac_online_user_count?: number;
            harmony_online_user_count?: number;
            delay_info?: components["schemas"]["ChatroomDelayInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetChatroomInfoResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["GetChatroomInfoData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The fields to change; absent fields stay [SDK-J `UpdateChatroomInfoRequestV2`, SDK-G]. */
        UpdateChatroomInfoRequest: {
            /**
             * Format: int64
             * @description The room again, an int64; SDK-J sends it, SDK-G does not, and the path is what names the room [inferred].
             */
            room_id?: string;
            /** @description Limits: minLength 1, maxLength 128. */
            room_name?: string;
            /** @description Limits: maxLength 4096. */
            announcement?: string;
            /** @description Limits: maxLength 1024. */
            live_url?: string;
            /** @description Limits: maxLength 4096. */
            extension?: string;
            /** @enum {integer} */
            queue_level?: 0 | 1;
            /** @description Notify the members of the change. */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
            antispam_configuration?: components["schemas"]["ChatroomAntispamConfiguration"];
        };
        UpdateChatroomInfoData: components["schemas"]["ChatroomInfo"];
        /** @description The envelope of the answer. */
        UpdateChatroomInfoResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateChatroomInfoData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Open or close, and the timed-closing policy [official doc DkwNzE5MjA, SDK-J, SDK-G]. */
        UpdateChatroomStatusRequest: {
            operator_account_id: components["schemas"]["AccountId"];
            /** @description `true` open, `false` close (kicks every online member). */
            valid: boolean;
            /**
             * @description 0 off, 1 after a fixed time, 2 a fixed time after the room empties.
             * @enum {integer}
             */
            delay_close_policy?: 0 | 1 | 2;
            /**
             * @description The delay in seconds, ≤ 604800 [official doc DkwNzE5MjA].
             *
             *     Limits: minimum 0, maximum 604800.
             */
            delay_seconds?: number;
        };
        UpdateChatroomStatusData: components["schemas"]["ChatroomInfo"];
        /** @description The envelope of the answer. */
        UpdateChatroomStatusResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateChatroomStatusData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The room-wide mute [SDK-J `ToggleChatroomMuteRequestV2`, SDK-G]. */
        ToggleChatroomMuteRequest: {
            operator_account_id: components["schemas"]["AccountId"];
            /** @description `true` mutes the room, `false` unmutes it. */
            chat_banned: boolean;
            /** @description Notify the members. */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        /** @description The envelope of the answer, without data. */
        ToggleChatroomMuteResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer, without data. */
        ToggleInOutNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        QueryOpenChatroomsData: {
            /** @description The open rooms' ids, decimal strings [SDK-J `List<String>`, SDK-G `[]string`]. */
            items?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryOpenChatroomsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryOpenChatroomsData"];
        } & {
            [key: string]: unknown;
        };
        ListOnlineMembersData: {
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `offset` of the next page. */
            offset?: number;
            items?: components["schemas"]["ChatroomMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListOnlineMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListOnlineMembersData"];
        } & {
            [key: string]: unknown;
        };
        ListFixedMembersData: {
            items?: components["schemas"]["ChatroomMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListFixedMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListFixedMembersData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ChatroomMessageTextBody
         * @description A text (0) or tip (10) chatroom message; `text` is required [SDK-J@bf88b33].
         */
        ChatroomMessageTextBody: {
            /**
             * @description The client's id of the message, unique per sender; a resend (`resend_flag` 1) is de-duplicated by it [SDK-J@bf88b33].
             *
             *     Limits: minLength 1.
             */
            message_client_id: string;
            /**
             * @description 0 text, 10 tip.
             * @enum {integer}
             */
            message_type: 0 | 10;
            sub_type?: components["schemas"]["SubType"];
            /**
             * @description The text.
             *
             *     Limits: minLength 1.
             */
            text: string;
            /** @description Extra attributes (a JSON object). */
            attachment?: {
                [key: string]: unknown;
            };
            /** @description Spatial coordinate x, for spatial chatrooms [SDK-J]. */
            location_x?: number;
            /** @description Spatial coordinate y [SDK-J]. */
            location_y?: number;
            /** @description Spatial coordinate z [SDK-J]. */
            location_z?: number;
        };
        /**
         * ChatroomMessageAttachmentBody
         * @description An image (1), audio (2), video (3), location (4) or file (6) chatroom message; `attachment` is required [SDK-J@bf88b33].
         */
        ChatroomMessageAttachmentBody: {
            /**
             * @description The client's id of the message.
             *
             *     Limits: minLength 1.
             */
            message_client_id: string;
            /**
             * @description 1 image, 2 audio, 3 video, 4 location, 6 file.
             * @enum {integer}
             */
            message_type: 1 | 2 | 3 | 4 | 6;
            sub_type?: components["schemas"]["SubType"];
            /** @description A description, used by the history search [SDK-J@bf88b33]. */
            text?: string;
            /** @description The media's attributes, a JSON object (see the attachment shapes of the P2P messages). */
            attachment: {
                [key: string]: unknown;
            };
            location_x?: number;
            location_y?: number;
            location_z?: number;
        };
        /**
         * ChatroomMessageCustomBody
         * @description A custom chatroom message (100); `attachment` and `sub_type` are required [SDK-J@bf88b33].
         */
        ChatroomMessageCustomBody: {
            /**
             * @description The client's id of the message.
             *
             *     Limits: minLength 1.
             */
            message_client_id: string;
            /**
             * @description 100 custom.
             * @constant
             */
            message_type: 100;
            sub_type: components["schemas"]["SubType"];
            /** @description A description, used by the history search. */
            text?: string;
            /** @description The custom content, any JSON object. */
            attachment: {
                [key: string]: unknown;
            };
            location_x?: number;
            location_y?: number;
            location_z?: number;
        };
        /**
         * @description A chatroom message to send, a union on `message_type` [SDK-J `MessageBody`, SDK-G]. SDK-J
         *     and SDK-G set no length limit on `text`, so the spec sets none.
         */
        ChatroomMessageBody: components["schemas"]["ChatroomMessageTextBody"] | components["schemas"]["ChatroomMessageAttachmentBody"] | components["schemas"]["ChatroomMessageCustomBody"];
        /** @description How a chatroom message is delivered and kept [SDK-J@bf88b33 javadoc, SDK-G]. */
        ChatroomMessageConfig: {
            /** @description Send even if the sender is (temporarily) muted. */
            ignore_chat_banned?: boolean;
            /** @description Store the message in the cloud history. */
            history_enabled?: boolean;
            /** @description A high-priority message (up to 10 a second per receiver). */
            high_priority?: boolean;
            /** @description Resend high-priority messages to members who re-enter. */
            need_high_priority_msg_resend?: boolean;
            /**
             * @description The probability (out of 10000) that the message is dropped, 0..9999.
             *
             *     Limits: minimum 0, maximum 9999.
             */
            abandon_ratio?: number;
            /** @description The tag expression of who receives the message. */
            notify_target_tags?: string;
            /**
             * @description The priority through the CDN channel, 0..3.
             *
             *     Limits: minimum 0, maximum 3.
             */
            chat_msg_priority?: number;
            /**
             * @description A high-priority message over the rate: 0 downgrade to ordinary (default), 1 refuse with 403.
             * @enum {integer}
             */
            forbidden_if_high_priority_msg_freq?: 0 | 1;
        };
        /** @description Digital-human (AI) parameters of a message [SDK-J `AiParams`, SDK-G]; every field but `send_original` is a string. */
        AiParams: {
            /** @description The digital human's account id. */
            account?: string;
            /** @description The question for the digital human. */
            content?: string;
            /** @description The conversation context, a JSON string. */
            messages?: string;
            /** @description Variables of the prompt template, a JSON string. */
            prompt_variables?: string;
            /** @description Model parameters, a JSON string. */
            config?: string;
            /** @description Also deliver the original message. */
            send_original?: boolean;
        };
        /** @description A chatroom message as the server accepted it [SDK-J, SDK-G]. */
        ChatroomSentMessage: {
            /**
             * Format: int64
             * @description The server's id of the message (SDK-J@bf88b33 read it; the current SDKs do not).
             */
            message_server_id?: string;
            message_client_id?: string;
            message_type?: number;
            sub_type?: number;
            text?: string;
            attachment?: {
                [key: string]: unknown;
            };
            extension?: string;
            sender_id?: string;
            sender_nick?: string;
            sender_avatar?: string;
            /**
             * Format: int64
             * @description The chatroom id, an int64.
             */
            room_id?: string;
            /** @description When it was sent, milliseconds since the epoch (pass it to recallChatroomMessage). */
            create_time?: number;
            /** @description The message was dropped by the per-receiver rate limit. */
            msg_abandon?: boolean;
            high_priority?: boolean;
            /** @description The message this one answers [SDK-J; the name is spelled `replay` on the wire]. */
            replay_message?: {
                message_client_id?: string;
                create_time?: number;
                sender_id?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A receiver the message did not reach. The receiver is `account_id` in SDK-J and `receiver_id` in SDK-G; both are accepted. */
        ChatroomFailedReceiver: {
            account_id?: string;
            receiver_id?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One message into the room [SDK-J `SendChatroomMessageRequestV2`, SDK-G; the two agree]. */
        SendChatroomMessageRequest: {
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description Only these members receive it (a directed message, not stored in the history) [SDK-J@bf88b33].
             *
             *     Limits: minItems 1.
             */
            receiver_ids?: components["schemas"]["AccountId"][];
            /**
             * @description 1: a resend, de-duplicated by `message_client_id` [SDK-J@bf88b33].
             * @default 0
             * @enum {integer}
             */
            resend_flag?: 0 | 1;
            /** @description Developer extension, a JSON string. */
            extension?: string;
            message: components["schemas"]["ChatroomMessageBody"];
            message_config?: components["schemas"]["ChatroomMessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            antispam_config?: components["schemas"]["AntispamConfig"];
            ai_params?: components["schemas"]["AiParams"];
        };
        SendChatroomMessageData: {
            message?: components["schemas"]["ChatroomSentMessage"];
            /** @description Receivers of a directed message it did not reach. */
            failed_list?: components["schemas"]["ChatroomFailedReceiver"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        SendChatroomMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendChatroomMessageData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Up to 20 messages into one room [SDK-J `BatchSendChatroomMessagesRequestV2`, SDK-G; the two agree]. */
        BatchSendChatroomMessagesRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64, in the body [SDK-J, SDK-G].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description Only these members receive the messages (directed, not stored in the history).
             *
             *     Limits: minItems 1.
             */
            receiver_ids?: components["schemas"]["AccountId"][];
            /**
             * @description 1: resends, de-duplicated by `message_client_id`.
             * @default 0
             * @enum {integer}
             */
            resend_flag?: 0 | 1;
            /** @description Developer extension, a JSON string. */
            extension?: string;
            /**
             * @description 1..20 messages, each ≤ 5 KB [SDK-J@bf88b33 javadoc].
             *
             *     Limits: minItems 1, maxItems 20.
             */
            messages: components["schemas"]["ChatroomMessageBody"][];
            message_config?: components["schemas"]["ChatroomMessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            antispam_config?: components["schemas"]["AntispamConfig"];
        };
        /**
         * @description One entry of the batch's `failed_list`. SDK-J reads `failed_account_ids` and
         *     `failed_messages`; SDK-G reads `message_client_id`, `error_code` and `error_msg`;
         *     SDK-J@bf88b33 read `message_client_id` and `reason`. All are accepted.
         */
        ChatroomBatchFailure: {
            failed_account_ids?: components["schemas"]["ChatroomFailedReceiver"][];
            failed_messages?: ({
                message_client_id?: string;
                error_code?: number;
                error_msg?: string;
            } & {
                [key: string]: unknown;
            })[];
            message_client_id?: string;
            error_code?: number;
            error_msg?: string;
            reason?: string;
        } & {
            [key: string]: unknown;
        };
        BatchSendChatroomMessagesData: {
            success_list?: components["schemas"]["ChatroomSentMessage"][];
            failed_list?: components["schemas"]["ChatroomBatchFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchSendChatroomMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchSendChatroomMessagesData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer, without data. */
        RecallChatroomMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description A message of the chatroom history [SDK-J `MessageItem`, SDK-G]. */
        ChatroomHistoryMessage: {
            sender_id?: string;
            /** @description 0 text, 1 image, 2 audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot, 100 custom [SDK-J@bf88b33]. */
            message_type?: number;
            /** @description [SDK-G] */
            sub_type?: number;
            /** @description Milliseconds since the epoch. */
            create_time?: number;
            message_client_id?: string;
            /** @description The sender's client: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST, 64 Mac [SDK-J@bf88b33]. The SDKs read an integer, Yunxin's Apifox example shows a string ("32"); both are accepted. */
            sender_client_type?: number | string;
            text?: string;
            attachment?: {
                [key: string]: unknown;
            };
            /** @description [SDK-J] */
            extension?: string;
        } & {
            [key: string]: unknown;
        };
        QueryChatroomHistoryMessagesData: {
            has_more?: boolean;
            /** @description The next page's `page_token`. */
            next_token?: string;
            items?: components["schemas"]["ChatroomHistoryMessage"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryChatroomHistoryMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryChatroomHistoryMessagesData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The role and the member's room information [SDK-J `SetMemberRoleRequestV2`, SDK-G; the two agree]. */
        SetMemberRoleRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description 0 fixed member, 2 manager (only the creator sets it), 3 guest (removes the fixed status) [SDK-J@bf88b33 javadoc, SDK-G comment].
             * @enum {integer}
             */
            member_role: 0 | 2 | 3;
            room_nick?: string;
            room_avatar?: string;
            member_level?: number;
            /**
             * @description Developer extension [≤ 4096 per SDK-J@bf88b33 on the sibling updateOnlineMemberInfo].
             *
             *     Limits: maxLength 4096.
             */
            extension?: string;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
            antispam_configuration?: components["schemas"]["ChatroomAntispamConfiguration"];
        };
        /** @description The envelope of the answer, without data. */
        SetMemberRoleResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description The online member's new room information [SDK-J `UpdateOnlineMemberInfoRequestV2`, SDK-G; the two agree]. */
        UpdateOnlineMemberInfoRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            /**
             * @description Also change a fixed member's stored information (only fixed members) [SDK-J@bf88b33].
             * @default false
             */
            persistence?: boolean;
            room_nick?: string;
            room_avatar?: string;
            /**
             * @description Developer extension, ≤ 4096 characters [SDK-J@bf88b33].
             *
             *     Limits: maxLength 4096.
             */
            extension?: string;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
            antispam_configuration?: components["schemas"]["ChatroomAntispamConfiguration"];
        };
        UpdateOnlineMemberInfoData: components["schemas"]["ChatroomMember"];
        /** @description The envelope of the answer. */
        UpdateOnlineMemberInfoResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateOnlineMemberInfoData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The member's mute [SDK-J `ToggleChatBanRequestV2`, SDK-G; the two agree]. */
        ToggleChatBanRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /** @description `true` mutes, `false` unmutes. */
            chat_banned: boolean;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        /** @description The envelope of the answer, without data. */
        ToggleChatBanResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description The member's tags [SDK-J `ModifyMemberTagsRequestV2`, SDK-G; the two agree]. */
        ModifyMemberTagsRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            /**
             * @description The tags, replacing the current ones [SDK-J@bf88b33].
             *
             *     Limits: minItems 1.
             */
            tags: string[];
            /** @description The tag expression of who is notified of the change and of the member's disconnection [SDK-J@bf88b33]. */
            notify_target_tags?: string;
            /**
             * @description Extension of the notification, ≤ 2048 characters [SDK-J@bf88b33].
             *
             *     Limits: maxLength 2048.
             */
            notify_extension?: string;
        };
        /** @description The envelope of the answer, without data. */
        ModifyMemberTagsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        QueryTaggedMembersCountData: {
            tag?: string;
            /** @description Online members with the tag. */
            online_user_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryTaggedMembersCountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryTaggedMembersCountData"];
        } & {
            [key: string]: unknown;
        };
        ListTaggedMembersData: {
            /** @description The next page's `offset`. */
            offset?: number;
            has_more?: boolean;
            items?: components["schemas"]["ChatroomMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListTaggedMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListTaggedMembersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The member's temporary mute [SDK-J `ToggleTempChatBanRequestV2`, SDK-G; the two agree on the names]. */
        ToggleTempChatBanRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /** @description `true` mutes for `chat_banned_duration`, `false` lifts the mute. */
            chat_banned: boolean;
            /**
             * @description How long, in seconds, ≤ 2592000 (30 days); required when muting [AF api-147380719, SDK-J@bf88b33].
             *
             *     Limits: minimum 1, maximum 2592000.
             */
            chat_banned_duration?: number;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        ToggleTempChatBanData: {
            /** @description The mute's remaining duration [AF api-147380719]. */
            mute_duration?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ToggleTempChatBanResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ToggleTempChatBanData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The member's blacklist state [SDK-J `ToggleBlockedRequestV2`, SDK-G; the two agree]. */
        ToggleBlockedRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /** @description `true` blacklists, `false` removes from the blacklist. */
            blocked: boolean;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        /** @description The envelope of the answer, without data. */
        ToggleBlockedResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /** @description A member on the blacklist, the muted list or the virtual list [SDK-J, SDK-G; SDK-G reads the extra fields]. */
        ChatroomListedMember: {
            account_id?: string;
            room_nick?: string;
            room_avatar?: string;
            /** @description [SDK-G] */
            extension?: string;
            /** @description When the member was blacklisted [SDK-G]. */
            block_time?: number;
            /** @description When a virtual member entered, milliseconds since the epoch. */
            enter_time?: number;
            /** @description [SDK-G] */
            chat_banned?: boolean;
            /** @description [SDK-G] */
            temp_chat_banned?: boolean;
            /** @description [SDK-G] */
            temp_chat_banned_time?: number;
        } & {
            [key: string]: unknown;
        };
        QueryChatroomBlacklistData: {
            items?: components["schemas"]["ChatroomListedMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryChatroomBlacklistResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryChatroomBlacklistData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The temporary mute of every member with a tag [SDK-J `ToggleTaggedMembersChatBanRequestV2`, SDK-G; the two agree on the names]. */
        ToggleTaggedMembersChatBanRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description The members with this tag.
             *
             *     Limits: minLength 1.
             */
            target_tag: string;
            /** @description `true` mutes, `false` unmutes. */
            chat_banned: boolean;
            /**
             * @description How long, in seconds, ≤ 2592000 (30 days); required when muting [AF api-147380719, SDK-J@bf88b33].
             *
             *     Limits: minimum 1, maximum 2592000.
             */
            chat_banned_duration?: number;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
            /** @description The tag expression notified (default: `target_tag`) [SDK-J@bf88b33]. */
            notification_target_tags?: string;
        };
        ToggleTaggedMembersChatBanData: {
            /** @description The mute's duration. */
            mute_duration?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ToggleTaggedMembersChatBanResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ToggleTaggedMembersChatBanData"];
        } & {
            [key: string]: unknown;
        };
        /** @description An account the operation did not apply to [SDK-J, SDK-G]. */
        ChatroomMemberFailure: {
            account_id?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        BatchQueryChatroomMembersData: {
            success_list?: components["schemas"]["ChatroomMember"][];
            failed_list?: components["schemas"]["ChatroomMemberFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchQueryChatroomMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryChatroomMembersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Virtual members to add [SDK-J `AddVirtualMembersRequestV2`, SDK-G; the two agree]. */
        AddVirtualMembersRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            /**
             * @description 1..200 virtual members [SDK-J@bf88b33].
             *
             *     Limits: minItems 1, maxItems 200.
             */
            virtual_members: {
                account_id: components["schemas"]["AccountId"];
                room_nick?: string;
                room_avatar?: string;
                /**
                 * @description ≤ 4096 characters [SDK-J@bf88b33].
                 *
                 *     Limits: maxLength 4096.
                 */
                extension?: string;
            }[];
            /** @description Developer extension of the operation [SDK-J, SDK-G]. */
            extension?: string;
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        AddVirtualMembersData: {
            /** @description The added accounts. */
            success_list?: string[];
            failed_list?: components["schemas"]["ChatroomMemberFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        AddVirtualMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["AddVirtualMembersData"];
        } & {
            [key: string]: unknown;
        };
        DeleteVirtualMembersData: {
            /** @description The removed accounts. */
            success_list?: string[];
            failed_list?: components["schemas"]["ChatroomMemberFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        DeleteVirtualMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["DeleteVirtualMembersData"];
        } & {
            [key: string]: unknown;
        };
        ClearVirtualMembersData: {
            /** @description How many virtual members were removed [SDK-J, SDK-G]. */
            count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ClearVirtualMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ClearVirtualMembersData"];
        } & {
            [key: string]: unknown;
        };
        QueryVirtualMembersData: {
            items?: components["schemas"]["ChatroomListedMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryVirtualMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryVirtualMembersData"];
        } & {
            [key: string]: unknown;
        };
        QueryChatBannedData: {
            items?: components["schemas"]["ChatroomListedMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryChatBannedResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryChatBannedData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Who kicks, and the notification [SDK-J `KickChatRoomMemberRequestV2` without its camelCase `accountId` leak]. */
        KickChatroomMemberRequest: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 [SDK-J `Long`].
             *
             *     Limits: minimum 1.
             */
            room_id: string;
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description Notify the room of the change.
             * @default false
             */
            notification_enabled?: boolean;
            notification_extension?: components["schemas"]["ChatroomNotificationExtension"];
        };
        /** @description The envelope of the answer, without data. */
        KickChatroomMemberResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The key of a chatroom queue element (队列元素 key) [SDK-J, SDK-G `string`; no length limit found, gap].
         *
         *     Limits: minLength 1.
         */
        ChatroomQueueElementKey: string;
        /** @description The notification of a queue change the room's members get [SDK-J `NotificationConfig`, SDK-G `NotificationConfig`]. */
        ChatroomQueueNotificationConfig: {
            /** @description Send the queue-change notification. */
            notification_enabled?: boolean;
            /** @description The notification's extension, a JSON string [SDK-J, SDK-G; no limit found]. */
            notification_extension?: string;
            /** @description Send the notification as a high-priority message [SDK-J `Integer`, SDK-G `*int`; values not documented in the SDKs]. */
            high_priority?: number;
            /** @description The high-priority policy [SDK-J `Integer`, SDK-G `*int`; values not documented in the SDKs]. */
            high_priority_policy?: number;
        };
        /** @description A queue element to add or update [SDK-J `UpdateChatroomQueueRequestV2.QueueElement`, SDK-G `QueueElement`]. */
        ChatroomQueueElement: {
            element_key: components["schemas"]["ChatroomQueueElementKey"];
            /** @description The element's value [SDK-J, SDK-G `string`]. */
            element_value: string;
            element_account_id?: components["schemas"]["AccountId"];
            /** @description Remove the element when its owner (`element_account_id`) leaves the room. */
            element_transient?: boolean;
            /** @description How the element is added [SDK-J `Integer`, SDK-G `*int`; values not documented in the SDKs, gap]. */
            element_add_policy?: number;
        };
        /** @description A queue element as the answers give it [SDK-J, SDK-G; `create_time`/`update_time` in SDK-G only]. */
        ChatroomQueueElementAnswer: {
            element_key?: string;
            element_value?: string;
            /** @description The element's owner. */
            element_account_id?: string;
            /** @description Removed when its owner leaves the room. */
            element_transient?: boolean;
            /** @description When it was added, milliseconds since the epoch [SDK-G]. */
            create_time?: number;
            /** @description When it was last updated, milliseconds since the epoch [SDK-G]. */
            update_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The queue's size limit and forwarding [SDK-J `InitializeChatroomQueueRequestV2`, SDK-G]; `room_id` is what SDK-G also puts in the body. */
        InitializeChatroomQueueRequest: {
            room_id?: components["schemas"]["RoomId"];
            /**
             * @description How many elements the queue holds [SDK-J `Integer`; bounds not found, gap].
             *
             *     Limits: minimum 1.
             */
            queue_size_limit?: number;
            route_config?: components["schemas"]["RouteConfig"];
        };
        /** @description The envelope of the answer; its data is empty. */
        InitializeChatroomQueueResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Which elements to answer [SDK-J `QueryChatroomQueueElementsRequestV2`, SDK-G]. */
        QueryChatroomQueueElementsRequest: {
            /**
             * @description The keys of the elements to answer; absent: every element [SDK-J sends it only when not empty].
             *
             *     Limits: minItems 1.
             */
            element_key_list?: components["schemas"]["ChatroomQueueElementKey"][];
            route_config?: components["schemas"]["RouteConfig"];
        };
        QueryChatroomQueueElementsData: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description How many elements the queue holds [SDK-J `Long`]. */
            queue_size_limit?: number;
            /** @description How many it holds now [SDK-J `Long`]. */
            queue_size?: number;
            element_list?: components["schemas"]["ChatroomQueueElementAnswer"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryChatroomQueueElementsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryChatroomQueueElementsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Who changes the queue, the elements and the notification [SDK-J `UpdateChatroomQueueRequestV2`, SDK-G]. */
        UpdateChatroomQueueRequest: {
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description The elements to add or update [SDK-J, SDK-G; no maximum found, gap].
             *
             *     Limits: minItems 1.
             */
            element_list: components["schemas"]["ChatroomQueueElement"][];
            notification_config?: components["schemas"]["ChatroomQueueNotificationConfig"];
            route_config?: components["schemas"]["RouteConfig"];
        };
        /** @description An element that was neither added nor updated [SDK-J `FailedElement`, SDK-G]. */
        ChatroomQueueElementFailure: {
            element_key?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        UpdateChatroomQueueData: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description How many elements the queue holds [SDK-J `Long`]. */
            queue_size_limit?: number;
            /** @description How many it holds now [SDK-J `Long`]. */
            queue_size?: number;
            /** @description The keys added. */
            insert_element_list?: string[];
            /** @description The keys updated. */
            update_element_list?: string[];
            failed_element_list?: components["schemas"]["ChatroomQueueElementFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        UpdateChatroomQueueResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateChatroomQueueData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The notification and forwarding of the deletion [SDK-J `DeleteChatroomQueueRequestV2`, SDK-G]. */
        DeleteChatroomQueueRequest: {
            notification_config?: components["schemas"]["ChatroomQueueNotificationConfig"];
            route_config?: components["schemas"]["RouteConfig"];
        };
        DeleteChatroomQueueData: {
            /**
             * Format: int64
             * @description The chatroom id, an int64 (a decimal string in the generated types).
             */
            room_id?: string;
            /** @description How many elements the queue had [SDK-J `Integer`]. */
            queue_size?: number;
            /** @description The notification went out as a high-priority message; only with the notification on [SDK-J javadoc]. */
            high_priority?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        DeleteChatroomQueueResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["DeleteChatroomQueueData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Which element to take, the notification and forwarding [SDK-J `PollChatroomQueueElementRequestV2`, SDK-G]. */
        PollChatroomQueueElementRequest: {
            /** @description The key of the element to take; absent or `""` (what SDK-G sends when unset): the first element [SDK-J, SDK-G; inferred for the empty key]. */
            element_key?: string;
            notification_config?: components["schemas"]["ChatroomQueueNotificationConfig"];
            route_config?: components["schemas"]["RouteConfig"];
        };
        /** @description The envelope of the answer; `data` is the element taken out. */
        PollChatroomQueueElementResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ChatroomQueueElementAnswer"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A signalling room's channel id (信令房间 id), assigned by the server. Both SDKs type it as a
         *     string (SDK-J `String`, SDK-G `string`), in bodies, queries and answers alike, so it is
         *     one here too: digits or not, it is carried as the text the server gave.
         *
         *     Limits: minLength 1.
         */
        SignalChannelId: string;
        /**
         * @description The extension of the notification the room's members get, ≤ 4096 characters [SDK-J javadoc].
         *
         *     Limits: maxLength 4096.
         */
        SignalServerExtension: string;
        /** @description Forwarding (抄送) to the app's callback server [SDK-J `RouteConfig`, SDK-G `RouteConfig`]. */
        SignalRouteConfig: {
            /**
             * @description Forward it; default false [SDK-J javadoc].
             * @default false
             */
            route_enabled?: boolean;
        };
        /** @description The push notification of an invitation [SDK-J `PushConfig` javadoc, SDK-G `PushConfig`]. */
        SignalPushConfig: {
            /**
             * @description Push it; default false.
             * @default false
             */
            push_enabled?: boolean;
            /**
             * @description The push title, ≤ 32 characters.
             *
             *     Limits: maxLength 32.
             */
            push_title?: string;
            /**
             * @description The push text, ≤ 500 characters.
             *
             *     Limits: maxLength 500.
             */
            push_content?: string;
            /**
             * @description The push payload, a JSON string ≤ 4096 characters.
             *
             *     Limits: maxLength 4096.
             */
            push_payload?: string;
        };
        /** @description A member of a signalling room [SDK-J `Member`, SDK-G `SignalRoomMember`]. */
        SignalRoomMember: {
            account_id?: string;
            /**
             * Format: int64
             * @description The member's uid in the room, an int64 [SDK-J `Long`] (a decimal string in the generated types).
             */
            uid?: string;
            device_id?: string;
            /** @description When the member joined, milliseconds since the epoch. */
            join_time?: number;
            /** @description When the membership expires, milliseconds since the epoch. */
            expire_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A signalling room as the create, extend and query answers give it [SDK-J, SDK-G `SignalRoomInfo`]. */
        SignalRoomInfo: {
            channel_id?: components["schemas"]["SignalChannelId"];
            channel_name?: string;
            /** @description The room's type [SDK-J, SDK-G]. */
            channel_type?: number;
            /** @description The room's type under the name SDK-J's query answer says the server uses [SDK-J javadoc of `QuerySignalRoomResponseV2`]. */
            type?: number;
            creator_account_id?: string;
            channel_extension?: string;
            /** @description When the room was created, milliseconds since the epoch. */
            create_time?: number;
            /** @description When the room expires, milliseconds since the epoch. */
            expire_time?: number;
            member_list?: components["schemas"]["SignalRoomMember"][];
        } & {
            [key: string]: unknown;
        };
        /** @description An empty `data` [SDK-J javadoc: API返回的data为空对象 {}]. */
        SignalEmptyData: {
            [key: string]: unknown;
        };
        /** @description The new room [SDK-J `CreateSignalRoomRequestV2`, SDK-G]. */
        CreateSignalRoomRequest: {
            creator_account_id: components["schemas"]["AccountId"];
            /** @description The room's type; values not documented in the SDKs (Yunxin's client signalling: 1 audio, 2 video, 3 custom) [inferred]. */
            channel_type: number;
            /** @description The room's name [SDK-J, SDK-G; no limit found]. */
            channel_name?: string;
            /** @description The room's extension [SDK-J, SDK-G; no limit found]. */
            channel_extension?: string;
            route_config?: components["schemas"]["SignalRouteConfig"];
        };
        /** @description The envelope of the answer; `data` is the room. */
        CreateSignalRoomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalRoomInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer; `data` is the room. */
        DelaySignalRoomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalRoomInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer; `data` is empty. */
        CloseSignalRoomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalEmptyData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer; `data` is the room. */
        QuerySignalRoomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalRoomInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The command and its target [SDK-J `SendSignalRoomControlRequestV2`, SDK-G]. */
        SendSignalRoomControlRequest: {
            channel_id: components["schemas"]["SignalChannelId"];
            operator_account_id: components["schemas"]["AccountId"];
            target_account_id?: components["schemas"]["AccountId"];
            server_extension?: components["schemas"]["SignalServerExtension"];
            route_config?: components["schemas"]["SignalRouteConfig"];
        };
        /** @description The envelope of the answer; `data` is empty. */
        SendSignalRoomControlResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalEmptyData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The invitation [SDK-J `InviteSignalRoomRequestV2`, SDK-G]. */
        InviteToSignalRoomRequest: {
            channel_id: components["schemas"]["SignalChannelId"];
            inviter_account_id: components["schemas"]["AccountId"];
            invitee_account_id: components["schemas"]["AccountId"];
            /**
             * @description The invitation's id, ≤ 128 characters [SDK-J javadoc].
             *
             *     Limits: minLength 1, maxLength 128.
             */
            request_id: string;
            server_extension?: components["schemas"]["SignalServerExtension"];
            /**
             * @description Keep the invitation for an offline invitee; default false.
             * @default false
             */
            offline_enabled?: boolean;
            /**
             * @description Count it as unread; default true.
             * @default true
             */
            unread_enabled?: boolean;
            push_config?: components["schemas"]["SignalPushConfig"];
            route_config?: components["schemas"]["SignalRouteConfig"];
        };
        /** @description The envelope of the answer; `data` is empty. */
        InviteToSignalRoomResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalEmptyData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The invitation to cancel [SDK-J `CancelSignalRoomInviteRequestV2`, SDK-G]. */
        CancelSignalRoomInviteRequest: {
            channel_id: components["schemas"]["SignalChannelId"];
            inviter_account_id: components["schemas"]["AccountId"];
            invitee_account_id: components["schemas"]["AccountId"];
            /**
             * @description The id the invitation was sent with, ≤ 128 characters [SDK-J javadoc].
             *
             *     Limits: minLength 1, maxLength 128.
             */
            request_id: string;
            server_extension?: components["schemas"]["SignalServerExtension"];
            /**
             * @description Keep the cancellation for an offline invitee; default false.
             * @default false
             */
            offline_enabled?: boolean;
            /**
             * @description Count it as unread; default true.
             * @default true
             */
            unread_enabled?: boolean;
            push_config?: components["schemas"]["SignalPushConfig"];
            route_config?: components["schemas"]["SignalRouteConfig"];
        };
        /** @description The envelope of the answer; `data` is empty. */
        CancelSignalRoomInviteResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalEmptyData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Who kicks whom [SDK-J `KickSignalRoomMemberRequestV2`, SDK-G]. */
        KickSignalMemberRequest: {
            channel_id: components["schemas"]["SignalChannelId"];
            operator_account_id: components["schemas"]["AccountId"];
            target_account_id: components["schemas"]["AccountId"];
            server_extension?: components["schemas"]["SignalServerExtension"];
            /**
             * @description Keep the notification for members who are offline; default false.
             * @default false
             */
            offline_enabled?: boolean;
            route_config?: components["schemas"]["SignalRouteConfig"];
        };
        /** @description The envelope of the answer; `data` is empty. */
        KickSignalMemberResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SignalEmptyData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The audio to recognise [SDK-J `AsrRequestV2`, SDK-G]. */
        AsrRequest: {
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description The audio format, e.g. `wav`, `opus`, `mp3`, `aac` [SDK-J javadoc, SDK-G].
             *
             *     Limits: minLength 1.
             */
            format: string;
            /**
             * @description Where the audio file is [SDK-J, SDK-G].
             *
             *     Limits: minLength 1.
             */
            url: string;
            /**
             * @description The sample rate in Hz [SDK-J `Integer`, SDK-G `*int`].
             *
             *     Limits: minimum 1.
             */
            sample_rate?: number;
            /**
             * @description The audio's length in milliseconds [SDK-J `Long`, SDK-G `int64`].
             *
             *     Limits: minimum 0.
             */
            duration?: number;
        };
        AsrData: {
            /** @description The recognised text. */
            text?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        AsrResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["AsrData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The text and the languages [SDK-J `TranslateTextRequestV2`, SDK-G]. */
        TranslateTextRequest: {
            operator_account_id: components["schemas"]["AccountId"];
            /**
             * @description The text to translate [SDK-J, SDK-G; no limit found].
             *
             *     Limits: minLength 1.
             */
            source_text: string;
            /**
             * @description The text's language; `auto` (the default) detects it [SDK-J, SDK-G].
             *
             *     Limits: minLength 1.
             * @default auto
             */
            source_language?: string;
            /**
             * @description The language to translate into [SDK-J, SDK-G].
             *
             *     Limits: minLength 1.
             */
            target_language: string;
            /** @description How to translate [SDK-J `TranslatorConfig`, SDK-G `TranslatorConfig`]. */
            translator_config?: {
                /** @description Keep strictly to the given source and target languages. */
                strict?: boolean;
                /** @description The translation provider [SDK-G only]. */
                vendor?: string;
            };
        };
        TranslateTextData: {
            translated_text?: string;
            /** @description The source language, detected when `auto` was asked for. */
            source_language?: string;
            target_language?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        TranslateTextResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["TranslateTextData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Who talks to whom, in which styles, after what [SDK-J `ChatAssistRequestV2`, SDK-G]. */
        ChatAssistRequest: {
            sender_id: components["schemas"]["AccountId"];
            /** @description Tags describing the sender [SDK-J, SDK-G]. */
            sender_tag_list?: string[];
            receiver_id: components["schemas"]["AccountId"];
            /** @description Tags describing the receiver [SDK-J, SDK-G]. */
            receiver_tag_list?: string[];
            /** @description The receiver's last message, the one to reply to [SDK-J, SDK-G]. */
            receiver_last_message?: string;
            /**
             * @description The reply styles wanted, one suggestion each [SDK-J, SDK-G].
             *
             *     Limits: minItems 1.
             */
            style_list: string[];
            /** @description The recent messages of the conversation [SDK-J `HistoryItem`, SDK-G]. */
            history?: {
                sender_id: components["schemas"]["AccountId"];
                /** @description The message's text. */
                text: string;
            }[];
        };
        ChatAssistData: {
            items?: ({
                style?: string;
                /** @description The style's display name. */
                style_name?: string;
                /** @description The suggested reply. */
                answer?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ChatAssistResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ChatAssistData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int64
         * @description A team id (群组 ID, tid), assigned by the server: a Java `Long` in SDK-J, so an int64 that
         *     can exceed 2^53. The generated types and the client carry it as a **decimal string**,
         *     parsed losslessly from the raw JSON.
         *
         *     Limits: minimum 1.
         */
        TeamId: string;
        /**
         * @description 1 advanced team (高级群), 2 super team (超大群) [SDK-J `TeamV2Service` checks, SDK-G comments].
         * @enum {integer}
         */
        TeamType: 1 | 2;
        /**
         * @description The team's rules [SDK-J `CreateTeamRequestV2.Configuration`, SDK-G]. The SDKs give no
         *     value meanings beyond their Chinese names: `join_mode` who may join (加入群组权限),
         *     `agree_mode` (邀请他人权限), `invite_mode` whether invitees must agree, `update_team_info_mode`
         *     who may edit the profile, `update_extension_mode` who may edit the extension; the values
         *     are Yunxin's small integers [gap]. `chat_banned_mode` (whole-team mute) is only in SDK-J's
         *     update request and in the answers; it is accepted on create too [SDK-J].
         */
        TeamConfiguration: {
            /** @description Limits: minimum 0. */
            join_mode?: number;
            /** @description Limits: minimum 0. */
            agree_mode?: number;
            /** @description Limits: minimum 0. */
            invite_mode?: number;
            /** @description Limits: minimum 0. */
            update_team_info_mode?: number;
            /** @description Limits: minimum 0. */
            update_extension_mode?: number;
            /** @description Limits: minimum 0. */
            chat_banned_mode?: number;
        };
        /** @description The team's rules as answered [SDK-J], tolerant of fields added later. */
        TeamConfigurationAnswer: {
            join_mode?: number;
            agree_mode?: number;
            invite_mode?: number;
            update_team_info_mode?: number;
            update_extension_mode?: number;
            chat_banned_mode?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Moderation (反垃圾) of the team's profile fields [SDK-J; SDK-G on create only]. */
        TeamAntispamConfiguration: {
            /** @description Moderate the profile fields. */
            enabled?: boolean;
            /** @description The moderation business id per detection type. */
            business_id_map?: {
                /** @description Detection type: 1 text, 2 image [inferred from the account endpoints]. */
                type?: number;
                business_id?: string;
            }[];
        };
        /**
         * @description A team's profile as answered [SDK-J `CreateTeamResponseV2.TeamInfo`, `GetTeamInfoResponseV2`,
         *     `UpdateTeamResponseV2`, `BatchQueryTeamInfoResponseV2` (without `owner_account_id`)].
         *     Times are milliseconds since the epoch.
         */
        TeamInfo: {
            team_id?: components["schemas"]["TeamId"];
            team_type?: number;
            owner_account_id?: string;
            member_count?: number;
            name?: string;
            icon?: string;
            announcement?: string;
            intro?: string;
            members_limit?: number;
            server_extension?: string;
            customer_extension?: string;
            create_time?: number;
            update_time?: number;
            configuration?: components["schemas"]["TeamConfigurationAnswer"];
        } & {
            [key: string]: unknown;
        };
        CreateTeamRequest: {
            owner_account_id: components["schemas"]["AccountId"];
            team_type: components["schemas"]["TeamType"];
            /**
             * @description The team's name [SDK-G: required].
             *
             *     Limits: minLength 1.
             */
            name: string;
            /** @description The avatar URL. */
            icon?: string;
            announcement?: string;
            intro?: string;
            /**
             * @description The maximum number of members.
             *
             *     Limits: minimum 1.
             */
            members_limit?: number;
            /** @description Server-side extension, readable by clients. */
            server_extension?: string;
            /** @description Client-side extension. */
            customer_extension?: string;
            /** @description Accounts invited at creation. */
            invite_account_ids?: components["schemas"]["AccountId"][];
            /** @description The invitation's message. */
            invite_msg?: string;
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
            configuration?: components["schemas"]["TeamConfiguration"];
            antispam_configuration?: components["schemas"]["TeamAntispamConfiguration"];
        };
        CreateTeamData: {
            team_info?: components["schemas"]["TeamInfo"];
            /** @description Invitees that could not be added [SDK-J]. */
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        CreateTeamResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["CreateTeamData"];
        } & {
            [key: string]: unknown;
        };
        UpdateTeamRequest: {
            operator_id: components["schemas"]["AccountId"];
            team_type: components["schemas"]["TeamType"];
            /** @description Limits: minLength 1. */
            name?: string;
            icon?: string;
            announcement?: string;
            intro?: string;
            /** @description Limits: minimum 1. */
            members_limit?: number;
            server_extension?: string;
            customer_extension?: string;
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
            configuration?: components["schemas"]["TeamConfiguration"];
            antispam_configuration?: components["schemas"]["TeamAntispamConfiguration"];
        };
        UpdateTeamData: {
            team_info?: components["schemas"]["TeamInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        UpdateTeamResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateTeamData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Empty on success [SDK-J]. */
        DisbandTeamData: {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        DisbandTeamResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["DisbandTeamData"];
        } & {
            [key: string]: unknown;
        };
        BatchQueryTeamInfoData: {
            team_info_list?: components["schemas"]["TeamInfo"][];
            /** @description The requested ids that name no team [SDK-J `List<Long>`]. */
            invalid_tids?: components["schemas"]["TeamId"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchQueryTeamInfoResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryTeamInfoData"];
        } & {
            [key: string]: unknown;
        };
        TransferOwnerRequest: {
            team_type: components["schemas"]["TeamType"];
            new_owner_account_id: components["schemas"]["AccountId"];
            /**
             * @description 1 the former owner leaves the team, 2 stays as an ordinary member [SDK-J checks, SDK-G].
             * @enum {integer}
             */
            leave: 1 | 2;
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
        };
        /** @description Empty on success [SDK-J]. */
        TransferOwnerData: {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        TransferOwnerResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["TransferOwnerData"];
        } & {
            [key: string]: unknown;
        };
        AddManagersRequest: {
            team_type: components["schemas"]["TeamType"];
            operator_id: components["schemas"]["AccountId"];
            /**
             * @description The accounts to make managers [SDK-G: required].
             *
             *     Limits: minItems 1.
             */
            managers: components["schemas"]["AccountId"][];
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
        };
        /** @description Empty on success [SDK-J]. */
        AddManagersData: {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        AddManagersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["AddManagersData"];
        } & {
            [key: string]: unknown;
        };
        RemoveManagersRequest: {
            team_type: components["schemas"]["TeamType"];
            operator_id: components["schemas"]["AccountId"];
            /**
             * @description The managers to demote [SDK-G: required].
             *
             *     Limits: minItems 1.
             */
            managers: components["schemas"]["AccountId"][];
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
        };
        /** @description Empty on success [SDK-J]. */
        RemoveManagersData: {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        RemoveManagersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["RemoveManagersData"];
        } & {
            [key: string]: unknown;
        };
        GetTeamInfoData: {
            team_info?: components["schemas"]["TeamInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        GetTeamInfoResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["GetTeamInfoData"];
        } & {
            [key: string]: unknown;
        };
        /** @description A team member as answered [SDK-J `ListTeamMembersResponseV2.TeamMember`]. Times in milliseconds. */
        TeamMemberInfo: {
            team_id?: components["schemas"]["TeamId"];
            account_id?: string;
            /** @description The member's role (owner, manager, member; values not stated by the SDK [gap]). */
            member_role?: number;
            team_nick?: string;
            server_extension?: string;
            chat_banned?: boolean;
            join_time?: number;
            update_time?: number;
            invitor_account_id?: string;
        } & {
            [key: string]: unknown;
        };
        ListTeamMembersData: {
            has_more?: boolean;
            /** @description Pass as `page_token` for the next page. */
            next_token?: string;
            items?: components["schemas"]["TeamMemberInfo"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListTeamMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListTeamMembersData"];
        } & {
            [key: string]: unknown;
        };
        ListOnlineTeamMembersData: {
            items?: ({
                account_id?: string;
                /** @description One entry per logged-in device [SDK-J `LoginInfo`]. */
                online_status?: ({
                    login_time?: number;
                    client_type?: number;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        ListOnlineTeamMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListOnlineTeamMembersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One team id a batch call could not serve [SDK-J `FailedTeam`]. */
        TeamFailure: {
            team_id?: components["schemas"]["TeamId"];
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        BatchQueryTeamOnlineMembersCountData: {
            success_list?: ({
                team_id?: components["schemas"]["TeamId"];
                online_count?: number;
                offline_count?: number;
            } & {
                [key: string]: unknown;
            })[];
            failed_list?: components["schemas"]["TeamFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        BatchQueryTeamOnlineMembersCountResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryTeamOnlineMembersCountData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One account a team-member batch call could not serve [SDK-J, SDK-G: the same three fields]. */
        TeamMemberFailure: {
            account_id?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The accounts served (`success_list`) and those that failed (`failed_list`) [SDK-J, SDK-G]. */
        TeamMemberBatchData: {
            success_list?: string[];
            failed_list?: components["schemas"]["TeamMemberFailure"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An account's membership of a team as answered. The role is `member_role` in SDK-J and
         *     `team_member_type` in SDK-G; both are kept. Times in milliseconds [SDK-J, SDK-G].
         */
        TeamMembership: {
            team_id?: components["schemas"]["TeamId"];
            account_id?: string;
            /** @description The role [SDK-J]. */
            member_role?: number;
            /** @description The role under SDK-G's name [SDK-G]. */
            team_member_type?: number;
            team_nick?: string;
            chat_banned?: boolean;
            message_notify_state?: number;
            join_time?: number;
            update_time?: number;
            invitor_account_id?: string;
            follow_account_ids?: string[];
            extension?: string;
            server_extension?: string;
        } & {
            [key: string]: unknown;
        };
        InviteTeamMembersRequest: {
            operator_id: components["schemas"]["AccountId"];
            team_id: components["schemas"]["TeamId"];
            team_type: components["schemas"]["TeamType"];
            /** @description Limits: minItems 1. */
            invite_account_ids: components["schemas"]["AccountId"][];
            /** @description The invitation's message. */
            msg?: string;
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
        };
        InviteTeamMembersData: components["schemas"]["TeamMemberBatchData"];
        /** @description The envelope of the answer. */
        InviteTeamMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["InviteTeamMembersData"];
        } & {
            [key: string]: unknown;
        };
        KickTeamMembersData: components["schemas"]["TeamMemberBatchData"];
        /** @description The envelope of the answer. */
        KickTeamMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["KickTeamMembersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Empty on success [SDK-J]. */
        LeaveTeamData: {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        LeaveTeamResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["LeaveTeamData"];
        } & {
            [key: string]: unknown;
        };
        UpdateTeamMemberRequest: {
            operator_id: components["schemas"]["AccountId"];
            team_id: components["schemas"]["TeamId"];
            team_type: components["schemas"]["TeamType"];
            /** @description The member's nickname in the team. */
            team_nick?: string;
            /** @description Mute the member in the team. */
            chat_banned?: boolean;
            /** @description The member's notification setting for the team (values not stated by the SDKs [gap]). */
            message_notify_state?: number;
            /** @description Custom extension of the notification, JSON text; not stored. */
            extension?: string;
            /** @description The member's server-side extension. */
            server_extension?: string;
        };
        /** @description The member: its fields directly [SDK-J], or under `member_info` [SDK-G]. */
        UpdateTeamMemberData: {
            team_id?: components["schemas"]["TeamId"];
            account_id?: string;
            member_role?: number;
            team_nick?: string;
            chat_banned?: boolean;
            server_extension?: string;
            join_time?: number;
            update_time?: number;
            invitor_account_id?: string;
            member_info?: components["schemas"]["TeamMembership"];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        UpdateTeamMemberResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateTeamMemberData"];
        } & {
            [key: string]: unknown;
        };
        BatchMuteTeamMembersRequest: {
            operator_id: components["schemas"]["AccountId"];
            team_id: components["schemas"]["TeamId"];
            team_type: components["schemas"]["TeamType"];
            /** @description Limits: minItems 1. */
            chat_ban_account_ids: components["schemas"]["AccountId"][];
            /** @description true mutes, false unmutes [SDK-G comment]. */
            chat_banned: boolean;
        };
        BatchMuteTeamMembersData: components["schemas"]["TeamMemberBatchData"];
        /** @description The envelope of the answer. */
        BatchMuteTeamMembersResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchMuteTeamMembersData"];
        } & {
            [key: string]: unknown;
        };
        /** @description A team the account belongs to [SDK-J `QueryJoinedTeamsResponseV2.TeamInfo`, SDK-G `JoinedTeamInfo`]. */
        JoinedTeam: {
            team_id?: components["schemas"]["TeamId"];
            owner_account_id?: string;
            name?: string;
            icon?: string;
            member_count?: number;
            members_limit?: number;
            create_time?: number;
            update_time?: number;
            configuration?: components["schemas"]["TeamConfigurationAnswer"];
            member_info?: components["schemas"]["TeamMembership"];
        } & {
            [key: string]: unknown;
        };
        QueryJoinedTeamsData: {
            has_more?: boolean;
            /** @description Pass as `page_token` for the next page. */
            next_token?: string;
            team_info_list?: components["schemas"]["JoinedTeam"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The envelope of the answer. */
        QueryJoinedTeamsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryJoinedTeamsData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int64
         * @description A conversation group id (会话分组 ID), assigned by the server: a Java `Long` in SDK-J and an
         *     `int64` in SDK-G, so an int64 that can exceed 2^53. The generated types and the client
         *     carry it as a **decimal string**, parsed losslessly from the raw JSON.
         *
         *     Limits: minimum 1.
         */
        ConversationGroupId: string;
        /** @description The app's own extension of a conversation (服务端扩展字段), usually JSON text; no limit is documented [SDK-J, SDK-G; gap]. */
        ConversationServerExtension: string;
        /**
         * @description The recall notice that replaced the conversation's last message (`message_state` 1)
         *     [SDK-J `GetConversationResponseV2.RevokeMessage`, official doc jUyOTA0NjM; not in SDK-G].
         */
        ConversationRevokeNotification: {
            server_id?: components["schemas"]["MessageServerId"];
            /** @description The recall's attachment. */
            attach?: string;
            /** @description Who recalled the message. */
            revoke_id?: string;
            /** @description The recall's description. */
            custom_info?: string;
            /** @description How the message was recalled. */
            revoke_type?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A conversation as the server reports it [SDK-J `GetConversationResponseV2` and the same
         *     fields in the create, batch-get and list answers; SDK-G declares only `conversation_id`,
         *     `sender_id`, `receiver_id`, `type`, `stick_top`, `group_ids`, `server_extension` and
         *     `update_time`]. `sender_id` is the owner, `receiver_id` the peer account or the team id.
         */
        ConversationInfo: {
            conversation_id?: string;
            /** @description The owner of the conversation. */
            sender_id?: string;
            /** @description The peer account, or the team id of a team conversation. */
            receiver_id?: string;
            /** @description 1 single chat, 2 advanced team, 3 super team. */
            type?: number;
            /** @description Pinned at the top of the owner's list. */
            stick_top?: boolean;
            /** @description The conversation groups it belongs to (≤ 5) [official doc jExMDkyMjA]. */
            group_ids?: components["schemas"]["ConversationGroupId"][];
            server_extension?: string;
            /** @description 0: `last_message` is a message; 1: it was recalled, see `revoke_notification` [official doc jUyOTA0NjM]. */
            message_state?: number;
            last_message?: components["schemas"]["MessageAnswer"];
            revoke_notification?: components["schemas"]["ConversationRevokeNotification"];
            /** @description Unread messages. */
            unread_count?: number;
            /**
             * @description The list's sort key (pinned first, then by time) [official doc jUyOTA0NjM]. A Java
             *     `Long`, but a time-based order, not an id: it stays a plain integer [inferred].
             */
            sort_order?: number;
            /** @description Milliseconds since the epoch. */
            create_time?: number;
            /** @description Milliseconds since the epoch. */
            update_time?: number;
            /** @description When the owner last read it, milliseconds since the epoch [SDK-J only]. */
            last_read_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One conversation id a batch call could not serve [SDK-J, SDK-G: the same three fields]. */
        ConversationFailure: {
            conversation_id?: string;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The conversation to create [SDK-J `CreateConversationRequestV2`, SDK-G]. */
        CreateConversationRequest: {
            conversation_id: components["schemas"]["ConversationId"];
        };
        CreateConversationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationInfo"];
        } & {
            [key: string]: unknown;
        };
        GetConversationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of conversations [SDK-J `ListConversationsResponseV2`, SDK-G]. */
        ListConversationsData: {
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            items?: components["schemas"]["ConversationInfo"][];
        } & {
            [key: string]: unknown;
        };
        ListConversationsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListConversationsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The conversations found and the ids that failed [SDK-J `BatchGetConversationsResponseV2`, SDK-G]. */
        BatchGetConversationsData: {
            success_list?: components["schemas"]["ConversationInfo"][];
            failed_list?: components["schemas"]["ConversationFailure"][];
        } & {
            [key: string]: unknown;
        };
        BatchGetConversationsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchGetConversationsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The conversation's new server extension [SDK-J `UpdateConversationRequestV2`, SDK-G]; the conversation is the path's. */
        UpdateConversationRequest: {
            server_extension: components["schemas"]["ConversationServerExtension"];
        };
        /** @description The conversation's updated fields [SDK-J `UpdateConversationResponseV2`, SDK-G: the same six]. */
        UpdateConversationData: {
            conversation_id?: string;
            sender_id?: string;
            receiver_id?: string;
            type?: number;
            server_extension?: string;
            /** @description Milliseconds since the epoch. */
            update_time?: number;
        } & {
            [key: string]: unknown;
        };
        UpdateConversationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["UpdateConversationData"];
        } & {
            [key: string]: unknown;
        };
        DeleteConversationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty [SDK-J, SDK-G]. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The ids deleted and the ids that failed [SDK-J `BatchDeleteConversationsResponseV2`, SDK-G, official doc Dk2ODgyNTk]. */
        BatchDeleteConversationsData: {
            /** @description The conversation ids deleted. */
            success_list?: string[];
            failed_list?: components["schemas"]["ConversationFailure"][];
        } & {
            [key: string]: unknown;
        };
        BatchDeleteConversationsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchDeleteConversationsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Pin or unpin [SDK-J builds `{"top_type":…}` by hand, SDK-G `StickTopConversationRequestV2`]. */
        StickTopConversationRequest: {
            /**
             * @description 1 pin, 0 unpin [SDK-J `createPinRequest` / `createUnpinRequest`].
             * @enum {integer}
             */
            top_type: 0 | 1;
        };
        /** @description The conversation's pin state [SDK-J `StickTopConversationResponseV2`, SDK-G: the same seven fields]. */
        StickTopConversationData: {
            conversation_id?: string;
            sender_id?: string;
            receiver_id?: string;
            type?: number;
            stick_top?: boolean;
            /** @description The list's new sort key (see `ConversationInfo.sort_order`). */
            sort_order?: number;
            /** @description Milliseconds since the epoch. */
            update_time?: number;
        } & {
            [key: string]: unknown;
        };
        StickTopConversationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["StickTopConversationData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The group's name; required on create, no length limit documented [official doc jExMDkyMjA; gap].
         *
         *     Limits: minLength 1.
         */
        ConversationGroupName: string;
        /**
         * @description A conversation group as the server reports it [SDK-J `GetConversationGroupResponseV2`
         *     and the `ConversationGroup` of the create, update and list answers; SDK-G
         *     `ConversationGroupInfo` also declares `account_id` and `conversation_ids`].
         */
        ConversationGroupInfo: {
            group_id?: components["schemas"]["ConversationGroupId"];
            /** @description The owner [SDK-G only]. */
            account_id?: string;
            name?: string;
            server_extension?: string;
            /** @description The group's conversations [SDK-G only]. */
            conversation_ids?: string[];
            /** @description Milliseconds since the epoch. */
            create_time?: number;
            /** @description Milliseconds since the epoch. */
            update_time?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One group id a batch query could not serve: SDK-G names the error `error_code` /
         *     `error_msg`, SDK-J `code` / `msg`; both are accepted [SDK-J, SDK-G].
         */
        ConversationGroupFailure: {
            group_id?: components["schemas"]["ConversationGroupId"];
            /** @description The error [SDK-G]. */
            error_code?: number;
            /** @description The error [SDK-G]. */
            error_msg?: string;
            /** @description The error [SDK-J]. */
            code?: number;
            /** @description The error [SDK-J]. */
            msg?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A created or updated group and, per conversation of the call, whether it was added or
         *     changed [SDK-J `CreateConversationGroupResponseV2` / `UpdateConversationGroupResponseV2`,
         *     SDK-G: the same three fields].
         */
        ConversationGroupChangeData: {
            conversation_group?: components["schemas"]["ConversationGroupInfo"];
            /** @description The conversation ids the call applied to. */
            success_list?: string[];
            failed_list?: components["schemas"]["ConversationFailure"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The group to create [SDK-J `CreateConversationGroupRequestV2`, SDK-G, official doc jExMDkyMjA]. */
        CreateConversationGroupRequest: {
            account_id: components["schemas"]["AccountId"];
            name: components["schemas"]["ConversationGroupName"];
            /** @description The app's own extension of the group. */
            server_extension?: string;
            /**
             * @description Conversations of the account to put in the group, ≤ 100 [official doc jExMDkyMjA].
             *
             *     Limits: maxItems 100.
             */
            conversation_ids?: components["schemas"]["ConversationId"][];
        };
        CreateConversationGroupResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationGroupChangeData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Conversations to add to the group or remove from it [SDK-J `UpdateConversationGroupRequestV2.Conversations`, SDK-G `Conversations`]. */
        ConversationGroupMembership: {
            /** @description Whether the ids are added or removed; the values are not named by either SDK [gap]. */
            type: number;
            /**
             * @description The conversations, ≤ 100 as on create [official doc jExMDkyMjA; inferred for update].
             *
             *     Limits: minItems 1, maxItems 100.
             */
            conversation_ids: components["schemas"]["ConversationId"][];
        };
        /** @description What to change in the path's group [SDK-J `UpdateConversationGroupRequestV2`, SDK-G]. */
        UpdateConversationGroupRequest: {
            account_id: components["schemas"]["AccountId"];
            name?: components["schemas"]["ConversationGroupName"];
            /** @description The app's own extension of the group. */
            server_extension?: string;
            conversations?: components["schemas"]["ConversationGroupMembership"];
        };
        UpdateConversationGroupResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationGroupChangeData"];
        } & {
            [key: string]: unknown;
        };
        DeleteConversationGroupResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty [SDK-J, SDK-G]. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        GetConversationGroupResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationGroupInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description The groups found and the ids that failed, under either SDK's list name [SDK-J `fail_list`, SDK-G `failed_list`]. */
        BatchGetConversationGroupsData: {
            success_list?: components["schemas"]["ConversationGroupInfo"][];
            /** @description The failures [SDK-G]. */
            failed_list?: components["schemas"]["ConversationGroupFailure"][];
            /** @description The failures [SDK-J]. */
            fail_list?: components["schemas"]["ConversationGroupFailure"][];
        } & {
            [key: string]: unknown;
        };
        BatchGetConversationGroupsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchGetConversationGroupsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Every group of the account [SDK-J `ListAllConversationGroupsResponseV2`, SDK-G]. */
        ListAllConversationGroupsData: {
            conversation_groups?: components["schemas"]["ConversationGroupInfo"][];
        } & {
            [key: string]: unknown;
        };
        ListAllConversationGroupsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ListAllConversationGroupsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description An account's unread total [SDK-J `OverViewsConversationResponseV2`, SDK-G: the same two fields]. */
        ConversationOverview: {
            account_id?: string;
            /** @description Unread messages over all the account's conversations. */
            unread_count?: number;
        } & {
            [key: string]: unknown;
        };
        GetConversationOverviewResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ConversationOverview"];
        } & {
            [key: string]: unknown;
        };
        ClearConversationUnreadResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty [SDK-J, SDK-G]. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A conversation id: `{owner}|{type}|{peer}`, e.g. `alice|1|bob` (single chat),
         *     `alice|2|6483937702` (advanced team), `alice|3|6483937702` (super team) [official doc
         *     TEzMDQwODc, AF api-146885002, SDK-J `message/request/SendMessageRequestV2.java:15-23`].
         *
         *     Limits: minLength 5, pattern "^[^|]+\\|[1-3]\\|[^|]+$".
         */
        ConversationId: string;
        /**
         * Format: int64
         * @description The server id of a message, a Java `Long` in SDK-J, so an int64 that can exceed 2^53. The
         *     generated types and the client carry it as a **decimal string**, parsed losslessly from
         *     the raw JSON.
         *
         *     Limits: minimum 1.
         */
        MessageServerId: string;
        /** @description A directed team message (群定向消息), needs separate activation [official doc TEzMDQwODc, SDK-J, SDK-G]. */
        TargetOption: {
            /** @description The members the option names. */
            receiver_account_ids?: components["schemas"]["AccountId"][];
            /** @description `true`: only the named members see the message; `false`: everyone but them. */
            inclusive?: boolean;
            /** @description Check that the named accounts are members of the team. */
            check_team_member_valid?: boolean;
            /** @description Members who join later see the message too. */
            visible_to_new_member?: boolean;
        };
        /** @description Advanced-team options [SDK-J, SDK-G, official doc TEzMDQwODc]. */
        TeamOption: {
            /** @description The message wants read receipts. */
            mark_as_read?: boolean;
            /**
             * @description Send even while the whole team is muted.
             * @default false
             */
            ignore_chat_banned?: boolean;
            /**
             * @description Send even while the sender is muted.
             * @default false
             */
            ignore_member_chat_banned?: boolean;
            /**
             * @description Check that the sender is a member (10.4.6+).
             * @default true
             */
            check_team_member_valid?: boolean;
        };
        /** @description Super-team options [SDK-J, SDK-G, official doc TEzMDQwODc]. */
        SuperTeamOption: {
            /**
             * @description Send even while the whole team is muted.
             * @default false
             */
            ignore_chat_banned?: boolean;
            /**
             * @description Send even while the sender is muted.
             * @default false
             */
            ignore_member_chat_banned?: boolean;
            /**
             * @description Check that the sender is a member.
             * @default true
             */
            check_team_member_valid?: boolean;
        };
        /** @description A message to a robot account [SDK-J, SDK-G, official doc TEzMDQwODc]. */
        RobotConfig: {
            /** @description The robot's account. */
            robot_account_id?: string;
            /** @description The robot's topic. */
            robot_topic?: string;
            /** @description The robot's function. */
            robot_function?: string;
            /** @description Custom content for the robot. */
            robot_custom_content?: string;
        };
        /** @description One message of a thread, named by its ids and time [SDK-J, SDK-G]. */
        ThreadMessageRef: {
            sender_id?: components["schemas"]["AccountId"];
            /** @description The receiver's account, or the team id of a team message. */
            receiver_id?: string;
            /**
             * @description When it was sent, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            create_time?: number;
            message_server_id?: components["schemas"]["MessageServerId"];
            message_client_id?: string;
        };
        /** @description Makes the message a reply in a thread (10.4.5+) [SDK-J, SDK-G, official changelog]. */
        ThreadConfig: {
            thread_root?: components["schemas"]["ThreadMessageRef"];
            thread_reply?: components["schemas"]["ThreadMessageRef"];
        };
        /** @description One message of a thread, as the server reports it [SDK-J, SDK-G]. */
        ThreadMessageRefAnswer: {
            sender_id?: string;
            receiver_id?: string;
            create_time?: number;
            message_server_id?: components["schemas"]["MessageServerId"];
            message_client_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The thread a message belongs to, as the server reports it [SDK-J, SDK-G]. */
        ThreadConfigAnswer: {
            thread_root?: components["schemas"]["ThreadMessageRefAnswer"];
            thread_reply?: components["schemas"]["ThreadMessageRefAnswer"];
        } & {
            [key: string]: unknown;
        };
        /** @description One message into the path's conversation [SDK-J `message/request/SendMessageRequestV2.java`, SDK-G]. */
        SendMessageRequest: {
            message: components["schemas"]["Message"];
            message_config?: components["schemas"]["MessageConfig"];
            target_option?: components["schemas"]["TargetOption"];
            route_config?: components["schemas"]["RouteConfig"];
            push_config?: components["schemas"]["PushConfig"];
            antispam_config?: components["schemas"]["AntispamConfig"];
            p2p_option?: components["schemas"]["P2pOption"];
            team_option?: components["schemas"]["TeamOption"];
            superteam_option?: components["schemas"]["SuperTeamOption"];
            robot_config?: components["schemas"]["RobotConfig"];
            thread_config?: components["schemas"]["ThreadConfig"];
            ai_params?: components["schemas"]["AiParams"];
            /**
             * @description The sender's side does not see the message [AF api-146885002].
             * @default false
             */
            sender_no_sense?: boolean;
            /**
             * @description The receiver's side does not see the message [AF api-146885002].
             * @default false
             */
            receiver_no_sense?: boolean;
            /** @description Developer extension, a JSON string; its length limit depends on the plan (≤ 1024 on the 2024 page) [official doc DA2ODM5NTU]. */
            extension?: string;
        };
        /**
         * @description A message as the server reports it: the send answer, a history page item [SDK-J
         *     `SendMessageResponseV2`, `QueryMessagesByPageResponseV2.MessageItem`; SDK-G declares fewer
         *     fields, plus `conversation_id`]. For single chats `receiver_id` names the peer, for teams
         *     `team_id` (history) or `receiver_id` (send answer, as a string [inferred]) the team.
         */
        MessageAnswer: {
            message_server_id?: components["schemas"]["MessageServerId"];
            message_client_id?: string;
            /** @description The conversation [SDK-G only]. */
            conversation_id?: string;
            /** @description 1 single chat, 2 advanced team, 3 super team. */
            conversation_type?: number;
            sender_id?: string;
            receiver_id?: string;
            team_id?: components["schemas"]["TeamId"];
            /** @description 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST, 64 Mac [SDK-J javadoc]; taken as a number or a numeric string [inferred]. */
            sender_client_type?: number | string;
            /** @description Milliseconds since the epoch. */
            create_time?: number;
            /** @description The message type (0 text, 1 image, …, 100 custom). */
            message_type?: number;
            sub_type?: number;
            text?: string;
            attachment?: {
                [key: string]: unknown;
            };
            extension?: string;
            /** @description Server extension of the message [SDK-G single-message query only]. */
            server_extension?: string;
            /** @description Who last modified the message. */
            modify_account_id?: string;
            /** @description When it was last modified, milliseconds since the epoch. */
            modify_time?: number;
            thread_config?: components["schemas"]["ThreadConfigAnswer"];
            /** @description A directed team message's named members. */
            receiver_account_ids?: string[];
            /** @description Directed message: only the named members see it. SDK-J types it `Boolean`, its javadoc says 1/2; both are accepted [inferred]. */
            inclusive?: boolean | number;
            /** @description Directed message: visible to members who join later. `Boolean` in SDK-J, 1/2 in its javadoc; both are accepted [inferred]. */
            new_member_visible?: boolean | number;
        } & {
            [key: string]: unknown;
        };
        SendMessageData: components["schemas"]["MessageAnswer"];
        SendMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendMessageData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of messages [SDK-J `QueryMessagesByPageResponseV2`]. */
        QueryMessagesByPageData: {
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            items?: components["schemas"]["MessageAnswer"][];
        } & {
            [key: string]: unknown;
        };
        QueryMessagesByPageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryMessagesByPageData"];
        } & {
            [key: string]: unknown;
        };
        WithdrawMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One chunk of a streaming message [SDK-J `StreamAttachment`, SDK-G, official doc TgyMTY2NzE]. */
        StreamAttachment: {
            /**
             * @description The chunk's text; all chunks together ≤ 5000 characters [official doc TgyMTY2NzE].
             *
             *     Limits: maxLength 5000.
             */
            text: string;
            /**
             * @description The chunk's number, from 0; the server joins the chunks in this order.
             *
             *     Limits: minimum 0.
             */
            index: number;
            /**
             * @description 1 ends the stream, 0 (default) more chunks follow.
             * @default 0
             * @enum {integer}
             */
            finish?: 0 | 1;
        };
        /**
         * @description The streaming message [SDK-J `StreamMessage`, SDK-G]. The first chunk carries
         *     `message_client_id`, the later ones the `message_server_id` the first answered
         *     [official doc TgyMTY2NzE]. Only text (0, the default) streams [SDK-J javadoc].
         */
        StreamMessageBody: {
            /**
             * @description 0: text, the only type that streams.
             * @default 0
             * @enum {integer}
             */
            message_type?: 0;
            message_client_id?: components["schemas"]["MessageClientId"];
            message_server_id?: components["schemas"]["MessageServerId"];
            attachment: components["schemas"]["StreamAttachment"];
        };
        /** @description A source the streamed answer draws on (RAG), shown with the message [SDK-J `RagInfo`, SDK-G]. */
        RagInfo: {
            /** @description The source's name. */
            name?: string;
            /** @description The source's icon URL. */
            icon?: string;
            /** @description The title. */
            title?: string;
            /**
             * @description A time of the source, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            time?: number;
            /** @description The source's URL. */
            url?: string;
            /** @description A description. */
            description?: string;
        };
        /** @description One chunk of a streaming message into the path's conversation [SDK-J `StreamMessageRequestV2`, SDK-G]. */
        StreamMessageRequest: {
            message: components["schemas"]["StreamMessageBody"];
            message_config?: components["schemas"]["MessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            p2p_option?: components["schemas"]["P2pOption"];
            push_config?: components["schemas"]["PushConfig"];
            /** @description Developer extension, a JSON string [SDK-J]. */
            extension?: string;
            /** @description The sources of the answer [SDK-J, SDK-G]. */
            rag_info_list?: components["schemas"]["RagInfo"][];
            team_option?: components["schemas"]["TeamOption"];
            target_option?: components["schemas"]["TargetOption"];
            thread_config?: components["schemas"]["ThreadConfig"];
        };
        StreamMessageData: components["schemas"]["MessageAnswer"];
        StreamMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["StreamMessageData"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ModifiedTextMessage
         * @description A text (0) or tip (10) message to update: `text` is required [SDK-J@bf88b33 checks].
         */
        ModifiedTextMessage: {
            message_server_id: components["schemas"]["MessageServerId"];
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The original receiver's account, or the team id of a team message.
             *
             *     Limits: minLength 1.
             */
            receiver_id: string;
            /**
             * @description The original send time, milliseconds since the epoch (named `time`, not `create_time`) [SDK-J, official doc DA2ODM5NTU].
             *
             *     Limits: minimum 0.
             */
            time: number;
            /**
             * @description The original type: 0 text, 10 tip.
             * @enum {integer}
             */
            message_type: 0 | 10;
            sub_type?: components["schemas"]["SubType"];
            text: components["schemas"]["BodyText"];
            attachment?: components["schemas"]["AnyAttachment"];
        };
        /**
         * ModifiedMediaMessage
         * @description An image (1), audio (2), video (3), location (4) or file (6) message to update [SDK-J].
         */
        ModifiedMediaMessage: {
            message_server_id: components["schemas"]["MessageServerId"];
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The original receiver's account, or the team id of a team message.
             *
             *     Limits: minLength 1.
             */
            receiver_id: string;
            /**
             * @description The original send time, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            time: number;
            /**
             * @description The original type.
             * @enum {integer}
             */
            message_type: 1 | 2 | 3 | 4 | 6;
            sub_type?: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            /** @description The new attachment. */
            attachment?: {
                [key: string]: unknown;
            };
        };
        /**
         * ModifiedCustomMessage
         * @description A custom (100) message to update: `attachment` and `sub_type` are required [SDK-J@bf88b33 checks].
         */
        ModifiedCustomMessage: {
            message_server_id: components["schemas"]["MessageServerId"];
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The original receiver's account, or the team id of a team message.
             *
             *     Limits: minLength 1.
             */
            receiver_id: string;
            /**
             * @description The original send time, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            time: number;
            /**
             * @description 100: custom.
             * @constant
             */
            message_type: 100;
            sub_type: components["schemas"]["SubType"];
            text?: components["schemas"]["SearchText"];
            attachment: components["schemas"]["CustomAttachment"];
        };
        /**
         * @description The message to update, named by its ids and send time, with its new content: a union on
         *     the original `message_type` [SDK-J `ModifyMessageRequestV2.Message`, official doc
         *     DA2ODM5NTU]. `text` ≤ 5000 characters for text and tip messages, ≤ 500 otherwise.
         */
        ModifiedMessage: components["schemas"]["ModifiedTextMessage"] | components["schemas"]["ModifiedMediaMessage"] | components["schemas"]["ModifiedCustomMessage"];
        /** @description The one message switch an update takes [SDK-J, official doc DA2ODM5NTU, AF]. */
        ModifyMessageConfig: {
            /**
             * @description The updated message becomes the conversation's last message.
             * @default true
             */
            conversation_update_enabled?: boolean;
        };
        /** @description Advanced-team options of an update; no `mark_as_read` [SDK-J]. */
        ModifyTeamOption: {
            /**
             * @description Update even while the whole team is muted.
             * @default false
             */
            ignore_chat_banned?: boolean;
            /**
             * @description Update even while the operator is muted.
             * @default false
             */
            ignore_member_chat_banned?: boolean;
            /**
             * @description Check that the operator is a member.
             * @default true
             */
            check_team_member_valid?: boolean;
        };
        /** @description The update of one message [SDK-J `ModifyMessageRequestV2`, official doc DA2ODM5NTU]. */
        ModifyMessageRequest: {
            operator: components["schemas"]["AccountId"];
            /**
             * @description The original message's conversation: 1 single chat, 2 advanced team, 3 super team; must match the original [SDK-J@bf88b33 checks, official doc].
             * @enum {integer}
             */
            type: 1 | 2 | 3;
            /** @description Developer extension, a JSON string; its limit depends on the plan (≤ 1024 on the 2024 page) [official doc DA2ODM5NTU]. */
            extension?: string;
            message: components["schemas"]["ModifiedMessage"];
            message_config?: components["schemas"]["ModifyMessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            push_config?: components["schemas"]["PushConfig"];
            antispam_config?: components["schemas"]["AntispamConfig"];
            p2p_option?: components["schemas"]["P2pOption"];
            team_option?: components["schemas"]["ModifyTeamOption"];
            superteam_option?: components["schemas"]["SuperTeamOption"];
        };
        ModifyMessageData: components["schemas"]["MessageAnswer"];
        ModifyMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["ModifyMessageData"];
        } & {
            [key: string]: unknown;
        };
        DeleteConversationMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A read receipt for one single-chat message [SDK-J `SendP2PReadReceiptRequestV2`, SDK-G]. */
        SendP2PReadReceiptRequest: {
            from_account_id: components["schemas"]["AccountId"];
            to_account_id: components["schemas"]["AccountId"];
            message_server_id: components["schemas"]["MessageServerId"];
        };
        SendP2PReadReceiptData: {
            /** @description When the receipt was recorded, milliseconds since the epoch [SDK-J, SDK-G]. */
            timestamp?: number;
        } & {
            [key: string]: unknown;
        };
        SendP2PReadReceiptResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendP2PReadReceiptData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Read receipts for up to 50 messages of one advanced team [SDK-J `SendTeamReadReceiptRequestV2`, SDK-G, AF api-146886494]. */
        SendTeamReadReceiptRequest: {
            from_account_id: components["schemas"]["AccountId"];
            team_id: components["schemas"]["TeamId"];
            /**
             * @description The messages read, 1..50 [SDK-J javadoc; SDK-J@bf88b33 refused an empty list].
             *
             *     Limits: minItems 1, maxItems 50.
             */
            message_server_ids: components["schemas"]["MessageServerId"][];
        };
        /** @description The message ids marked and refused [SDK-J, SDK-G, AF]. */
        SendTeamReadReceiptData: {
            success_list?: components["schemas"]["MessageServerId"][];
            failed_list?: components["schemas"]["MessageServerId"][];
        } & {
            [key: string]: unknown;
        };
        SendTeamReadReceiptResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendTeamReadReceiptData"];
        } & {
            [key: string]: unknown;
        };
        /** @description Read and unread counts and accounts, under SDK-J's or SDK-G's names (which the server uses is not documented where readable) [catalogue §3.3]. */
        QueryTeamReadReceiptData: {
            /** @description Members who read it [SDK-J]. */
            read_size?: number;
            /** @description Members who did not [SDK-J]. */
            unread_size?: number;
            /** @description Who read it, with `snapshot` [SDK-J]. */
            read_account_ids?: string[];
            /** @description Who did not [SDK-J]. */
            unread_account_ids?: string[];
            /** @description Members who read it [SDK-G]. */
            read_count?: number;
            /** @description Members who did not [SDK-G]. */
            unread_count?: number;
            /** @description Who read it [SDK-G]. */
            read_accounts?: string[];
            /** @description Who did not [SDK-G]. */
            unread_accounts?: string[];
        } & {
            [key: string]: unknown;
        };
        QueryTeamReadReceiptResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryTeamReadReceiptData"];
        } & {
            [key: string]: unknown;
        };
        QueryMessageData: components["schemas"]["MessageAnswer"];
        QueryMessageResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryMessageData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of matches [SDK-J `SearchMessagesResponseV2`, SDK-G]. */
        SearchMessagesData: {
            /** @description Matches in all. */
            count?: number;
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            items?: components["schemas"]["MessageAnswer"][];
        } & {
            [key: string]: unknown;
        };
        SearchMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SearchMessagesData"];
        } & {
            [key: string]: unknown;
        };
        /** @description A message named by its server id and send time [SDK-J `MessageQuery`, SDK-G]. */
        MessageIdAndTime: {
            message_server_id: components["schemas"]["MessageServerId"];
            /**
             * @description When it was sent, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            create_time: number;
        };
        /** @description The messages to fetch [SDK-J `BatchQueryMessagesByIdRequestV2`, SDK-G]. */
        BatchQueryMessagesRequest: {
            /**
             * @description At least one [SDK-J@bf88b33 checks]; no upper limit in either SDK.
             *
             *     Limits: minItems 1.
             */
            messages: components["schemas"]["MessageIdAndTime"][];
        };
        /** @description A message not returned, with why [SDK-J `FailedMessage` (`error_code` a `Long`), SDK-G]. */
        BatchQueryMessagesFailure: {
            message_server_id?: components["schemas"]["MessageServerId"];
            create_time?: number;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        BatchQueryMessagesData: {
            success_list?: components["schemas"]["MessageAnswer"][];
            failed_list?: components["schemas"]["BatchQueryMessagesFailure"][];
        } & {
            [key: string]: unknown;
        };
        BatchQueryMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryMessagesData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The thread's root and one page of replies [SDK-J `QueryThreadMessagesResponseV2`, SDK-G, official doc zE0MzA0NzM]. */
        QueryThreadMessagesData: {
            thread_root?: components["schemas"]["MessageAnswer"];
            /** @description Replies in all. */
            total?: number;
            /** @description The last reply's time, milliseconds since the epoch [SDK-J; the v1 page says so]. */
            timestamp?: number;
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            messages?: components["schemas"]["MessageAnswer"][];
        } & {
            [key: string]: unknown;
        };
        QueryThreadMessagesResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryThreadMessagesData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The message a quick comment is on, every key required [SDK-J@bf88b33 checks, SDK-J and SDK-G comments]. */
        QuickCommentTarget: {
            /**
             * @description 1 single chat, 2 advanced team, 3 super team.
             * @enum {integer}
             */
            conversation_type: 1 | 2 | 3;
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The message's receiver: an account, or the team id of a team message.
             *
             *     Limits: minLength 1.
             */
            receiver_id: string;
            message_server_id: components["schemas"]["MessageServerId"];
            /**
             * @description The message's client id.
             *
             *     Limits: minLength 1.
             */
            message_client_id: string;
            /**
             * @description When it was sent, milliseconds since the epoch.
             *
             *     Limits: minimum 0.
             */
            create_time: number;
        };
        /** @description A quick comment of one account on one message [SDK-J `AddQuickCommentRequestV2`, `DeleteQuickCommentRequestV2`, SDK-G]. */
        AddQuickCommentRequest: {
            operator_id: components["schemas"]["AccountId"];
            /**
             * @description The comment's type, developer-defined, > 0 [SDK-J@bf88b33 checks].
             *
             *     Limits: minimum 1.
             */
            index: number;
            /** @description The comment's extension, a JSON string [SDK-J, SDK-G]. */
            extension?: string;
            message: components["schemas"]["QuickCommentTarget"];
            push_config?: components["schemas"]["PushConfig"];
        };
        DeleteQuickCommentRequest: components["schemas"]["AddQuickCommentRequest"];
        QuickCommentTimeData: {
            /** @description The server's time of the change, milliseconds since the epoch [SDK-J; SDK-G declares no fields]. */
            time?: number;
        } & {
            [key: string]: unknown;
        };
        AddQuickCommentResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QuickCommentTimeData"];
        } & {
            [key: string]: unknown;
        };
        DeleteQuickCommentResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QuickCommentTimeData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The messages whose comments to fetch [SDK-J `BatchQueryQuickCommentsRequestV2`, SDK-G]. */
        BatchQueryQuickCommentsRequest: {
            /**
             * @description At least one [SDK-J@bf88b33 checks].
             *
             *     Limits: minItems 1.
             */
            messages: components["schemas"]["QuickCommentTarget"][];
        };
        /** @description One quick comment: SDK-J reads `operator_id`, `index`, `extension`, `time`; SDK-G `type`, `operator_id`, `timestamp`, `server_extension`. */
        QuickComment: {
            /** @description Who commented. */
            operator_id?: string;
            /** @description The comment's type [SDK-J]. */
            index?: number;
            /** @description The comment's extension [SDK-J]. */
            extension?: string;
            /** @description When it was added, milliseconds since the epoch [SDK-J]. */
            time?: number;
            /** @description The comment's type [SDK-G]. */
            type?: number;
            /** @description When it was added [SDK-G]. */
            timestamp?: number;
            /** @description The comment's extension [SDK-G]. */
            server_extension?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A message and its quick comments [SDK-J `SuccessResult`, SDK-G `QuickCommentItem`]. */
        QuickCommentsOfMessage: {
            conversation_type?: number;
            sender_id?: string;
            receiver_id?: string;
            message_server_id?: components["schemas"]["MessageServerId"];
            message_client_id?: string;
            create_time?: number;
            comments?: components["schemas"]["QuickComment"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A message whose comments could not be read [SDK-J `FailedResult`]. */
        QuickCommentsFailure: {
            conversation_type?: number;
            sender_id?: string;
            receiver_id?: string;
            message_server_id?: components["schemas"]["MessageServerId"];
            message_client_id?: string;
            create_time?: number;
            error_code?: number;
            error_msg?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description SDK-J's `success_list` and `failed_list`, or SDK-G's `items` [catalogue §3.3]. */
        BatchQueryQuickCommentsData: {
            success_list?: components["schemas"]["QuickCommentsOfMessage"][];
            failed_list?: components["schemas"]["QuickCommentsFailure"][];
            /** @description [SDK-G] */
            items?: components["schemas"]["QuickCommentsOfMessage"][];
        } & {
            [key: string]: unknown;
        };
        BatchQueryQuickCommentsResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BatchQueryQuickCommentsData"];
        } & {
            [key: string]: unknown;
        };
        /** @description How a custom notification is kept [official doc Tc0ODg0OTA, SDK-J, SDK-G]. */
        NotificationConfig: {
            /**
             * @description Stored for receivers who are offline.
             * @default true
             */
            offline_enabled?: boolean;
            /**
             * @description Counts towards the unread count.
             * @default true
             */
            unread_enabled?: boolean;
        };
        /**
         * @description The notification's content, a developer-defined string (usually JSON), ≤ 4096 characters [official doc Tc0ODg0OTA].
         *
         *     Limits: minLength 1, maxLength 4096.
         */
        NotificationContent: string;
        /**
         * @description The client's sound file name, ≤ 30 characters [official doc Tc0ODg0OTA].
         *
         *     Limits: maxLength 30.
         */
        NotificationSound: string;
        /** @description One custom notification from `sender_id` to each of `receiver_ids` [SDK-J `SendBatchCustomNotificationRequestV2`, SDK-G]. */
        SendBatchCustomNotificationRequest: {
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description The receivers, 1..500 accounts per call [official doc Tc0ODg0OTA].
             *
             *     Limits: minItems 1, maxItems 500.
             */
            receiver_ids: components["schemas"]["AccountId"][];
            content: components["schemas"]["NotificationContent"];
            sound?: components["schemas"]["NotificationSound"];
            notification_config?: components["schemas"]["NotificationConfig"];
            push_config?: components["schemas"]["PushConfig"];
            route_config?: components["schemas"]["RouteConfig"];
        };
        /** @description Who was served and who was refused; empty on error [SDK-J, SDK-G, AF api-147228832]. */
        SendBatchCustomNotificationData: {
            /** @description The account ids served. */
            success_list?: string[];
            failed_list?: components["schemas"]["AccountFailure"][];
        } & {
            [key: string]: unknown;
        };
        SendBatchCustomNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendBatchCustomNotificationData"];
        } & {
            [key: string]: unknown;
        };
        /** @description One custom notification to an account or a team [SDK-J `SendCustomNotificationRequestV2`, SDK-G]. */
        SendCustomNotificationRequest: {
            sender_id: components["schemas"]["AccountId"];
            /**
             * @description 1 to an account, 2 to an advanced team, 3 to a super team [SDK-J@e1be13a checks].
             * @enum {integer}
             */
            type: 1 | 2 | 3;
            /**
             * @description The account (`type` 1) or the team id (`type` 2, 3), as a string in both SDKs.
             *
             *     Limits: minLength 1.
             */
            receiver_id: string;
            content: components["schemas"]["NotificationContent"];
            sound?: components["schemas"]["NotificationSound"];
            notification_config?: components["schemas"]["NotificationConfig"];
            push_config?: components["schemas"]["PushConfig"];
            route_config?: components["schemas"]["RouteConfig"];
        };
        SendCustomNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int64
         * @description A broadcast notification's id, assigned by the server: an `int64` in SDK-G (SDK-J keeps
         *     it as a `String` of the same digits), so it can exceed 2^53. The generated types and the
         *     client carry it as a **decimal string**.
         *
         *     Limits: minimum 1.
         */
        BroadcastId: string;
        /**
         * Format: int64
         * @description The broadcast's id as answered: a number in SDK-G, a string in SDK-J; a number is delivered exactly, as a decimal string.
         */
        BroadcastIdAnswer: string;
        /**
         * @description A client platform: `ios`, `aos` (Android), `pc`, `web`, `mac` [AF api-147274114].
         * @enum {string}
         */
        BroadcastTargetOs: "ios" | "aos" | "pc" | "web" | "mac";
        /** @description A broadcast to every account of the app [SDK-J `SendBroadcastNotificationRequestV2`, SDK-G, AF api-147274114]. */
        SendBroadcastNotificationRequest: {
            /**
             * @description The notification's content, ≤ 4096 characters [AF].
             *
             *     Limits: minLength 1, maxLength 4096.
             */
            content: string;
            from_account_id?: components["schemas"]["AccountId"];
            /**
             * @description Keep it for accounts that are offline [AF: default false].
             * @default false
             */
            offline_enabled?: boolean;
            /**
             * @description How long it is kept offline, with `offline_enabled` only: hours, default 168 (7 days) [AF]; seconds per SDK-G's comment.
             *
             *     Limits: minimum 1.
             */
            ttl?: number;
            /** @description Only these client platforms (default all): a JSON array [SDK-J, SDK-G], or the same array serialised as a string [AF]. */
            target_os?: components["schemas"]["BroadcastTargetOs"][] | string;
        };
        /** @description A broadcast notification as the server keeps it [SDK-J, SDK-G]. */
        BroadcastNotification: {
            broadcast_id?: components["schemas"]["BroadcastIdAnswer"];
            from_account_id?: string;
            content?: string;
            offline_enabled?: boolean;
            target_os?: string[] | string;
            /** @description Milliseconds since the epoch. */
            create_time?: number;
            /** @description When it stops being delivered offline, milliseconds since the epoch. */
            expire_time?: number;
        } & {
            [key: string]: unknown;
        };
        SendBroadcastNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BroadcastNotification"];
        } & {
            [key: string]: unknown;
        };
        QueryBroadcastNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["BroadcastNotification"];
        } & {
            [key: string]: unknown;
        };
        DeleteBroadcastNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            /** @description Empty. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One page of broadcasts [SDK-J `QueryBroadcastNotificationListResponseV2`, SDK-G]. */
        QueryBroadcastNotificationListData: {
            /** @description More pages follow. */
            has_more?: boolean;
            /** @description The `page_token` of the next page. */
            next_token?: string;
            items?: components["schemas"]["BroadcastNotification"][];
        } & {
            [key: string]: unknown;
        };
        QueryBroadcastNotificationListResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["QueryBroadcastNotificationListData"];
        } & {
            [key: string]: unknown;
        };
        /** @description The message broadcast into every chatroom [SDK-J `SendChatroomBroadcastNotificationRequestV2.Message`, SDK-G]; `message_type` is required [SDK-G: no `omitempty`]. */
        ChatroomBroadcastMessage: {
            /**
             * @description 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
             * @enum {integer}
             */
            message_type: 0 | 1 | 2 | 3 | 4 | 6 | 10 | 100;
            sub_type?: components["schemas"]["SubType"];
            /** @description The text, or a description of another type. */
            text?: string;
            /** @description The media's attributes or the custom content, a JSON object. */
            attachment?: {
                [key: string]: unknown;
            };
        };
        /** @description How the broadcast is delivered [SDK-J, SDK-G]. */
        ChatroomBroadcastMessageConfig: {
            /** @description A high-priority message. */
            high_priority?: boolean;
            /** @description The tag expression of who receives it, as for chatroom messages. */
            notify_target_tags?: string;
        };
        /** @description One message into every chatroom of the app [SDK-J `SendChatroomBroadcastNotificationRequestV2`, SDK-G]. */
        SendChatroomBroadcastNotificationRequest: {
            /**
             * @description The caller's unique id of this broadcast [SDK-J, SDK-G].
             *
             *     Limits: minLength 1.
             */
            client_broadcast_id: string;
            sender_id: components["schemas"]["AccountId"];
            /** @description Developer extension [SDK-J, SDK-G]. */
            extension?: string;
            /**
             * @description 1 marks a resend of the same `client_broadcast_id` [SDK-J, SDK-G].
             * @default 0
             * @enum {integer}
             */
            resend_flag?: 0 | 1;
            message: components["schemas"]["ChatroomBroadcastMessage"];
            message_config?: components["schemas"]["ChatroomBroadcastMessageConfig"];
            route_config?: components["schemas"]["RouteConfig"];
            antispam_config?: components["schemas"]["AntispamConfig"];
        };
        /** @description The broadcast message as sent [SDK-J, SDK-G]. */
        SendChatroomBroadcastNotificationData: {
            client_broadcast_id?: string;
            sender_id?: string;
            /** @description The sender's nick. */
            from_nick?: string;
            /** @description The sender's avatar URL. */
            from_avatar?: string;
            message_type?: number;
            sub_type?: number;
            text?: string;
            attachment?: {
                [key: string]: unknown;
            };
            /** @description 32 for REST. */
            sender_client_type?: number;
            high_priority?: boolean;
            /** @description Milliseconds since the epoch. */
            create_time?: number;
        } & {
            [key: string]: unknown;
        };
        SendChatroomBroadcastNotificationResponse: {
            code: components["schemas"]["ResultCode"];
            msg: components["schemas"]["ResultMsg"];
            data?: components["schemas"]["SendChatroomBroadcastNotificationData"];
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
        /**
         * @description The IM account (accid) the call is about [SDK-J, SDK-G].
         * @example user_10086
         */
        AccountIdPath: components["schemas"]["AccountId"];
        /**
         * @description The contact the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
         * @example user_10087
         */
        ContactAccountIdQuery: components["schemas"]["AccountId"];
        /**
         * @description The account whose list to page through; required [SDK-J, SDK-G send it always].
         * @example user_10086
         */
        ContactListOwnerQuery: components["schemas"]["AccountId"];
        /** @description The previous page's `next_token`; absent for the first page [SDK-J, SDK-G send it only when non-empty]. */
        ContactListPageTokenQuery: string;
        /**
         * @description The page size; no default or maximum is documented [SDK-J, SDK-G; gap].
         * @example 50
         */
        ContactListLimitQuery: number;
        /**
         * @description The friend the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
         * @example user_10087
         */
        FriendAccountIdQuery: components["schemas"]["AccountId"];
        /**
         * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
         * @example 1602801663
         */
        RoomIdPath: components["schemas"]["RoomId"];
        /**
         * @description Only members of these roles (integers, sent comma-joined, e.g. `1,2,0` in Yunxin's Apifox
         *     example [AF api-149295052]); absent: every role. SDK-J and SDK-G take the joined string and
         *     send it only when non-empty [SDK-J, SDK-G].
         * @example [
         *       1,
         *       2
         *     ]
         */
        MemberRolesQuery: components["schemas"]["ChatroomMemberRole"][];
        /**
         * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
         * @example viewer01
         */
        ChatroomMemberAccountIdPath: components["schemas"]["AccountId"];
        /**
         * @description The signalling room's channel id [SDK-J, SDK-G: a string].
         * @example 8207411368394723112
         */
        SignalChannelIdQuery: components["schemas"]["SignalChannelId"];
        /**
         * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
         * @example 6240128551
         */
        TeamIdPath: components["schemas"]["TeamId"];
        /**
         * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
         * @example 1
         */
        TeamTypeQuery: components["schemas"]["TeamType"];
        /**
         * @description A custom extension carried by the notification of the change, JSON text; not stored [SDK-J, SDK-G].
         * @example {"reason":"project closed"}
         */
        TeamNotifyExtensionQuery: string;
        /**
         * @description The team id (群组 ID), an int64 [SDK-J `Long`, SDK-G `int64`].
         * @example 6240128551
         */
        TeamIdQuery: components["schemas"]["TeamId"];
        /**
         * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
         *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
         *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
         *     percent-encodes `|` in the path (`%7C`).
         * @example alice|1|bob
         */
        ConversationIdPath: components["schemas"]["ConversationId"];
        /**
         * @description The server id of the message, an int64 [SDK-J `Long`; SDK-G `string`].
         * @example 9899821270208
         */
        MessageServerIdPath: components["schemas"]["MessageServerId"];
        /**
         * @description The broadcast notification's id, an int64 [SDK-G `int64`; SDK-J `String`, sent as the same digits].
         * @example 48512095732
         */
        BroadcastIdPath: components["schemas"]["BroadcastId"];
        /**
         * @description Also delete the conversations' history messages; absent: false. SDK-J sends it whenever
         *     it is set, SDK-G only when true [SDK-J, SDK-G, official doc Dk2ODgyNTk].
         * @example true
         */
        ClearMessageQuery: boolean;
        /**
         * @description The conversation group (会话分组), an int64 the server assigned [SDK-J `Long`, SDK-G `int64`].
         * @example 1733183400123
         */
        ConversationGroupIdPath: components["schemas"]["ConversationGroupId"];
        /**
         * @description The account the conversation groups belong to; required [SDK-J sends it always, SDK-G refuses it empty].
         * @example alice
         */
        ConversationGroupOwnerQuery: components["schemas"]["AccountId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    batchQueryAccounts: {
        parameters: {
            query: {
                /**
                 * @description The accounts to query, sent comma-joined (`user_10086,user_10087`) [SDK-J, SDK-G];
                 *     required [AF api-147175988]. No maximum is documented [gap].
                 * @example [
                 *       "user_10086",
                 *       "user_10087"
                 *     ]
                 */
                account_ids: components["schemas"]["AccountId"][];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the accounts found and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryAccountsResponse"];
                };
            };
        };
    };
    createAccount: {
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
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the new account with its token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponse"];
                };
            };
        };
    };
    getAccountDetails: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the account's settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountDetailsResponse"];
                };
            };
        };
    };
    updateAccount: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the account with its token and switches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountResponse"];
                };
            };
        };
    };
    disableAccount: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableAccountRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the account's switches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisableAccountResponse"];
                };
            };
        };
    };
    setPushConfig: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPushConfigRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the account's switches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetPushConfigResponse"];
                };
            };
        };
    };
    kickAccount: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KickAccountRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` lists the kicked devices and those that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KickAccountResponse"];
                };
            };
        };
    };
    refreshToken: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` holds the new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshTokenResponse"];
                };
            };
        };
    };
    listBlockContacts: {
        parameters: {
            query: {
                /**
                 * @description The account whose list to page through; required [SDK-J, SDK-G send it always].
                 * @example user_10086
                 */
                account_id: components["parameters"]["ContactListOwnerQuery"];
                /** @description The previous page's `next_token`; absent for the first page [SDK-J, SDK-G send it only when non-empty]. */
                page_token?: components["parameters"]["ContactListPageTokenQuery"];
                /**
                 * @description The page size; no default or maximum is documented [SDK-J, SDK-G; gap].
                 * @example 50
                 */
                limit?: components["parameters"]["ContactListLimitQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of the block list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBlockContactsResponse"];
                };
            };
        };
    };
    addBlockContact: {
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
                "application/json": components["schemas"]["AddBlockContactRequest"];
            };
        };
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddBlockContactResponse"];
                };
            };
        };
    };
    removeBlockContact: {
        parameters: {
            query: {
                /**
                 * @description The contact the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
                 * @example user_10087
                 */
                contact_account_id: components["parameters"]["ContactAccountIdQuery"];
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveBlockContactResponse"];
                };
            };
        };
    };
    listMuteContacts: {
        parameters: {
            query: {
                /**
                 * @description The account whose list to page through; required [SDK-J, SDK-G send it always].
                 * @example user_10086
                 */
                account_id: components["parameters"]["ContactListOwnerQuery"];
                /** @description The previous page's `next_token`; absent for the first page [SDK-J, SDK-G send it only when non-empty]. */
                page_token?: components["parameters"]["ContactListPageTokenQuery"];
                /**
                 * @description The page size; no default or maximum is documented [SDK-J, SDK-G; gap].
                 * @example 50
                 */
                limit?: components["parameters"]["ContactListLimitQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of the muted contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMuteContactsResponse"];
                };
            };
        };
    };
    addMuteContact: {
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
                "application/json": components["schemas"]["AddMuteContactRequest"];
            };
        };
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMuteContactResponse"];
                };
            };
        };
    };
    removeMuteContact: {
        parameters: {
            query: {
                /**
                 * @description The contact the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
                 * @example user_10087
                 */
                contact_account_id: components["parameters"]["ContactAccountIdQuery"];
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveMuteContactResponse"];
                };
            };
        };
    };
    listFriends: {
        parameters: {
            query: {
                /**
                 * @description The account whose list to page through; required [SDK-J, SDK-G send it always].
                 * @example user_10086
                 */
                account_id: components["parameters"]["ContactListOwnerQuery"];
                /** @description The previous page's `next_token`; absent for the first page [SDK-J, SDK-G send it only when non-empty]. */
                page_token?: components["parameters"]["ContactListPageTokenQuery"];
                /**
                 * @description The page size: default 100, at most 100 [official doc DUyNzA2OTc].
                 * @example 50
                 */
                limit?: number;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of the friends. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFriendsResponse"];
                };
            };
        };
    };
    addFriend: {
        parameters: {
            query?: {
                /**
                 * @description 1 add directly (直接加好友), 2 ask, the contact accepts or refuses (请求加好友) [SDK-J
                 *     sends it here, SDK-G in the body; values: SDK-G comment, SDK-J test]. No default is
                 *     documented [gap].
                 * @example 2
                 */
                type?: components["schemas"]["FriendAdditionType"];
            };
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
                "application/json": components["schemas"]["AddFriendRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the friend as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddFriendResponse"];
                };
            };
        };
    };
    deleteFriend: {
        parameters: {
            query: {
                /**
                 * @description The friend the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
                 * @example user_10087
                 */
                friend_account_id: components["parameters"]["FriendAccountIdQuery"];
                /**
                 * @description Also delete the alias given to the friend; sent only when set [SDK-J, SDK-G]. No default is documented [gap].
                 * @example true
                 */
                delete_alias?: boolean;
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteFriendResponse"];
                };
            };
        };
    };
    getFriend: {
        parameters: {
            query: {
                /**
                 * @description The friend the call is about [SDK-J, SDK-G; SDK-G refuses it empty].
                 * @example user_10087
                 */
                friend_account_id: components["parameters"]["FriendAccountIdQuery"];
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the friend. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFriendResponse"];
                };
            };
        };
    };
    updateFriend: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFriendRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the friend as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFriendResponse"];
                };
            };
        };
    };
    handleFriendAddition: {
        parameters: {
            query?: {
                /**
                 * @description 3 accept (同意, the default), 4 refuse (拒绝) [official doc zAwMzgwNTU, SDK-J].
                 * @example 3
                 */
                type?: components["schemas"]["FriendRequestDecision"];
            };
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
                "application/json": components["schemas"]["HandleFriendAdditionRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the friend as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandleFriendAdditionResponse"];
                };
            };
        };
    };
    subscribeUserStatus: {
        parameters: {
            query: {
                /**
                 * @description How long the subscription lasts, in seconds: 60 to 2592000 (30 days) [AF
                 *     api-249865850]; both SDKs always send it [SDK-J, SDK-G].
                 * @example 86400
                 */
                duration: number;
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeUserStatusRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.failed_list` names the ids that could not be subscribed to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscribeUserStatusResponse"];
                };
            };
        };
    };
    unsubscribeUserStatus: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsubscribeUserStatusRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.failed_list` names the ids that could not be unsubscribed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeUserStatusResponse"];
                };
            };
        };
    };
    queryUserStatusSubscription: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryUserStatusSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.subscribes` lists the subscriptions found, `data.failed_list` the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryUserStatusSubscriptionResponse"];
                };
            };
        };
    };
    getUser: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
        };
    };
    updateUser: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the profile as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateUserResponse"];
                };
            };
        };
    };
    batchGetUsers: {
        parameters: {
            query: {
                /**
                 * @description The accounts whose profiles to get, sent comma-joined [SDK-J, SDK-G]. No maximum is documented [gap].
                 * @example [
                 *       "user_10086",
                 *       "user_10087"
                 *     ]
                 */
                account_ids: components["schemas"]["AccountId"][];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the profiles found and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchGetUsersResponse"];
                };
            };
        };
    };
    getUsersOnlineStatus: {
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
                "application/json": components["schemas"]["GetUsersOnlineStatusRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` lists each account's clients and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUsersOnlineStatusResponse"];
                };
            };
        };
    };
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
    sendMessage: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the message as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
        };
    };
    deleteConversationMessages: {
        parameters: {
            query: {
                /**
                 * @description 1 roaming messages, 2 history messages, 3 both [SDK-J javadoc, SDK-G; SDK-J@bf88b33 checks: 1..3].
                 * @example 3
                 */
                type: 1 | 2 | 3;
            };
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data [SDK-J and SDK-G declare no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteConversationMessagesResponse"];
                };
            };
        };
    };
    queryMessagesByPage: {
        parameters: {
            query: {
                /**
                 * @description Start of the time range, milliseconds since the epoch [official doc jcwNDA0Nzg, SDK-J `Long`].
                 * @example 1717318800000
                 */
                begin_time: number;
                /**
                 * @description End of the time range, milliseconds since the epoch [official doc jcwNDA0Nzg, SDK-J `Long`].
                 * @example 1717405200000
                 */
                end_time: number;
                /**
                 * @description Messages per page, 1..100; anything else answers 414 [official doc jcwNDA0Nzg].
                 * @example 50
                 */
                limit: number;
                /** @description The previous answer's `next_token`; absent for the first page [official doc jcwNDA0Nzg]. */
                page_token?: string;
                /**
                 * @description The order, **despite its name**: `true` oldest first (按时间正序), `false` newest first
                 *     [official doc jcwNDA0Nzg and the SDK-J javadoc say so alike].
                 */
                descending?: boolean;
                /**
                 * @description Only these message types, comma-joined, e.g. `0,1,2,3` [official doc jcwNDA0Nzg, SDK-J].
                 *     The v2.1 page lists 0, 1, 2, 3, 4, 6, 10, 12 (call records, 音视频话单) and 100; the
                 *     older page also lists 5 (notification) and 11 (robot): all are accepted.
                 * @example [
                 *       0,
                 *       1
                 *     ]
                 */
                message_type?: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 11 | 12 | 100)[];
                /** @description Advanced teams: check that the team exists and the owner of the conversation is a member (default `true`) [official doc jcwNDA0Nzg, SDK-J]. */
                check_team_valid?: boolean;
                /** @description Also return no-sense messages and those recalled or deleted one-sidedly (default `false`) [AF api-146887244, SDK-J]. */
                include_no_sense_msg?: boolean;
            };
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success one page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryMessagesByPageResponse"];
                };
            };
        };
    };
    withdrawMessage: {
        parameters: {
            query: {
                /**
                 * @description 1 one-sided recall, 2 two-sided recall, 3 delete [SDK-J@bf88b33 checks: 1..3].
                 * @example 2
                 */
                type: 1 | 2 | 3;
                /** @description A description of the recall [SDK-J]. */
                description?: string;
                /** @description Push text of the recall notification; `type` 2 only [SDK-J]. */
                push_content?: string;
                /** @description Push payload, a JSON string; `type` 2 only [SDK-J]. */
                push_payload?: string;
                /** @description Which configured callback environment receives the recall (抄送); `type` 2 only [SDK-J]. */
                route_environment?: string;
                /** @description Extension carried by the recall notification; `type` 2 only [SDK-J]. */
                attach?: string;
                /** @description Teams: check that the operator is a member [SDK-J, official changelog 10.4.6]. */
                check_team_member_valid?: boolean;
                /**
                 * @description When the message was sent, milliseconds since the epoch (its `create_time`) [SDK-J `Long`; meaning inferred].
                 * @example 1717405300123
                 */
                message_time?: number;
                /**
                 * @description Skip the recall-window check (`1`) [SDK-J `Integer`; the changelog 10.10.0 spells it
                 *     `ingore_revoke_time`, taken as a typo since SDK-J sends `ignore_revoke_time`; the values
                 *     are not documented, 0/1 inferred].
                 */
                ignore_revoke_time?: number;
                /** @description Server extension of the recall [SDK-G only; not documented]. */
                server_extension?: string;
                /** @description The recall notification [SDK-G only; not documented]. */
                notify?: string;
            };
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
                /**
                 * @description The server id of the message, an int64 [SDK-J `Long`; SDK-G `string`].
                 * @example 9899821270208
                 */
                message_server_id: components["parameters"]["MessageServerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data [SDK-J and SDK-G declare no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawMessageResponse"];
                };
            };
        };
    };
    streamMessage: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamMessageRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` names the streaming message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamMessageResponse"];
                };
            };
        };
    };
    modifyMessage: {
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
                "application/json": components["schemas"]["ModifyMessageRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the message as updated [SDK-J; SDK-G declares no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyMessageResponse"];
                };
            };
        };
    };
    sendP2PReadReceipt: {
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
                "application/json": components["schemas"]["SendP2PReadReceiptRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.timestamp`, when the receipt was recorded [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendP2PReadReceiptResponse"];
                };
            };
        };
    };
    queryTeamReadReceipt: {
        parameters: {
            query: {
                /**
                 * @description The team id (群组 ID), an int64 [SDK-J `Long`, SDK-G `int64`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdQuery"];
                /**
                 * @description The message, an int64 [SDK-J `Long`, SDK-G `int64`].
                 * @example 9899821270500
                 */
                message_server_id: components["schemas"]["MessageServerId"];
                /**
                 * @description The team type; only 1 (advanced team) is supported [SDK-J javadoc and SDK-J@bf88b33 checks; SDK-G does not send it].
                 * @example 1
                 */
                team_type?: 1;
                /**
                 * @description The message's sender [SDK-J, required by SDK-J@bf88b33; SDK-G does not send it].
                 * @example alice
                 */
                sender_id?: components["schemas"]["AccountId"];
                /** @description Also return the account ids of who read and who did not [SDK-J]. */
                snapshot?: boolean;
                /** @description Also return the account lists [SDK-G only; not documented, SDK-J's `snapshot` presumably means the same]. */
                include_account?: boolean;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success the read and unread counts, under either SDK's names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryTeamReadReceiptResponse"];
                };
            };
        };
    };
    sendTeamReadReceipt: {
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
                "application/json": components["schemas"]["SendTeamReadReceiptRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success the message ids marked and refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTeamReadReceiptResponse"];
                };
            };
        };
    };
    queryMessage: {
        parameters: {
            query?: {
                /**
                 * @description When the message was sent, milliseconds since the epoch [SDK-J `Long`].
                 * @example 1717405300123
                 */
                message_time?: number;
                /** @description Teams: check that the team exists [SDK-J]. */
                check_team_valid?: boolean;
                /** @description Teams: check that the conversation's owner is a member [SDK-J]. */
                check_team_member_valid?: boolean;
            };
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
                /**
                 * @description The server id of the message, an int64 [SDK-J `Long`; SDK-G `string`].
                 * @example 9899821270208
                 */
                message_server_id: components["parameters"]["MessageServerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryMessageResponse"];
                };
            };
        };
    };
    searchMessages: {
        parameters: {
            query: {
                /**
                 * @description Who searches: only messages this account can see are found [SDK-J, SDK-G; required by both].
                 * @example alice
                 */
                operator_id: components["schemas"]["AccountId"];
                /**
                 * @description Search only this conversation [SDK-J, SDK-G].
                 * @example alice|1|bob
                 */
                conversation_id?: components["schemas"]["ConversationId"];
                /**
                 * @description Only messages from these senders, ≤ 5, comma-joined [SDK-J javadoc, SDK-J@bf88b33 checks].
                 * @example [
                 *       "bob"
                 *     ]
                 */
                sender_account_ids?: components["schemas"]["AccountId"][];
                /**
                 * @description Only these message types, comma-joined [SDK-J, SDK-G].
                 * @example [
                 *       0
                 *     ]
                 */
                message_types?: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 11 | 12 | 100)[];
                /** @description Only these sub-types, comma-joined [SDK-J, SDK-G]. */
                message_sub_types?: number[];
                /**
                 * @description Start of the searched range, milliseconds since the epoch [SDK-J `Long`].
                 * @example 1717318800000
                 */
                start_time?: number;
                /**
                 * @description Length of the searched range from `start_time`, milliseconds [SDK-J `Long`].
                 * @example 86400000
                 */
                time_period?: number;
                /**
                 * @description The keywords, ≤ 5, as one JSON array string such as `["refund","A-1001"]` [SDK-J, SDK-G].
                 * @example ["refund","A-1001"]
                 */
                keyword_list?: string;
                /** @description 0 any keyword (OR), 1 every keyword (AND) [SDK-J, SDK-G]. */
                keyword_match_type?: 0 | 1;
                /** @description 0 newest first (default), 1 oldest first [official changelog 10.10.7, SDK-J request class; neither SDK sends it]. */
                direction?: 0 | 1;
                /** @description The previous answer's `next_token`; absent for the first page [SDK-J, SDK-G]. */
                page_token?: string;
                /**
                 * @description Messages per page, ≤ 100 [SDK-J javadoc].
                 * @example 20
                 */
                limit?: number;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success one page of matches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchMessagesResponse"];
                };
            };
        };
    };
    batchQueryMessages: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchQueryMessagesRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success the messages found and the ids not found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryMessagesResponse"];
                };
            };
        };
    };
    queryThreadMessages: {
        parameters: {
            query: {
                /**
                 * @description Start of the time range, milliseconds since the epoch [official doc zE0MzA0NzM].
                 * @example 1717318800000
                 */
                begin_time: number;
                /**
                 * @description End of the time range, milliseconds since the epoch [official doc zE0MzA0NzM].
                 * @example 1717405200000
                 */
                end_time: number;
                /**
                 * @description Messages per page, 1..100; anything else answers 414 [official doc zE0MzA0NzM].
                 * @example 50
                 */
                limit: number;
                /**
                 * @description The root message's conversation: 1 single chat, 2 advanced team, 3 super team [official doc zE0MzA0NzM].
                 * @example 1
                 */
                conversation_type: 1 | 2 | 3;
                /**
                 * @description The root message's sender [official doc zE0MzA0NzM].
                 * @example bob
                 */
                sender_id: components["schemas"]["AccountId"];
                /**
                 * @description The root message's receiver: an account, or the team id of a team message [official doc zE0MzA0NzM].
                 * @example alice
                 */
                receiver_id: string;
                /**
                 * @description The root message's server id, an int64 [official doc zE0MzA0NzM, SDK-J `Long`].
                 * @example 9897543190303
                 */
                message_server_id: components["schemas"]["MessageServerId"];
                /**
                 * @description The root message's client id [official doc zE0MzA0NzM].
                 * @example 7a9d0c55-3b2e-4f8a-b1c6-2e4d5f6a7b80
                 */
                message_client_id: string;
                /**
                 * @description When the root message was sent, milliseconds since the epoch [official doc zE0MzA0NzM].
                 * @example 1717405300123
                 */
                create_time: number;
                /** @description The previous answer's `next_token`; absent for the first page [official doc zE0MzA0NzM]. */
                page_token?: string;
                /** @description The order, **despite its name**: `true` oldest first, `false` newest first [official doc zE0MzA0NzM]. */
                descending?: boolean;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success the root message and one page of replies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryThreadMessagesResponse"];
                };
            };
        };
    };
    batchQueryQuickComments: {
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
                "application/json": components["schemas"]["BatchQueryQuickCommentsRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success each message with its comments, in either SDK's shape. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryQuickCommentsResponse"];
                };
            };
        };
    };
    deleteQuickComment: {
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
                "application/json": components["schemas"]["DeleteQuickCommentRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.time`, when the comment was removed [SDK-J]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteQuickCommentResponse"];
                };
            };
        };
    };
    addQuickComment: {
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
                "application/json": components["schemas"]["AddQuickCommentRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.time`, when the comment was added [SDK-J]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddQuickCommentResponse"];
                };
            };
        };
    };
    createChatroom: {
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
                "application/json": components["schemas"]["CreateChatroomRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the new chatroom. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChatroomResponse"];
                };
            };
        };
    };
    getChatroomAddress: {
        parameters: {
            query: {
                /**
                 * @description The account that will enter the room [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["schemas"]["AccountId"];
                /**
                 * @description The public IP address of the client that will connect [SDK-J, SDK-G].
                 * @example 203.0.113.24
                 */
                client_ip: string;
                /** @description The client's type, an integer; SDK-G sends it only when > 0 [SDK-G]. */
                client_type?: number;
                /** @description Which address family to return, an integer; SDK-G sends it only when > 0 [SDK-G]. */
                ip_type?: number;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data.items` lists the addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetChatroomAddressResponse"];
                };
            };
        };
    };
    getChatroomInfo: {
        parameters: {
            query?: {
                /**
                 * @description Include `online_user_count` in the answer [SDK-J, SDK-G].
                 * @example true
                 */
                need_online_user_count?: boolean;
                /** @description Include the per-platform counts (`ios_online_user_count`, …) [SDK-J, SDK-G]. */
                online_user_count_by_type?: boolean;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the chatroom. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetChatroomInfoResponse"];
                };
            };
        };
    };
    updateChatroomInfo: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChatroomInfoRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the updated chatroom (SDK-J) or empty (SDK-G). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateChatroomInfoResponse"];
                };
            };
        };
    };
    updateChatroomStatus: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChatroomStatusRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the chatroom (SDK-J) or empty (SDK-G). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateChatroomStatusResponse"];
                };
            };
        };
    };
    toggleChatroomMute: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleChatroomMuteRequest"];
            };
        };
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleChatroomMuteResponse"];
                };
            };
        };
    };
    toggleInOutNotification: {
        parameters: {
            query: {
                /**
                 * @description `true` turns the notifications on, `false` off [SDK-J, SDK-G].
                 * @example false
                 */
                in_out_notification: boolean;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleInOutNotificationResponse"];
                };
            };
        };
    };
    queryOpenChatrooms: {
        parameters: {
            query: {
                /**
                 * @description The creator whose open rooms are listed [SDK-J; required per SDK-G].
                 * @example anchor01
                 */
                creator_account_id: components["schemas"]["AccountId"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data.items` lists the room ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryOpenChatroomsResponse"];
                };
            };
        };
    };
    listOnlineMembers: {
        parameters: {
            query: {
                /**
                 * @description Where the page starts; 0 first, then the previous answer's `offset` [SDK-J `Long`].
                 * @example 0
                 */
                offset: number;
                /**
                 * @description How many members per page [SDK-J; > 0 per SDK-G].
                 * @example 100
                 */
                limit: number;
                /**
                 * @description Only members of these roles (integers, sent comma-joined, e.g. `1,2,0` in Yunxin's Apifox
                 *     example [AF api-149295052]); absent: every role. SDK-J and SDK-G take the joined string and
                 *     send it only when non-empty [SDK-J, SDK-G].
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                member_roles?: components["parameters"]["MemberRolesQuery"];
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success one page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOnlineMembersResponse"];
                };
            };
        };
    };
    listFixedMembers: {
        parameters: {
            query?: {
                /**
                 * @description Only members of these roles (integers, sent comma-joined, e.g. `1,2,0` in Yunxin's Apifox
                 *     example [AF api-149295052]); absent: every role. SDK-J and SDK-G take the joined string and
                 *     send it only when non-empty [SDK-J, SDK-G].
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                member_roles?: components["parameters"]["MemberRolesQuery"];
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success the members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFixedMembersResponse"];
                };
            };
        };
    };
    sendChatroomMessage: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendChatroomMessageRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.message` is the message as sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendChatroomMessageResponse"];
                };
            };
        };
    };
    batchSendChatroomMessages: {
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
                "application/json": components["schemas"]["BatchSendChatroomMessagesRequest"];
            };
        };
        responses: {
            /** @description The envelope; `success_list` and `failed_list` per message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSendChatroomMessagesResponse"];
                };
            };
        };
    };
    recallChatroomMessage: {
        parameters: {
            query: {
                /**
                 * @description Who recalls or deletes (the sender, the creator or a manager) [SDK-J].
                 * @example anchor01
                 */
                operator_id: components["schemas"]["AccountId"];
                /**
                 * @description Who sent the message [SDK-J].
                 * @example anchor01
                 */
                sender_id: components["schemas"]["AccountId"];
                /**
                 * @description When the message was sent, milliseconds since the epoch (the answer's `create_time`) [SDK-J `Long`].
                 * @example 1717405300123
                 */
                create_time: number;
                /**
                 * @description `true` recalls (members are notified), `false` deletes silently [SDK-J@bf88b33].
                 * @example true
                 */
                notification_enabled: boolean;
                /** @description Extension of the recall notification, a JSON string ≤ 1024 characters; only with `notification_enabled=true` [SDK-J@bf88b33]. */
                notification_extension?: string;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
                /**
                 * @description The client id of the message [SDK-J, SDK-G].
                 * @example 5f0c2b1e-8d7a-4c11-9a51-0c6f3e9b2d41
                 */
                message_client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallChatroomMessageResponse"];
                };
            };
        };
    };
    queryChatroomHistoryMessages: {
        parameters: {
            query: {
                /**
                 * @description Whose messages [SDK-J, SDK-G].
                 * @example yx5
                 */
                sender_id: components["schemas"]["AccountId"];
                /**
                 * @description Messages per page, 1..100 [AF api-149334533].
                 * @example 100
                 */
                limit: number;
                /** @description The previous answer's `next_token`; absent for the first page. */
                page_token?: string;
                /** @description Newest first (default `true`) [SDK-J@bf88b33 javadoc]. */
                descending?: boolean;
                /**
                 * @description Only these message types, comma-joined, e.g. `0,1,2,3` (0 text, 1 image, 2 audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot, 100 custom) [AF api-149334533, SDK-J].
                 * @example [
                 *       0,
                 *       1
                 *     ]
                 */
                message_type?: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 11 | 100)[];
                /** @description The same filter under SDK-G's key (`message_types`); not documented by Yunxin, prefer `message_type` [SDK-G]. */
                message_types?: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 11 | 100)[];
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success one page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryChatroomHistoryMessagesResponse"];
                };
            };
        };
    };
    setMemberRole: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMemberRoleRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetMemberRoleResponse"];
                };
            };
        };
    };
    updateOnlineMemberInfo: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOnlineMemberInfoRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOnlineMemberInfoResponse"];
                };
            };
        };
    };
    toggleChatBan: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleChatBanRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleChatBanResponse"];
                };
            };
        };
    };
    modifyMemberTags: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyMemberTagsRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyMemberTagsResponse"];
                };
            };
        };
    };
    queryTaggedMembersCount: {
        parameters: {
            query: {
                /**
                 * @description The tag [SDK-J, SDK-G].
                 * @example vip
                 */
                tag: string;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryTaggedMembersCountResponse"];
                };
            };
        };
    };
    listTaggedMembers: {
        parameters: {
            query: {
                /**
                 * @description The tag [SDK-J, SDK-G].
                 * @example vip
                 */
                tag: string;
                /**
                 * @description Where the page starts; 0 first, then the previous answer's `offset` [SDK-J `Long`].
                 * @example 0
                 */
                offset: number;
                /**
                 * @description Members per page [SDK-J; > 0 per SDK-G].
                 * @example 50
                 */
                limit: number;
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaggedMembersResponse"];
                };
            };
        };
    };
    toggleTempChatBan: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleTempChatBanRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleTempChatBanResponse"];
                };
            };
        };
    };
    toggleBlocked: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleBlockedRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleBlockedResponse"];
                };
            };
        };
    };
    queryChatroomBlacklist: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryChatroomBlacklistResponse"];
                };
            };
        };
    };
    toggleTaggedMembersChatBan: {
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
                "application/json": components["schemas"]["ToggleTaggedMembersChatBanRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleTaggedMembersChatBanResponse"];
                };
            };
        };
    };
    batchQueryChatroomMembers: {
        parameters: {
            query: {
                /**
                 * @description The accounts, 1..200, comma-joined on the wire [SDK-J@bf88b33].
                 * @example [
                 *       "viewer01"
                 *     ]
                 */
                account_ids: components["schemas"]["AccountId"][];
            };
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryChatroomMembersResponse"];
                };
            };
        };
    };
    addVirtualMembers: {
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
                "application/json": components["schemas"]["AddVirtualMembersRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddVirtualMembersResponse"];
                };
            };
        };
    };
    deleteVirtualMembers: {
        parameters: {
            query: {
                /**
                 * @description The chatroom id, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["schemas"]["RoomId"];
                /**
                 * @description The virtual accounts, 1..100, comma-joined [SDK-J@bf88b33].
                 * @example [
                 *       "bot_viewer_001"
                 *     ]
                 */
                account_ids: components["schemas"]["AccountId"][];
                /** @description Notify the room (default `true`) [SDK-J@bf88b33]. */
                notification_enabled?: boolean;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteVirtualMembersResponse"];
                };
            };
        };
    };
    clearVirtualMembers: {
        parameters: {
            query: {
                /**
                 * @description The chatroom id, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["schemas"]["RoomId"];
                /** @description Notify the room (default `true`) [SDK-J@bf88b33]. */
                notification_enabled?: boolean;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearVirtualMembersResponse"];
                };
            };
        };
    };
    queryVirtualMembers: {
        parameters: {
            query: {
                /**
                 * @description The chatroom id, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["schemas"]["RoomId"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryVirtualMembersResponse"];
                };
            };
        };
    };
    queryChatBanned: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryChatBannedResponse"];
                };
            };
        };
    };
    kickChatroomMember: {
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
            path: {
                /**
                 * @description The member's account id; the room is `room_id` in the body [SDK-J, SDK-G].
                 * @example viewer01
                 */
                account_id: components["parameters"]["ChatroomMemberAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KickChatroomMemberRequest"];
            };
        };
        responses: {
            /** @description The envelope of the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KickChatroomMemberResponse"];
                };
            };
        };
    };
    initializeChatroomQueue: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitializeChatroomQueueRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G: the answer class has no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitializeChatroomQueueResponse"];
                };
            };
        };
    };
    deleteChatroomQueue: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteChatroomQueueRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` has the room id and the size the queue had [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteChatroomQueueResponse"];
                };
            };
        };
    };
    updateChatroomQueue: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChatroomQueueRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` has the queue's sizes and the keys inserted, updated and failed [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateChatroomQueueResponse"];
                };
            };
        };
    };
    queryChatroomQueueElements: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryChatroomQueueElementsRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` has the queue's limit, its size and the elements [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryChatroomQueueElementsResponse"];
                };
            };
        };
    };
    pollChatroomQueueElement: {
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
            path: {
                /**
                 * @description The chatroom id (聊天室 ID) the server assigned when the room was created, an int64 [SDK-J `Long`].
                 * @example 1602801663
                 */
                room_id: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollChatroomQueueElementRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the element taken out [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PollChatroomQueueElementResponse"];
                };
            };
        };
    };
    querySignalRoom: {
        parameters: {
            query?: {
                /**
                 * @description The room's channel id; SDK-J and SDK-G send it in preference to `channel_name`.
                 * @example 8207411368394723112
                 */
                channel_id?: components["schemas"]["SignalChannelId"];
                /**
                 * @description The room's name, when no `channel_id` is given [SDK-J, SDK-G].
                 * @example call-10086-10087
                 */
                channel_name?: string;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is the room [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuerySignalRoomResponse"];
                };
            };
        };
    };
    delaySignalRoom: {
        parameters: {
            query: {
                /**
                 * @description The signalling room's channel id [SDK-J, SDK-G: a string].
                 * @example 8207411368394723112
                 */
                channel_id: components["parameters"]["SignalChannelIdQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is the room [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelaySignalRoomResponse"];
                };
            };
        };
    };
    createSignalRoom: {
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
                "application/json": components["schemas"]["CreateSignalRoomRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the room with its channel id, times and members [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSignalRoomResponse"];
                };
            };
        };
    };
    closeSignalRoom: {
        parameters: {
            query: {
                /**
                 * @description The signalling room's channel id [SDK-J, SDK-G: a string].
                 * @example 8207411368394723112
                 */
                channel_id: components["parameters"]["SignalChannelIdQuery"];
                /**
                 * @description Who closes the room: its creator or a member [SDK-J javadoc].
                 * @example user_10086
                 */
                operator_account_id: components["schemas"]["AccountId"];
                /** @description The close notification's extension, ≤ 4096 characters [SDK-J javadoc]. */
                server_extension?: components["schemas"]["SignalServerExtension"];
                /** @description Keep the close notification for members who are offline; default false [SDK-J javadoc]. */
                offline_enabled?: boolean;
                /** @description Forward (抄送) the close to the app's callback server; default false [SDK-J javadoc]. */
                route_enabled?: boolean;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseSignalRoomResponse"];
                };
            };
        };
    };
    sendSignalRoomControl: {
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
                "application/json": components["schemas"]["SendSignalRoomControlRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendSignalRoomControlResponse"];
                };
            };
        };
    };
    inviteToSignalRoom: {
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
                "application/json": components["schemas"]["InviteToSignalRoomRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteToSignalRoomResponse"];
                };
            };
        };
    };
    cancelSignalRoomInvite: {
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
                "application/json": components["schemas"]["CancelSignalRoomInviteRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelSignalRoomInviteResponse"];
                };
            };
        };
    };
    kickSignalMember: {
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
                "application/json": components["schemas"]["KickSignalMemberRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KickSignalMemberResponse"];
                };
            };
        };
    };
    asr: {
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
                "application/json": components["schemas"]["AsrRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data.text` is the recognised text [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsrResponse"];
                };
            };
        };
    };
    translateText: {
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
                "application/json": components["schemas"]["TranslateTextRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` has the translation and both languages [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslateTextResponse"];
                };
            };
        };
    };
    chatAssist: {
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
                "application/json": components["schemas"]["ChatAssistRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data.items` has a suggestion per style [SDK-J, SDK-G]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatAssistResponse"];
                };
            };
        };
    };
    batchQueryTeamInfo: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description The team ids as a JSON array of integers, e.g. `[6240128551,6240128552]` [SDK-J, SDK-G].
                 * @example [6240128551,6240128552]
                 */
                team_ids: string;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the teams found and the ids that name none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryTeamInfoResponse"];
                };
            };
        };
    };
    createTeam: {
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
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the new team and the invitees that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamResponse"];
                };
            };
        };
    };
    getTeamInfo: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
            };
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data.team_info` is the team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTeamInfoResponse"];
                };
            };
        };
    };
    disbandTeam: {
        parameters: {
            query: {
                /**
                 * @description The account disbanding the team, its owner [SDK-G: required].
                 * @example user_10086
                 */
                operator_id: components["schemas"]["AccountId"];
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description A custom extension carried by the notification of the change, JSON text; not stored [SDK-J, SDK-G].
                 * @example {"reason":"project closed"}
                 */
                extension?: components["parameters"]["TeamNotifyExtensionQuery"];
            };
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbandTeamResponse"];
                };
            };
        };
    };
    updateTeam: {
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data.team_info` is the updated team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTeamResponse"];
                };
            };
        };
    };
    transferOwner: {
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOwnerRequest"];
            };
        };
        responses: {
            /** @description The envelope; no data of note on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOwnerResponse"];
                };
            };
        };
    };
    addManagers: {
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddManagersRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty on success [SDK-J]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddManagersResponse"];
                };
            };
        };
    };
    removeManagers: {
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveManagersRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is empty on success [SDK-J]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveManagersResponse"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description Only members of this kind [SDK-J; values not stated, gap].
                 * @example 0
                 */
                member_type?: number;
                /**
                 * @description Only members of this mute state [SDK-J; values not stated, gap].
                 * @example 0
                 */
                chat_banned_type?: number;
                /**
                 * @description Newest first [SDK-J].
                 * @example false
                 */
                descending?: boolean;
                /**
                 * @description The previous page's `next_token` [SDK-J].
                 * @example 1733183400000
                 */
                page_token?: string;
                /**
                 * @description Members per page [SDK-J, SDK-G].
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description Members to skip [SDK-G only].
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description The previous page's `next_token` under SDK-G's name [SDK-G only].
                 * @example 1733183400000
                 */
                next_token?: string;
            };
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTeamMembersResponse"];
                };
            };
        };
    };
    listOnlineTeamMembers: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
            };
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
            path: {
                /**
                 * @description The team id (群组 ID, tid) the server assigned when the team was created, an int64 [SDK-J `Long`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data.items` are the online members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOnlineTeamMembersResponse"];
                };
            };
        };
    };
    batchQueryTeamOnlineMembersCount: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description The teams, sent comma-joined (`6240128551,6240128552`) [SDK-J, SDK-G].
                 * @example [
                 *       6240128551,
                 *       6240128552
                 *     ]
                 */
                team_ids: components["schemas"]["TeamId"][];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` has the counts per team and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryTeamOnlineMembersCountResponse"];
                };
            };
        };
    };
    inviteTeamMembers: {
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
                "application/json": components["schemas"]["InviteTeamMembersRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` lists who was invited and who failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteTeamMembersResponse"];
                };
            };
        };
    };
    kickTeamMembers: {
        parameters: {
            query: {
                /**
                 * @description The owner or a manager removing the members [SDK-J, SDK-G].
                 * @example user_10086
                 */
                operator_id: components["schemas"]["AccountId"];
                /**
                 * @description The team id (群组 ID), an int64 [SDK-J `Long`, SDK-G `int64`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdQuery"];
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description The accounts to remove, sent comma-joined [SDK-J, SDK-G]. No maximum is documented [gap].
                 * @example [
                 *       "user_10089",
                 *       "user_10090"
                 *     ]
                 */
                kick_account_ids: components["schemas"]["AccountId"][];
                /**
                 * @description A custom extension carried by the notification of the change, JSON text; not stored [SDK-J, SDK-G].
                 * @example {"reason":"project closed"}
                 */
                extension?: components["parameters"]["TeamNotifyExtensionQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists who was removed and who failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KickTeamMembersResponse"];
                };
            };
        };
    };
    leaveTeam: {
        parameters: {
            query: {
                /**
                 * @description The account leaving the team [SDK-J, SDK-G].
                 * @example user_10089
                 */
                account_id: components["schemas"]["AccountId"];
                /**
                 * @description The team id (群组 ID), an int64 [SDK-J `Long`, SDK-G `int64`].
                 * @example 6240128551
                 */
                team_id: components["parameters"]["TeamIdQuery"];
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description A custom extension carried by the notification of the change, JSON text; not stored [SDK-J, SDK-G].
                 * @example {"reason":"project closed"}
                 */
                extension?: components["parameters"]["TeamNotifyExtensionQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveTeamResponse"];
                };
            };
        };
    };
    updateTeamMember: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamMemberRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the member as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTeamMemberResponse"];
                };
            };
        };
    };
    batchMuteTeamMembers: {
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
                "application/json": components["schemas"]["BatchMuteTeamMembersRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` lists for whom it worked and who failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchMuteTeamMembersResponse"];
                };
            };
        };
    };
    queryJoinedTeams: {
        parameters: {
            query: {
                /**
                 * @description The kind of team: 1 advanced team (高级群), 2 super team (超大群) [SDK-J, SDK-G: required].
                 * @example 1
                 */
                team_type: components["parameters"]["TeamTypeQuery"];
                /**
                 * @description The previous page's `next_token` [SDK-J, SDK-G].
                 * @example 6240128551
                 */
                page_token?: string;
                /**
                 * @description Teams per page [SDK-J, SDK-G].
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description 1 answers the account's membership in each team, 0 does not [SDK-G comment; SDK-J sends the integer too].
                 * @example 1
                 */
                need_return_member_info?: 0 | 1;
            };
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryJoinedTeamsResponse"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query: {
                /**
                 * @description The account whose list to page through; required [SDK-J, SDK-G send it always].
                 * @example user_10086
                 */
                account_id: components["parameters"]["ContactListOwnerQuery"];
                /** @description The previous page's `next_token`; absent for the first page [SDK-J, SDK-G send it only when non-empty]. */
                page_token?: components["parameters"]["ContactListPageTokenQuery"];
                /**
                 * @description The page size; no default or maximum is documented [SDK-J, SDK-G; gap].
                 * @example 50
                 */
                limit?: components["parameters"]["ContactListLimitQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is one page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListConversationsResponse"];
                };
            };
        };
    };
    createConversation: {
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
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the conversation as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConversationResponse"];
                };
            };
        };
    };
    getConversation: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetConversationResponse"];
                };
            };
        };
    };
    batchGetConversations: {
        parameters: {
            query: {
                /**
                 * @description The conversations, sent comma-joined (`alice|1|bob,alice|2|6240128551`) [SDK-J, official doc DAwNDQ0NTU].
                 * @example [
                 *       "alice|1|bob",
                 *       "alice|2|6240128551"
                 *     ]
                 */
                conversation_ids: components["schemas"]["ConversationId"][];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the conversations found and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchGetConversationsResponse"];
                };
            };
        };
    };
    deleteConversation: {
        parameters: {
            query?: {
                /**
                 * @description Also delete the conversations' history messages; absent: false. SDK-J sends it whenever
                 *     it is set, SDK-G only when true [SDK-J, SDK-G, official doc Dk2ODgyNTk].
                 * @example true
                 */
                clear_message?: components["parameters"]["ClearMessageQuery"];
            };
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteConversationResponse"];
                };
            };
        };
    };
    updateConversation: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` has the conversation's updated fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateConversationResponse"];
                };
            };
        };
    };
    batchDeleteConversations: {
        parameters: {
            query: {
                /**
                 * @description The conversations, 1..100, sent comma-joined (`alice|1|bob,alice|2|6240128551`) [SDK-J, SDK-G, official doc Dk2ODgyNTk].
                 * @example [
                 *       "alice|1|bob",
                 *       "alice|2|6240128551"
                 *     ]
                 */
                conversation_ids: components["schemas"]["ConversationId"][];
                /**
                 * @description Also delete the conversations' history messages; absent: false. SDK-J sends it whenever
                 *     it is set, SDK-G only when true [SDK-J, SDK-G, official doc Dk2ODgyNTk].
                 * @example true
                 */
                clear_message?: components["parameters"]["ClearMessageQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the ids deleted and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDeleteConversationsResponse"];
                };
            };
        };
    };
    stickTopConversation: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StickTopConversationRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` has the conversation's pin state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StickTopConversationResponse"];
                };
            };
        };
    };
    listAllConversationGroups: {
        parameters: {
            query: {
                /**
                 * @description The account the conversation groups belong to; required [SDK-J sends it always, SDK-G refuses it empty].
                 * @example alice
                 */
                account_id: components["parameters"]["ConversationGroupOwnerQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAllConversationGroupsResponse"];
                };
            };
        };
    };
    createConversationGroup: {
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
                "application/json": components["schemas"]["CreateConversationGroupRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` has the group and the conversations added or refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConversationGroupResponse"];
                };
            };
        };
    };
    getConversationGroup: {
        parameters: {
            query: {
                /**
                 * @description The account the conversation groups belong to; required [SDK-J sends it always, SDK-G refuses it empty].
                 * @example alice
                 */
                account_id: components["parameters"]["ConversationGroupOwnerQuery"];
            };
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
            path: {
                /**
                 * @description The conversation group (会话分组), an int64 the server assigned [SDK-J `Long`, SDK-G `int64`].
                 * @example 1733183400123
                 */
                group_id: components["parameters"]["ConversationGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetConversationGroupResponse"];
                };
            };
        };
    };
    deleteConversationGroup: {
        parameters: {
            query: {
                /**
                 * @description The account the conversation groups belong to; required [SDK-J sends it always, SDK-G refuses it empty].
                 * @example alice
                 */
                account_id: components["parameters"]["ConversationGroupOwnerQuery"];
            };
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
            path: {
                /**
                 * @description The conversation group (会话分组), an int64 the server assigned [SDK-J `Long`, SDK-G `int64`].
                 * @example 1733183400123
                 */
                group_id: components["parameters"]["ConversationGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteConversationGroupResponse"];
                };
            };
        };
    };
    updateConversationGroup: {
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
            path: {
                /**
                 * @description The conversation group (会话分组), an int64 the server assigned [SDK-J `Long`, SDK-G `int64`].
                 * @example 1733183400123
                 */
                group_id: components["parameters"]["ConversationGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationGroupRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` has the group and the conversations changed or refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateConversationGroupResponse"];
                };
            };
        };
    };
    batchGetConversationGroups: {
        parameters: {
            query: {
                /**
                 * @description The account the conversation groups belong to; required [SDK-J sends it always, SDK-G refuses it empty].
                 * @example alice
                 */
                account_id: components["parameters"]["ConversationGroupOwnerQuery"];
                /**
                 * @description The groups, sent comma-joined (`1733183400123,1733183400456`) [SDK-J, SDK-G]; SDK-G refuses an empty list.
                 * @example [
                 *       1733183400123,
                 *       1733183400456
                 *     ]
                 */
                group_ids: components["schemas"]["ConversationGroupId"][];
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` lists the groups found and the ids that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchGetConversationGroupsResponse"];
                };
            };
        };
    };
    getConversationOverview: {
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
            path: {
                /**
                 * @description The IM account (accid) the call is about [SDK-J, SDK-G].
                 * @example user_10086
                 */
                account_id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` has the account's unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetConversationOverviewResponse"];
                };
            };
        };
    };
    clearConversationUnread: {
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
            path: {
                /**
                 * @description The conversation: `{owner}|{type}|{peer}` with type 1 single chat (the peer is an
                 *     account), 2 advanced team or 3 super team (the peer is the team id) [official doc
                 *     TEzMDQwODc, SDK-J javadoc]. The owner is the sender or the operator. The client
                 *     percent-encodes `|` in the path (`%7C`).
                 * @example alice|1|bob
                 */
                conversation_id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; `data` is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearConversationUnreadResponse"];
                };
            };
        };
    };
    sendCustomNotification: {
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
                "application/json": components["schemas"]["SendCustomNotificationRequest"];
            };
        };
        responses: {
            /** @description The envelope, without data [SDK-J and SDK-G declare no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendCustomNotificationResponse"];
                };
            };
        };
    };
    sendBatchCustomNotification: {
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
                "application/json": components["schemas"]["SendBatchCustomNotificationRequest"];
            };
        };
        responses: {
            /** @description The envelope; `code` 200 with the served and the refused receivers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBatchCustomNotificationResponse"];
                };
            };
        };
    };
    queryBroadcastNotificationList: {
        parameters: {
            query?: {
                /** @description The previous answer's `next_token`; absent for the first page [SDK-J, SDK-G]. */
                page_token?: string;
                /**
                 * @description Broadcasts per page (the SDKs send 100 by default) [SDK-J, SDK-G].
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description 1 not yet pushed (the SDKs' default), 2 pushed, 3 all [SDK-G comment, SDK-J constructor].
                 * @example 3
                 */
                type?: 1 | 2 | 3;
            };
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
        requestBody?: never;
        responses: {
            /** @description The envelope; on success one page of broadcasts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryBroadcastNotificationListResponse"];
                };
            };
        };
    };
    sendBroadcastNotification: {
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
                "application/json": components["schemas"]["SendBroadcastNotificationRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the broadcast as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBroadcastNotificationResponse"];
                };
            };
        };
    };
    queryBroadcastNotification: {
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
            path: {
                /**
                 * @description The broadcast notification's id, an int64 [SDK-G `int64`; SDK-J `String`, sent as the same digits].
                 * @example 48512095732
                 */
                broadcast_id: components["parameters"]["BroadcastIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope; on success `data` is the broadcast. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryBroadcastNotificationResponse"];
                };
            };
        };
    };
    deleteBroadcastNotification: {
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
            path: {
                /**
                 * @description The broadcast notification's id, an int64 [SDK-G `int64`; SDK-J `String`, sent as the same digits].
                 * @example 48512095732
                 */
                broadcast_id: components["parameters"]["BroadcastIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The envelope, without data [SDK-J and SDK-G declare no fields]. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteBroadcastNotificationResponse"];
                };
            };
        };
    };
    sendChatroomBroadcastNotification: {
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
                "application/json": components["schemas"]["SendChatroomBroadcastNotificationRequest"];
            };
        };
        responses: {
            /** @description The envelope; on success `data` is the broadcast message as sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendChatroomBroadcastNotificationResponse"];
                };
            };
        };
    };
}
