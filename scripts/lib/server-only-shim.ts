// Lets Node scripts (run with tsx) import lib/services modules, which begin with `import "server-only"`.
// That package throws unless it is resolved under the "react-server" condition (as inside Next's
// server bundles); a script is server code too, so it gets the same empty module. Import this first.
import Module, { createRequire } from "node:module";
import path from "node:path";

const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));
const resolved = requireFromRoot.resolve("server-only");
const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
if (!cache[resolved]) {
  const stub = new Module(resolved);
  stub.filename = resolved;
  stub.loaded = true;
  stub.exports = {};
  cache[resolved] = stub;
}
