/** Visible ASCII, no spaces: safe as a header value on every runtime and in the checksum. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

export function isVisibleAscii(value: string): boolean {
  return VISIBLE_ASCII.test(value);
}
