// The maps send no JavaScript of their own (issue 14: at most 30 kB added to any page): every map
// component is a server component, drawn as SVG with plain links. A "use client" here would ship
// it. (The directory map's in-place navigation is components/ui/soft-links: one click listener
// for all its links, a few hundred bytes.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MAP_COMPONENTS = path.join(process.cwd(), "components/map");

describe("the map components", () => {
  it("are all server components", () => {
    const files = fs.readdirSync(MAP_COMPONENTS).filter((file) => file.endsWith(".tsx"));
    expect(files.length).toBeGreaterThan(3);
    const client = files.filter((file) => /^\s*["']use client["']/m.test(fs.readFileSync(path.join(MAP_COMPONENTS, file), "utf8")));
    expect(client).toEqual([]);
  });
});
