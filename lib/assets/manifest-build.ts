import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, type ManifestFile } from "./manifest-schema";

// Builds the manifest of a delivered folder (scripts/manifest.ts is its command line): every regular
// file under the folder, hashed as a stream (weights run to tens of gigabytes), with its path relative
// to the folder in POSIX form, sorted by path. A symbolic link is followed when it points at a file
// inside the folder; one that leads out of the folder (or to a directory, listed under its own path
// already, or nowhere) is skipped and reported.

/** Files above this size report their progress. */
export const PROGRESS_FROM_BYTES = 256 * 1024 * 1024;

export interface BuildOptions {
  /** Where notes and progress go (stderr on the command line). */
  log?: (line: string) => void;
  now?: () => Date;
}

export async function sha256OfFile(file: string, size: number, log?: (line: string) => void): Promise<string> {
  const hash = createHash("sha256");
  let read = 0;
  let nextReport = 0.1;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    read += (chunk as Buffer).length;
    if (log && size >= PROGRESS_FROM_BYTES && read / size >= nextReport) {
      log(`  ${Math.floor((read / size) * 100)}% of ${path.basename(file)}`);
      nextReport += 0.1;
    }
  }
  return hash.digest("hex");
}

const inside = (root: string, target: string) => target === root || target.startsWith(root + path.sep);

export async function buildManifest(dir: string, options: BuildOptions = {}): Promise<Manifest> {
  const log = options.log ?? (() => {});
  const root = await realpath(dir);
  if (!(await stat(root)).isDirectory()) throw new Error(`${dir} is not a folder`);
  const files: ManifestFile[] = [];

  async function walk(absolute: string, relative: string[]): Promise<void> {
    for await (const entry of await opendir(absolute)) {
      const full = path.join(absolute, entry.name);
      const rel = [...relative, entry.name];
      const relPath = rel.join("/");
      const info = await lstat(full);
      if (info.isSymbolicLink()) {
        const target = await realpath(full).catch(() => null);
        if (!target || !inside(root, target)) {
          log(`skipped ${relPath}: a link that leads out of the folder`);
          continue;
        }
        const targetInfo = await stat(target);
        if (!targetInfo.isFile()) {
          log(`skipped ${relPath}: a link to a folder inside it, listed under its own path`);
          continue;
        }
        files.push({ path: relPath, size: targetInfo.size, sha256: await sha256OfFile(target, targetInfo.size, log) });
      } else if (info.isDirectory()) {
        await walk(full, rel);
      } else if (info.isFile()) {
        if (info.size >= PROGRESS_FROM_BYTES) log(`hashing ${relPath} (${Math.round(info.size / 1024 / 1024)} MB)`);
        files.push({ path: relPath, size: info.size, sha256: await sha256OfFile(full, info.size, log) });
      }
    }
  }

  await walk(root, []);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, createdAt: (options.now?.() ?? new Date()).toISOString(), root: path.basename(root), files };
}
