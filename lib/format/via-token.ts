/** The API token a change was made through, for CSV downloads ("" when made in the app's pages). */
export function viaTokenText(via: { name: string; prefix: string } | null): string {
  return via ? `${via.name} (${via.prefix}…)` : "";
}
