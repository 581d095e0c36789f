#!/usr/bin/env bash
# Writes the test vectors in test/fixtures/ with tools independent of this package's code:
# coreutils sha1sum/md5sum, cross-checked against openssl, and jq for the JSON. Run it from
# anywhere (`pnpm --filter @yunxin-im/signing vectors`); the fixtures it writes are committed.
set -euo pipefail
export LC_ALL=C.UTF-8

out="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Hex digest of a file with coreutils, after checking openssl computes the same.
digest() {
  local algorithm="$1" file="$2" coreutils openssl
  coreutils="$("${algorithm}sum" <"$file" | cut -d' ' -f1)"
  openssl="$(openssl dgst "-$algorithm" -r <"$file" | cut -d' ' -f1)"
  if [[ "$coreutils" != "$openssl" ]]; then
    echo "$algorithm disagrees for $file: $coreutils vs $openssl" >&2
    exit 1
  fi
  printf '%s' "$coreutils"
}

# --- Request signing: CheckSum = sha1hex(AppSecret + Nonce + CurTime), CurTime in seconds.
checksum_vector() {
  local description="$1" secret="$2" nonce="$3" cur_time="$4"
  printf '%s%s%s' "$secret" "$nonce" "$cur_time" >"$tmp/input"
  jq -n --arg description "$description" --arg appSecret "$secret" --arg nonce "$nonce" \
    --arg curTime "$cur_time" --arg checkSum "$(digest sha1 "$tmp/input")" \
    '{description: $description, appSecret: $appSecret, nonce: $nonce, curTime: $curTime, checkSum: $checkSum}'
}

long_nonce="$(printf 'n%.0s' $(seq 1 128))"
{
  checksum_vector "the vector of the reference document" "c5b4b3d6e3f0" "8dfdb33d2840" "1443592222"
  checksum_vector "a 32-hex nonce as the Java SDK makes them" "0123456789abcdef0123456789abcdef" \
    "9f86d081884c7d659a2feaa0c55ad015" "1700000000"
  checksum_vector "a Chinese secret" "云信密钥" "abc123" "1700000000"
  checksum_vector "an emoji secret (astral plane)" "🔐secret😀" "nonce-😀-free" "1700000001"
  checksum_vector "a secret with inner spaces and symbols" 'p@ss w0rd:/?#[]!$&'"'"'()*+,;=' "x" "0"
  checksum_vector "a nonce of the maximum 128 characters" "s" "$long_nonce" "4102444800"
} | jq -s . >"$out/check-sum-vectors.json"

# --- Callbacks: MD5 = md5hex(raw body); CheckSum = sha1hex(AppSecret + MD5 + CurTime), CurTime in ms.
# Bodies are printf formats, so a vector can hold bytes that are not UTF-8.
callback_vector() {
  local description="$1" secret="$2" cur_time="$3" body_format="$4" md5 text
  # shellcheck disable=SC2059
  printf "$body_format" >"$tmp/body"
  md5="$(digest md5 "$tmp/body")"
  printf '%s%s%s' "$secret" "$md5" "$cur_time" >"$tmp/input"
  if iconv -f UTF-8 -t UTF-8 "$tmp/body" >/dev/null 2>&1; then
    text="$(cat "$tmp/body"; printf x)"
    text="${text%x}"
  else
    text=""
  fi
  jq -n --arg description "$description" --arg appSecret "$secret" --arg curTime "$cur_time" \
    --arg bodyBase64 "$(base64 -w0 <"$tmp/body")" --arg body "$text" \
    --argjson utf8 "$(iconv -f UTF-8 -t UTF-8 "$tmp/body" >/dev/null 2>&1 && echo true || echo false)" \
    --arg md5 "$md5" --arg checkSum "$(digest sha1 "$tmp/input")" \
    '{description: $description, appSecret: $appSecret, curTime: $curTime, bodyBase64: $bodyBase64}
     + (if $utf8 then {body: $body} else {} end)
     + {md5: $md5, checkSum: $checkSum}'
}

p2p='{"eventType":"1","convType":"PERSON","fromAccount":"alice","to":"bob","fromClientType":"REST","fromDeviceId":"","fromNick":"Alice","msgTimestamp":"1700000000123","msgType":"TEXT","body":"你好，云信 👋","attach":"","msgidClient":"c-1","msgidServer":"158844553334358020","resendFlag":"0","ext":""}'
{
  callback_vector "the empty object Yunxin posts when the callback URL is configured" \
    "c5b4b3d6e3f0" "1700000000000" '{}'
  callback_vector "a P2P text message callback with Chinese and emoji text" \
    "c5b4b3d6e3f0" "1700000000123" "${p2p//%/%%}"
  callback_vector "a Chinese secret" "云信密钥" "1700000000456" '{"eventType":"1"}'
  callback_vector "an emoji secret" "🔐secret😀" "1700000000789" '{"eventType":"1","msgType":"CUSTOM"}'
  callback_vector "a body with a trailing newline" "c5b4b3d6e3f0" "1700000001000" '{"a":1}\n'
  callback_vector "an empty body" "c5b4b3d6e3f0" "1700000002000" ''
  callback_vector "raw bytes that are not UTF-8" "c5b4b3d6e3f0" "1700000003000" '\xff\xfe{\x00}\x80'
} | jq -s . >"$out/callback-vectors.json"

echo "wrote $out/check-sum-vectors.json and $out/callback-vectors.json"
