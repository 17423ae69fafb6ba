import { describe, expect, it } from "vitest";
import { formInput } from "./forms";

describe("formInput", () => {
  it("reads anything but a FormData as an empty form (an action called by hand)", () => {
    const form = new FormData();
    form.append("email", "a@b.fr");
    expect(formInput(form)).toBe(form);
    for (const value of ["x", { get: 1 }, undefined, null, 3, ["a"]]) expect([...formInput(value).keys()]).toEqual([]);
  });
});
