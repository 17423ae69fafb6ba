// Which listening addresses make Next forward every page to itself (see listening-address.ts).
import { describe, expect, it } from "vitest";
import { selfForwardingWarning } from "./listening-address";

describe("listening address", () => {
  it("warns for the loopback addresses Next renames to localhost, naming the address and the fix", () => {
    for (const address of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", " 127.0.0.1 "]) {
      const warning = selfForwardingWarning(address);
      expect(warning, address).toContain(`HOSTNAME=${address.trim()}`);
      expect(warning).toContain("HOSTNAME=localhost");
    }
  });

  it("says nothing for addresses whose rewrites stay in the process", () => {
    // Unset (the standalone server's 0.0.0.0), every address, localhost itself, a LAN address and
    // a container's host name (Docker sets HOSTNAME to it).
    for (const address of [undefined, "", "0.0.0.0", "::", "localhost", "192.168.1.5", "10.0.0.1", "3f2a9c1b7d4e", "1270.0.0.1"]) {
      expect(selfForwardingWarning(address), String(address)).toBeNull();
    }
  });
});
