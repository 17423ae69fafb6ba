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
