// The slug of an organisation (its stable, URL-safe name): derived from the name once, at creation;
// renaming the organisation keeps it.

export const SLUG_MAX = 40;

/** "Ünïcorn Labs, Inc." → "unicorn-labs-inc"; a name with no letters or digits → "organization". */
export function slugBase(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return slug || "organization";
}

/** The base itself when free, else the first of base-2, base-3, … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
