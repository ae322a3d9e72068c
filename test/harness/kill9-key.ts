/** Draft keys are letters only (see the drafts schema): N as base-26 letters. */
export const keyFor = (n: number): string => {
  let s = '';
  let v = n;
  do {
    s = String.fromCharCode(97 + (v % 26)) + s;
    v = Math.floor(v / 26);
  } while (v > 0);
  return `harness.k${s}`;
};
