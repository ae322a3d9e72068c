// Entry-point guard: the database driver needs Node-API 10 (Node >= 22.14). A bare `node` on
// these machines is Node 20, where the driver crashes with SIGSEGV instead of failing clearly.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 14)) {
  console.error(
    `EAP Desk needs Node >= 22.14 (this is ${process.versions.node}). Run it through npm scripts ` +
      '(npm test, npm run cli -- …), which use the Node pinned in package.json.',
  );
  process.exit(1);
}
