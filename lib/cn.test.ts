import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("keeps the last of two conflicting utilities, including the project's own colours", () => {
    expect(cn("bg-white text-slate-900", "bg-brand-700 text-white")).toBe("bg-brand-700 text-white");
    expect(cn("border-slate-400 px-3", false && "px-4", "aria-[invalid=true]:border-red-700")).toBe(
      "border-slate-400 px-3 aria-[invalid=true]:border-red-700",
    );
  });
});

describe("the class names written in the code", () => {
  it("never ask for two utilities of the same property in one string (tailwind-merge would drop one)", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const { twMerge } = await import("tailwind-merge");
    const files = (await readdir(".", { recursive: true })).filter(
      (file) => /^(app|components)\//.test(file) && file.endsWith(".tsx"),
    );
    expect(files.length).toBeGreaterThan(20);
    const conflicts: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = await readFile(file, "utf8");
      // Every string literal that looks like a class list: className="…", and strings passed to cn() or held in *Class constants.
      for (const [, classes] of source.matchAll(/(?:className=|Class\s*=\s*|cn\(|, )"([a-z0-9:[\]=\-_/. ()!#%]+)"/g)) {
        checked += 1;
        const list = classes!.split(/\s+/).filter(Boolean);
        const kept = twMerge(classes!).split(/\s+/).filter(Boolean);
        if (kept.length !== list.length) conflicts.push(`${file}: "${classes}" → "${kept.join(" ")}"`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(conflicts).toEqual([]);
  });
});
