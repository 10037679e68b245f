// pg/lib/stream.js for Node alone, put in its place by scripts/bundle.mjs. pg's own asks at load
// whether it runs in a Cloudflare Worker by making a `new Response()`, which loads undici (~45 ms
// of a server binder's start-up); crm runs on Node, whose sockets these are, as in pg's own.
// node:tls is loaded only for a connection that asks for TLS.
import net from 'node:net';

/** A socket for a connection to the server. */
export function getStream() {
  return new net.Socket();
}

/** A TLS socket over the one given in `options`, as pg asks for it. */
export function getSecureStream(options) {
  return globalThis.process.getBuiltinModule('node:tls').connect(options);
}
