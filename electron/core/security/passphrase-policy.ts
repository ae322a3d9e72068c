/**
 * Passphrase policy (SECURITY.md §2): length and a blocklist, no composition rules — long
 * passphrases beat "one digit, one symbol" rules, and those rules produce exactly the guessable
 * patterns listed here. Returns an i18n issue key, or null when the passphrase is acceptable.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

const BLOCKLIST = new Set([
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'passw0rd1234',
  'p@ssw0rd1234',
  'p@ssword1234',
  'passwordpassword',
  'qwertyuiopas',
  'qwerty123456',
  'qwertyuiop123',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5y6',
  'zaq12wsxcde3',
  'abcdefghijkl',
  'abc123456789',
  'a12345678910',
  'iloveyou1234',
  'iloveyouiloveyou',
  'administrator',
  'administrator1',
  'changeme1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'eapdesk12345',
  'eapdesk123456',
  'eap-desk1234',
  'taiwan123456',
  'taipei123456',
  'woaini123456',
  'woainiwoaini',
  'aa1234567890',
]);

export const PASSPHRASE_ISSUES = {
  tooShort: 'errors.passphraseTooShort',
  tooCommon: 'errors.passphraseTooCommon',
} as const;

const isSequence = (s: string): boolean => {
  if (s.length < 3) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < s.length; i++)
    if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
};

/** '123456789012', '987654321098': digit runs that wrap around from 9 to 0. */
const isDigitRun = (s: string): boolean => {
  const step = (s.charCodeAt(1) - s.charCodeAt(0) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let i = 2; i < s.length; i++)
    if ((s.charCodeAt(i) - s.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  return true;
};

export function passphraseIssue(
  passphrase: string,
  context: { username?: string } = {},
): string | null {
  const p = passphrase.normalize('NFC');
  // Count code points, not UTF-16 units, so a Chinese passphrase is measured fairly.
  if ([...p].length < MIN_PASSPHRASE_LENGTH) return PASSPHRASE_ISSUES.tooShort;
  const folded = p.toLowerCase().trim();
  const compact = folded.replace(/\s+/g, '');
  if (BLOCKLIST.has(folded) || BLOCKLIST.has(compact)) return PASSPHRASE_ISSUES.tooCommon;
  if (new Set(compact).size <= 2) return PASSPHRASE_ISSUES.tooCommon; // 'aaaaaaaaaaaa', 'abababababab'
  if (/^[0-9]+$/.test(compact) && isDigitRun(compact)) return PASSPHRASE_ISSUES.tooCommon;
  if (isSequence(compact)) return PASSPHRASE_ISSUES.tooCommon;
  const user = context.username?.normalize('NFC').toLowerCase().trim();
  if (
    user &&
    user.length >= 3 &&
    compact.includes(user.replace(/\s+/g, '')) &&
    compact.length - user.length < 6
  ) {
    return PASSPHRASE_ISSUES.tooCommon;
  }
  return null;
}
