// Preloaded into the server by `npm run soak` (NODE_OPTIONS=--import …): on SIGUSR2 it collects the
// garbage and writes the process's memory figures as JSON to $SOAK_MEMORY_FILE, so the soak can tell
// live heap from memory V8 has not returned yet. Nothing else changes in the server.
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";

const file = process.env.SOAK_MEMORY_FILE;
if (file) {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  process.on("SIGUSR2", () => {
    gc();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, rss, heapUsed, heapTotal, external, arrayBuffers, at: Date.now() }));
    fs.renameSync(`${file}.tmp`, file);
  });
}
