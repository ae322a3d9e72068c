/** Same check as scripts/guard-node.mjs, for entry points loaded as TypeScript (vitest, CLI). */
export function assertSupportedNode(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 14)) {
    throw new Error(
      `EAP Desk needs Node >= 22.14 (this is ${version}). Run it through npm scripts (npm test, npm run cli -- …).`,
    );
  }
}
