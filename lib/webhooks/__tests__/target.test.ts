import { describe, expect, it } from "vitest";
import { checkTarget, isBlockedAddress, parseTarget, TargetRefused } from "@/lib/webhooks/target";

const refused = (url: string, allowPrivate = false) => {
  try {
    parseTarget(url, allowPrivate);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(TargetRefused);
    return (error as Error).message;
  }
};

describe("parseTarget: where a webhook may be sent", () => {
  it.each([
    ["loopback", "https://127.0.0.1/hook"],
    ["loopback elsewhere in 127/8", "https://127.8.9.10/hook"],
    ["decimal IPv4 spelling", "https://2130706433/"],
    ["hex IPv4 spelling", "https://0x7f.1/"],
    ["octal IPv4 spelling", "https://0177.0.0.1/"],
    ["unspecified", "https://0.0.0.0/"],
    ["private 10/8", "https://10.1.2.3/"],
    ["private 172.16/12", "https://172.31.255.1/"],
    ["private 192.168/16", "https://192.168.0.10:8443/x"],
    ["CGNAT", "https://100.64.0.1/"],
    ["link-local", "https://169.254.10.10/"],
    ["cloud metadata", "https://169.254.169.254/latest/meta-data/"],
    ["documentation", "https://203.0.113.7/"],
    ["multicast", "https://224.0.0.1/"],
    ["broadcast", "https://255.255.255.255/"],
    ["IPv6 loopback", "https://[::1]/"],
    ["IPv6 unspecified", "https://[::]/"],
    ["IPv6 link-local", "https://[fe80::1]/"],
    ["IPv6 unique-local", "https://[fd12:3456::1]/"],
    ["AWS IPv6 metadata", "https://[fd00:ec2::254]/"],
    ["IPv6 multicast", "https://[ff02::1]/"],
    ["IPv6 documentation", "https://[2001:db8::1]/"],
    ["IPv4-mapped loopback", "https://[::ffff:127.0.0.1]/"],
    ["IPv4-mapped metadata (hex form)", "https://[::ffff:a9fe:a9fe]/"],
    ["IPv4-compatible private", "https://[::10.0.0.1]/"],
    ["NAT64 of loopback", "https://[64:ff9b::127.0.0.1]/"],
    ["6to4 of private", "https://[2002:c0a8:0101::1]/"],
  ])("refuses %s (%s)", (_what, url) => {
    expect(refused(url)).toMatch(/public internet addresses/);
  });

  it.each([
    ["a public IPv4 literal", "https://93.184.215.14/hook"],
    ["a public IPv6 literal", "https://[2606:4700::1111]/hook"],
    ["a mapped public IPv4", "https://[::ffff:8.8.8.8]/"],
    ["NAT64 of a public IPv4", "https://[64:ff9b::8.8.8.8]/"],
    ["a host name (checked by DNS)", "https://hooks.example.com/dealplaybook?x=1"],
  ])("accepts %s", (_what, url) => {
    expect(refused(url)).toBeNull();
  });

  it("refuses credentials in the URL, other schemes, and http without the deployment's allowance", () => {
    expect(refused("https://user:pass@hooks.example.com/")).toMatch(/credentials/);
    expect(refused("https://user@hooks.example.com/")).toMatch(/credentials/);
    expect(refused("http://hooks.example.com/")).toBe("Use an https:// URL");
    expect(refused("ftp://hooks.example.com/")).toBe("Use an https:// URL");
    expect(refused("not a url")).toMatch(/full URL/);
  });

  it("allows http and private or loopback targets when the deployment allows them", () => {
    expect(refused("http://127.0.0.1:4000/hook", true)).toBeNull();
    expect(refused("https://10.0.0.5/", true)).toBeNull();
    expect(refused("ftp://127.0.0.1/", true)).toBe("Use an https:// or http:// URL");
    expect(refused("http://user:pw@127.0.0.1/", true)).toMatch(/credentials/);
  });
});

describe("checkTarget: every DNS answer must be public", () => {
  const answers =
    (...addresses: string[]) =>
    () =>
      Promise.resolve(addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })));

  it("refuses a host with any private answer, accepts one with only public answers", async () => {
    await expect(checkTarget("https://hooks.example.com/", { allowPrivate: false, resolve: answers("93.184.215.14", "10.0.0.1") })).rejects.toThrow(
      TargetRefused,
    );
    await expect(checkTarget("https://hooks.example.com/", { allowPrivate: false, resolve: answers("::ffff:127.0.0.1") })).rejects.toThrow(TargetRefused);
    await expect(checkTarget("https://hooks.example.com/", { allowPrivate: false, resolve: answers("93.184.215.14", "2606:2800::1") })).resolves.toMatchObject({
      host: "hooks.example.com",
    });
  });

  it("accepts a host that does not resolve yet (the delivery checks the address it connects to)", async () => {
    await expect(
      checkTarget("https://not-yet.example.com/", { allowPrivate: false, resolve: () => Promise.reject(new Error("ENOTFOUND")) }),
    ).resolves.toBeTruthy();
  });
});

describe("isBlockedAddress", () => {
  it("knows both families and refuses what is not an address", () => {
    expect(isBlockedAddress("8.8.8.8")).toBe(false);
    expect(isBlockedAddress("172.15.0.1")).toBe(false);
    expect(isBlockedAddress("172.16.0.1")).toBe(true);
    expect(isBlockedAddress("2001:4860:4860::8888")).toBe(false);
    expect(isBlockedAddress("fe80::abcd")).toBe(true);
    expect(isBlockedAddress("localhost")).toBe(true);
  });
});
