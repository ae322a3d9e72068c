/**
 * Known-answer vectors for the scrypt self-test (kdf.ts). The first two are RFC 7914 §12; the
 * last two pin our own use: Chinese text and NFC normalisation (the 'e' + combining accent must
 * hash like the precomposed 'é'), with a small N so start-up stays fast.
 */
export interface KdfVector {
  readonly name: string;
  readonly password: string;
  readonly salt: string;
  readonly N: number;
  readonly r: number;
  readonly p: number;
  /** Apply the passphrase normalisation used for real slots before hashing. */
  readonly nfc: boolean;
  readonly hex: string;
}

export const KDF_VECTORS: readonly KdfVector[] = [
  {
    name: 'rfc7914-1',
    password: '',
    salt: '',
    N: 16,
    r: 1,
    p: 1,
    nfc: false,
    hex: '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
  },
  {
    name: 'rfc7914-2',
    password: 'password',
    salt: 'NaCl',
    N: 1024,
    r: 8,
    p: 16,
    nfc: false,
    hex: 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
  },
  {
    name: 'eap-desk-chinese',
    password: '測試通行片語 café',
    salt: 'eap-desk/kdf-vector/1',
    N: 4096,
    r: 8,
    p: 1,
    nfc: true,
    hex: 'd833c81559e00becdb1741458c9108eef69a3b1b5e200d27f5d62cb9413221b2',
  },
  {
    name: 'eap-desk-nfc',
    password: 'cafe\u0301 測試',
    salt: 'eap-desk/kdf-vector/2',
    N: 4096,
    r: 8,
    p: 1,
    nfc: true,
    hex: 'c6b0a64ce1c8d144e15f87c5fac2af444df1430dc6bd89b4161f7c1207bbfd43',
  },
];
