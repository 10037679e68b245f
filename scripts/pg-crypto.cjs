// pg/lib/crypto/utils.js as pg's client and SASL code require it, put in their place by
// scripts/bundle.mjs: pg's own loads node:crypto when pg loads (5-8 ms of a server binder's
// start-up), though only a password sent to the server (MD5 or SCRAM) uses it. This loads pg's
// module, and node:crypto with it, when one of its functions is first asked for.
/* global module, require */
let utils;
module.exports = new Proxy(
  {},
  {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module among pg's
    get: (_, name) => (utils ??= require('pg-crypto-utils'))[name],
  },
);
