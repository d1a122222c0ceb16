import fs from "node:fs";
import path from "node:path";

// Every page, route handler and server action of the production build, read from the manifests
// `next build` writes (Next 16): app-path-routes-manifest.json maps each app entry
// ("/(app)/deals/[dealId]/page") to its URL ("/deals/[dealId]"), server-reference-manifest.json
// maps each action id to the module and export that defines it and the pages that import it.

export interface PageEndpoint {
  kind: "page" | "route";
  /** The URL template, e.g. "/deals/[dealId]/report/pdf". */
  path: string;
}

export interface ActionEndpoint {
  kind: "action";
  id: string;
  /** "lib/actions/deals.ts#createDeal": where the action is defined, stable across builds. */
  name: string;
  /** URL templates of the pages that import the action (where the browser posts it). */
  pages: string[];
}

/** Next's own entries, not ours: the global error boundary and the not-found fallback. */
const FRAMEWORK_ENTRIES = new Set(["/_global-error/page", "/_not-found/page"]);

function readJson<T>(file: string): T {
  const full = path.join(process.cwd(), ".next", file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run \`npx next build\` first`);
  return JSON.parse(fs.readFileSync(full, "utf8")) as T;
}

export function buildRoutes(): PageEndpoint[] {
  const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");
  return Object.entries(routes)
    .filter(([entry]) => !FRAMEWORK_ENTRIES.has(entry))
    .map(([entry, url]) => ({ kind: entry.endsWith("/route") ? ("route" as const) : ("page" as const), path: url }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

interface ServerReferenceManifest {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
}

export function buildActions(): ActionEndpoint[] {
  const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");
  const { node } = readJson<ServerReferenceManifest>("server/server-reference-manifest.json");
  return Object.entries(node)
    .map(([id, entry]) => ({
      kind: "action" as const,
      id,
      name: `${entry.filename}#${entry.exportedName}`,
      pages: Object.keys(entry.workers)
        .map((worker) => routes[worker.replace(/^app/, "")])
        .filter((url): url is string => Boolean(url)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Fills a URL template's segments ("[dealId]") from the values given. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (name.startsWith("...")) return "session";
    const value = values[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${template}`);
    return encodeURIComponent(value);
  });
}
