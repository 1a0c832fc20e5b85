import { describe, expect, it } from "vitest";
import { isStudentPage } from "./student-page";

describe("isStudentPage", () => {
  it("is the student page of a curated story and of a user story", () => {
    expect(isStudentPage("/stories/basra-consulate-2018/classroom")).toBe(true);
    expect(isStudentPage("/stories/basra-consulate-2018/classroom/")).toBe(true);
    expect(isStudentPage("/s/k3f9a8b7c6d5e4f3/classroom")).toBe(true);
  });

  it("is not a teacher's page, another view, another site section or no path", () => {
    expect(isStudentPage("/stories/basra-consulate-2018/classroom/key")).toBe(false);
    expect(isStudentPage("/s/k3f9a8b7c6d5e4f3/classroom/teach")).toBe(false);
    expect(isStudentPage("/s/k3f9a8b7c6d5e4f3")).toBe(false);
    expect(isStudentPage("/s/k3f9a8b7c6d5e4f3/compare")).toBe(false);
    expect(isStudentPage("/outlets/classroom")).toBe(false);
    expect(isStudentPage("/x/k3f9a8b7c6d5e4f3/classroom")).toBe(false);
    expect(isStudentPage(null)).toBe(false);
  });
});
