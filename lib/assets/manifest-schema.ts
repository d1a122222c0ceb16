import "@/lib/validation/zod-config";
import { z } from "zod";

// The manifest `npm run manifest -- DIR` writes (scripts/manifest.ts) and the Assets tab imports. Any
// other shape is refused with messages naming where in the file the problem is.

export const MANIFEST_FORMAT = "dealplaybook-manifest";
export const MANIFEST_VERSION = 1;
export { MANIFEST_MAX_BYTES } from "./limits";

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const ZManifestFile = z.object({
  path: z
    .string({ error: "must be text" })
    .min(1, "must not be empty")
    .max(1000, "can be at most 1,000 characters")
    .refine(
      (p) => !p.startsWith("/") && !p.includes("\\") && !p.split("/").some((s) => s === ".." || s === "" || s === "."),
      "must be a relative path with / separators",
    )
    .refine((p) => !p.includes("\u0000"), "contains characters that cannot be stored"),
  size: z.number({ error: "must be a number" }).int("must be a whole number").min(0, "must not be negative").max(Number.MAX_SAFE_INTEGER, "is too large"),
  sha256: z.string({ error: "must be text" }).regex(SHA256_PATTERN, "must be 64 lower-case hex characters"),
});

export const ZManifest = z
  .object({
    format: z.literal(MANIFEST_FORMAT, { error: `must be "${MANIFEST_FORMAT}"` }),
    version: z.literal(MANIFEST_VERSION, { error: `must be ${MANIFEST_VERSION}` }),
    createdAt: z
      .string({ error: "must be text" })
      .max(40, "is too long")
      .refine((v) => !Number.isNaN(Date.parse(v)), "must be a date and time"),
    root: z
      .string({ error: "must be text" })
      .max(300, "can be at most 300 characters")
      .refine((v) => !v.includes("\u0000"), "contains characters that cannot be stored"),
    files: z.array(ZManifestFile, { error: "must be a list" }).max(100_000, "can list at most 100,000 files"),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.files.forEach((f, i) => {
      if (seen.has(f.path)) ctx.addIssue({ code: "custom", path: ["files", i, "path"], message: `lists ${f.path} twice` });
      seen.add(f.path);
    });
  });

export type Manifest = z.output<typeof ZManifest>;
export type ManifestFile = Manifest["files"][number];

/** `files[3].sha256` from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || "the file";
}

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; errors: string[] };

/** Parses a manifest file's text: malformed JSON or a shape error gives messages like `files[3].sha256: must be 64 lower-case hex characters`. */
export function parseManifest(text: string): ManifestParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = ZManifest.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const errors = parsed.error.issues.slice(0, 20).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  if (parsed.error.issues.length > 20) errors.push(`…and ${parsed.error.issues.length - 20} more problems`);
  return { ok: false, errors };
}
