/**
 * Compares two strings in time that depends only on the expected string's length, so a forger
 * cannot learn how many leading characters of a guess were right.
 */
export function constantTimeEqual(actual: string, expected: string): boolean {
  let difference = actual.length ^ expected.length;
  for (let index = 0; index < expected.length; index++) {
    // Past the end of `actual`, charCodeAt is NaN and `NaN | 0` is 0: still a difference.
    difference |= (actual.charCodeAt(index) | 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}
