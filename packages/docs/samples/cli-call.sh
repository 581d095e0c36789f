# Every operation of the spec, grouped by tag, with its parameters
yunxin-im operations

# Any operation by its operationId: path and query parameters as name=value, the body as JSON
yunxin-im call getChatroomInfo --path room_id=9007199254740993 --query need_online_user_count=true
echo '{"creator":"alice","room_name":"launch"}' | yunxin-im call createChatroom --body -
