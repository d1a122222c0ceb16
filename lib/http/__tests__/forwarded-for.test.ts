import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { appendSocketAddress, appendSocketAddressToForwardedFor } from "../forwarded-for";
import { clientAddress } from "@/lib/auth/sign-in-limits";

describe("appendSocketAddress", () => {
  const request = (forwardedFor?: string | string[]) => ({
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: "203.0.113.7" },
  });

  it("appends the socket's address after whatever the client sent, so a forged header cannot hide it", () => {
    const forged = request("198.51.100.1");
    appendSocketAddress(forged as never);
    expect(forged.headers["x-forwarded-for"]).toBe("198.51.100.1, 203.0.113.7");
    expect(clientAddress(forged.headers, 0)).toBe("203.0.113.7");

    const plain = request();
    appendSocketAddress(plain as never);
    expect(plain.headers["x-forwarded-for"]).toBe("203.0.113.7");

    const repeated = request(["192.0.2.1", "192.0.2.2"]);
    appendSocketAddress(repeated as never);
    expect(repeated.headers["x-forwarded-for"]).toBe("192.0.2.1,192.0.2.2, 203.0.113.7");
  });

  it("is in place for every request an HTTP server receives once installed", async () => {
    appendSocketAddressToForwardedFor();
    appendSocketAddressToForwardedFor();
    const server = http.createServer((req, res) => res.end(String(req.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const seen = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "10.9.8.7" } }).then((r) => r.text());
      expect(seen).toBe("10.9.8.7, 127.0.0.1");
    } finally {
      server.close();
    }
  });
});
