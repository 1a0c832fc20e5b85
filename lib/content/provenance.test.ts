import { describe, expect, it } from "vitest";
import { describeProvenance } from "./provenance";
import type { Outlet } from "./types";

const wsj: Outlet = {
  slug: "wall-street-journal",
  name: "The Wall Street Journal",
  aliases: ["Wall Street Journal", "WSJ", "the Journal"],
  domain: "wsj.com",
  country: "United States",
  type: "newspaper",
  identified: true,
  ownership: "Dow Jones",
  references: [],
  profile: "",
  file: "",
};
const reuters: Outlet = { ...wsj, slug: "reuters", name: "Reuters", aliases: ["Thomson Reuters"] };

describe("describeProvenance", () => {
  it("labels originals, wire copy, reprints and relays", () => {
    expect(describeProvenance({ kind: "original" }, [wsj]).short).toBe("Original");
    expect(describeProvenance({ kind: "wire", source: "reuters" }, [wsj, reuters])).toEqual({
      short: "Reuters copy",
      long: "Wire copy from Reuters.",
      sourceSlug: "reuters",
    });
    expect(describeProvenance({ kind: "reprint", source: "wall-street-journal" }, [wsj]).short).toBe("WSJ reprint");
    expect(describeProvenance({ kind: "relay", source: "wall-street-journal" }, [wsj]).long).toBe(
      "Relays reporting by The Wall Street Journal.",
    );
  });
  it("keeps a source with no profile by name, and says when none is named", () => {
    expect(describeProvenance({ kind: "wire", source: "AFP" }, []).short).toBe("AFP copy");
    expect(describeProvenance({ kind: "wire" }, []).long).toBe("Wire copy; the agency is not named.");
  });
});
