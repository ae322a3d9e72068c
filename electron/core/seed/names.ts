import type { Rng } from './prng';

/**
 * Synthetic Chinese names: a common surname (weighted roughly as in Taiwan's household
 * registration statistics) and two given-name characters from lists of common ones. Random
 * combinations, so a name may happen to exist; nothing ties it to a person. A few given names
 * use 台 or 臺, so the 台/臺 folding meets real data.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['陳', 112],
  ['林', 83],
  ['黃', 60],
  ['張', 53],
  ['李', 51],
  ['王', 41],
  ['吳', 40],
  ['劉', 32],
  ['蔡', 29],
  ['楊', 27],
  ['許', 23],
  ['鄭', 19],
  ['謝', 18],
  ['郭', 17],
  ['洪', 16],
  ['曾', 14],
  ['邱', 14],
  ['廖', 13],
  ['賴', 13],
  ['周', 12],
  ['徐', 11],
  ['蘇', 11],
  ['葉', 10],
  ['莊', 9],
  ['呂', 8],
  ['江', 8],
  ['何', 8],
  ['蕭', 7],
  ['羅', 7],
  ['高', 7],
  ['潘', 6],
  ['簡', 6],
  ['朱', 6],
  ['鍾', 6],
  ['游', 5],
  ['彭', 5],
  ['詹', 5],
  ['胡', 5],
  ['施', 5],
  ['沈', 5],
  ['余', 4],
  ['盧', 4],
  ['梁', 4],
  ['趙', 4],
  ['顏', 4],
  ['柯', 4],
  ['翁', 4],
  ['魏', 3],
  ['孫', 3],
  ['戴', 3],
];

/** Characters common in given names; the first list leans female, the second male, many are both. */
const GIVEN_F =
  '淑美惠麗玉秀雅婷怡慧芳佳欣玲靜如雯君琪珍華萍貞瑜宜涵蓉萱筑庭穎瑩柔青雲嘉璇蘭鳳儀真心琳';
const GIVEN_M =
  '志明建國文俊宏傑偉家豪信德政忠勝榮民輝智仁宗義和昌清彥翔銘峰哲耀安龍成永世育嘉賢中正昇';

export type NameGender = 'F' | 'M' | 'X' | 'U';

export function syntheticName(rng: Rng, gender: NameGender): string {
  const surname = rng.weighted(SURNAMES);
  const pool =
    gender === 'F' ? GIVEN_F : gender === 'M' ? GIVEN_M : rng.chance(0.5) ? GIVEN_F : GIVEN_M;
  // About 1 in 400 people carry 台 or 臺 in the given name (台生, 臺英 …): both spellings occur.
  if (rng.chance(0.0025)) return `${surname}${rng.chance(0.5) ? '台' : '臺'}${rng.pick([...pool])}`;
  // A small share of single-character given names, as in life.
  if (rng.chance(0.04)) return `${surname}${rng.pick([...pool])}`;
  return `${surname}${rng.pick([...pool])}${rng.pick([...pool])}`;
}

/** Phone numbers in the forms people type: mobile, office with area code and extension. */
export function syntheticPhone(rng: Rng): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(10)).join('');
  switch (rng.int(4)) {
    case 0:
      return `09${d(2)}-${d(3)}-${d(3)}`;
    case 1:
      return `09${d(8)}`;
    case 2:
      return `(0${rng.between(2, 8)}) ${d(4)}-${d(4)}`;
    default:
      return `0${rng.between(2, 8)}-${d(4)}${d(4)} #${d(4)}`;
  }
}

/** Mailbox names made of letters and digits only: never derived from the person's name. */
export function syntheticEmail(rng: Rng, serial: number): string {
  const letters = 'abcdefghijkmnpqrstuvwxyz';
  const prefix = Array.from({ length: 3 }, () => rng.pick([...letters])).join('');
  return `${prefix}${serial}@mail.example.gov.tw`;
}
