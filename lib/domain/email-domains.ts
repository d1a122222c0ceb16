// The email domains an organisation allows for single sign-on sign-up, as an admin types them: one
// per line or separated by commas (or spaces), any case, possibly with a leading "@".

export const MAX_SSO_DOMAINS = 20;

// A DNS name of at least two labels: letters, digits and inner hyphens, a 2+ letter top-level label
// (IDNs in their xn-- form), at most 253 characters in all.
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);

export type ParsedDomains = { ok: true; domains: string[] } | { ok: false; message: string };

export function parseEmailDomains(text: string): ParsedDomains {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const invalid = entries.filter((entry) => entry.length > 253 || !DOMAIN.test(entry));
  if (invalid.length) {
    const shown = invalid.slice(0, 3).map((entry) => `"${entry.slice(0, 60)}"`);
    return {
      ok: false,
      message: `Not a domain name: ${shown.join(", ")}${invalid.length > 3 ? ` and ${invalid.length - 3} more` : ""}. Write domains like example.com.`,
    };
  }
  const domains = [...new Set(entries)];
  if (domains.length > MAX_SSO_DOMAINS) return { ok: false, message: `At most ${MAX_SSO_DOMAINS} domains (you entered ${domains.length}).` };
  return { ok: true, domains };
}
