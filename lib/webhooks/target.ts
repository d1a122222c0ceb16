import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

// Where a webhook may be sent. The app POSTs to addresses an admin typed, from inside the
// deployment's network: without these checks an endpoint could reach the database, the cloud's
// metadata service or an internal admin page (SSRF). Checked when an endpoint is saved and again on
// the address each delivery actually connects to (a DNS answer may change in between: rebinding).

/** The deployment allows http and private or loopback targets (tests, an on-premises receiver). */
export function privateTargetsAllowed(): boolean {
  return process.env.DEALPLAYBOOK_WEBHOOKS_ALLOW_PRIVATE === "true";
}

// IPv4 ranges that are not the public internet: unspecified/"this network", private, CGNAT,
// loopback, link-local (with 169.254.169.254, the cloud metadata service), IETF protocol
// assignments, documentation, benchmarking, multicast, reserved and broadcast.
const V4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

// IPv6: unspecified, loopback, link-local, unique-local (with AWS's metadata fd00:ec2::254),
// multicast, documentation, discard-only, and site-local (deprecated, still routed internally).
const V6_BLOCKED: [string, number][] = [
  ["::", 128],
  ["::1", 128],
  ["fe80::", 10],
  ["fec0::", 10],
  ["fc00::", 7],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
];

function v4Hex(address: string): [string, string] {
  const [a, b, c, d] = address.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

const BLOCKED = new BlockList();
for (const [address, prefix] of V4_BLOCKED) {
  BLOCKED.addSubnet(address, prefix, "ipv4");
  const [high, low] = v4Hex(address);
  // The same IPv4 ranges written as IPv6: IPv4-mapped, IPv4-compatible, NAT64 (well-known and
  // local-use prefixes) and 6to4 all reach the IPv4 address inside them.
  BLOCKED.addSubnet(`::ffff:${high}:${low}`, 96 + prefix, "ipv6");
  BLOCKED.addSubnet(`::${high}:${low}`, 96 + prefix, "ipv6");
  BLOCKED.addSubnet(`64:ff9b::${high}:${low}`, 96 + prefix, "ipv6");
  BLOCKED.addSubnet(`64:ff9b:1::${high}:${low}`, 96 + prefix, "ipv6");
  BLOCKED.addSubnet(`2002:${high}:${low}::`, 16 + prefix, "ipv6");
}
for (const [address, prefix] of V6_BLOCKED) BLOCKED.addSubnet(address, prefix, "ipv6");

/** True when an IP address (either family) is not a public internet address. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family === 6) return BLOCKED.check(address, "ipv6");
  return true;
}

export class TargetRefused extends Error {}

const NOT_PUBLIC = "Webhooks can only be sent to public internet addresses; this one is private, loopback, link-local or reserved.";

export interface ParsedTarget {
  url: URL;
  /** The host without IPv6 brackets; an IP literal when `literal`. */
  host: string;
  literal: boolean;
}

/** The checks that need no DNS: scheme, credentials, and an IP literal's range. Throws TargetRefused with a message for the form. */
export function parseTarget(raw: string, allowPrivate = privateTargetsAllowed()): ParsedTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused("Enter a full URL, starting with https://");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    throw new TargetRefused(allowPrivate ? "Use an https:// or http:// URL" : "Use an https:// URL");
  }
  if (url.username || url.password) throw new TargetRefused("Leave credentials out of the URL; receivers check the signature instead");
  // The WHATWG parser already turned decimal, hex and octal IPv4 spellings (2130706433, 0x7f.1) into dotted quads.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!host) throw new TargetRefused("Enter a full URL, starting with https://");
  const literal = isIP(host) !== 0;
  if (literal && !allowPrivate && isBlockedAddress(host)) throw new TargetRefused(NOT_PUBLIC);
  return { url, host, literal };
}

type Resolve = (host: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * The check made when an endpoint is saved: parseTarget, then every address the host resolves to now.
 * A host that does not resolve (yet) is accepted: the delivery checks the address it connects to.
 */
export async function checkTarget(
  raw: string,
  { allowPrivate = privateTargetsAllowed(), resolve = resolveAll }: { allowPrivate?: boolean; resolve?: Resolve } = {},
) {
  const target = parseTarget(raw, allowPrivate);
  if (target.literal || allowPrivate) return target;
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(target.host);
  } catch {
    return target;
  }
  if (addresses.some((a) => isBlockedAddress(a.address))) throw new TargetRefused(NOT_PUBLIC);
  return target;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request: resolves as usual and refuses the connection when any answer is not
 * public, so the address checked is the address connected to.
 */
export function guardedLookup(allowPrivate = privateTargetsAllowed()) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "");
      if (!allowPrivate && addresses.some((a) => isBlockedAddress(a.address))) {
        return callback(Object.assign(new Error(`${hostname} resolves to an address that is not public; not connecting`), { code: "EBLOCKED" }), "");
      }
      if ((options as LookupAllOptions).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
