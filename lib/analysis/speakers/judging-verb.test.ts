import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("verbs that speak of someone (credited, ripped, knocked, thanked)", () => {
  it("report what the subject said of the object", () => {
    expect(
      who("Ana Ruiz credited the mayor with holding “the whole city together” through the storm."),
    ).toEqual([["the whole city together", "Ana Ruiz", "X credited"]]);
    expect(
      who(
        "Dan Cole, the town's fired campaign manager, ripped the mayor for acting as “the judge and the jury” in the case.",
      ),
    ).toEqual([
      ["the judge and the jury", "Dan Cole, the town's fired campaign manager", "X ripped"],
    ]);
    expect(
      who("Ana Ruiz knocked a statement by the mayor that an “absurd amount of money” was spent."),
    ).toEqual([["absurd amount of money", "Ana Ruiz", "X knocked"]]);
  });

  it("the name after them is the one judged, not a speaker after the verb", () => {
    expect(
      who(
        "Rosa Hale was at the screening of her film, “Long Night.” Lena Park, star of television’s “Night Shift,” thanked the mayor for “taking these steps to keep us safe.” Moore thanked him for “stepping up.”",
      ),
    ).toEqual([
      ["Long Night.", null, null],
      ["Night Shift", null, null],
      ["taking these steps to keep us safe.", "Lena Park", "X … thanked"],
      ["stepping up.", "Moore", "X thanked"],
    ]);
  });

  it("with a thing as object, or none, they do not speak", () => {
    expect(who("The storm ripped the roof off the “safe house” on Main Street.")).toEqual([
      ["safe house", null, null],
    ]);
  });
});
