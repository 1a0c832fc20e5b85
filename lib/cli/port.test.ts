import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lanAddresses, nextFreePort, portAdvice, portSchema, probePort } from "./port";

let busy: net.Server;
let busyPort = 0;

beforeAll(async () => {
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, resolve));
  busyPort = (busy.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe("probePort", () => {
  it("sees a port that is taken, and finds a free one after it", async () => {
    expect(await probePort(busyPort)).toBe("in-use");
    const free = await nextFreePort(busyPort);
    expect(free).not.toBeNull();
    expect(await probePort(free ?? 0)).toBe("free");
  });
});

describe("portAdvice", () => {
  it("says the port is taken and how to choose another", () => {
    expect(portAdvice(3000, "in-use", 3001)).toBe(
      "Port 3000 is already in use (another Parallax, or another program).\nChoose another port, for example:\n\n  PORT=3001 npm start\n",
    );
    expect(portAdvice(80, "forbidden", null)).toMatch(
      /^Port 80 needs administrator rights.*PORT=81 npm start/s,
    );
  });
});

describe("portSchema", () => {
  it("accepts 1 to 65535 and explains anything else", () => {
    expect(portSchema.parse("3001")).toBe(3001);
    expect(portSchema.safeParse("70000").error?.issues[0]?.message).toBe("must be from 1 to 65535");
    expect(portSchema.safeParse("30.5").error?.issues[0]?.message).toBe("must be a whole number");
    expect(portSchema.safeParse("abc").error?.issues[0]?.message).toBe("must be a number");
  });
});

describe("lanAddresses", () => {
  it("lists external IPv4 addresses only", () => {
    const entry = (address: string, family: string, internal: boolean) => ({
      address,
      family,
      internal,
    });
    expect(
      lanAddresses({
        lo: [entry("127.0.0.1", "IPv4", true)],
        eth0: [entry("192.168.1.20", "IPv4", false), entry("fe80::1", "IPv6", false)],
      }),
    ).toEqual(["192.168.1.20"]);
  });
});
