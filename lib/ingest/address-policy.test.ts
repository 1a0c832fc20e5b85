import { describe, expect, it } from "vitest";
import { blockedRange } from "./address-policy";

describe("blockedRange: only public unicast addresses pass", () => {
  it.each([
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "linkLocal"],
    ["64:ff9b::a00:1", "rfc6052"],
    ["2002:a00:1::1", "6to4"],
    ["not an address", "invalid"],
  ])("%s is refused (%s)", (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each([["93.184.215.14"], ["8.8.8.8"], ["2606:4700::1111"], ["::ffff:8.8.8.8"]])(
    "%s passes",
    (address) => {
      expect(blockedRange(address)).toBeNull();
    },
  );
});
