/**
 * A download's file name from a person's words: "Claims triage: v2 / EU" → "claims-triage-v2-eu".
 * ASCII only, so a Content-Disposition header needs no encoding; at most 80 characters; `fallback`
 * when nothing is left.
 */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || fallback;
}
