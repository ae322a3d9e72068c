// Loaded with --require by scripts/electronegativity-gate.mjs: Electronegativity fetches its
// translations and Electron's release list with `got`. The gate runs offline (the office
// machines and CI have no internet), so every such request fails at once instead of timing out
// — the tool then says "No connectivity?" and uses its bundled data.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('offline: no network requests from the gate'));
    const got = Object.assign(refuse, { head: refuse, get: refuse, default: refuse });
    return got;
  }
  return load.call(this, request, parent, isMain);
};
