// npm run manifest -- DIR [--out FILE]: hashes a folder of delivered model assets into a manifest JSON
// the Assets tab of a deal imports (lib/assets/manifest-build.ts does the work). Without --out the
// manifest goes to stdout; notes and progress always go to stderr.
import { writeFile } from "node:fs/promises";
import { buildManifest } from "../lib/assets/manifest-build";

const USAGE = "Usage: npm run manifest -- DIR [--out FILE]";

async function main(argv: string[]) {
  const args = [...argv];
  let out: string | null = null;
  const at = args.indexOf("--out");
  if (at >= 0) {
    out = args[at + 1] ?? null;
    if (!out) throw new Error(`--out needs a file name. ${USAGE}`);
    args.splice(at, 2);
  }
  if (args.length !== 1 || args[0].startsWith("--")) throw new Error(USAGE);
  const manifest = await buildManifest(args[0], { log: (line) => process.stderr.write(`${line}\n`) });
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    process.stderr.write(`${manifest.files.length} files from ${manifest.root} written to ${out}\n`);
  } else process.stdout.write(json);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
