import { describe, expect, it } from "vitest";
import { cleanArticleStrict } from "./clean";
import { isDateOnly } from "./rules";
import { countWords, isTitleCase, isTruncated, repeatsTitle } from "./text";
import type { RemovalReason } from "../schema";

const P1 = "The State Department said on Friday it would close the consulate in Basra.";
const P2 = "Officials cited threats from Iran and from militias it backs in Iraq.";
const P3 = "Iraq’s government said it had not been consulted about the decision.";

/** The line in the middle of an article: what the cleaner removes. */
const cutsInContext = (line: string) =>
  cleanArticleStrict([P1, line, P2, P3].join("\n\n"), { title: null, outlet: "Test" }).removed.map(
    (r) => [r.reason, r.text],
  );

describe("whole-line rules: page chrome goes", () => {
  it.each<[string, RemovalReason]>([
    ["Advertisement", "promo"],
    ["ADVERTISEMENT", "promo"],
    ["Story continues below advertisement", "promo"],
    ["Share this article", "navigation"],
    ["Facebook Twitter WhatsApp Email", "navigation"],
    ["Sign up for our newsletter", "promo"],
    ["Subscribe to our daily briefing", "promo"],
    ["Read more: Iran denies role in Basra attack", "inserted-headline"],
    ["READ MORE: Iran denies role", "inserted-headline"],
    ["Related: Locals call for calm", "inserted-headline"],
    ["Watch: Protesters storm the consulate", "promo"],
    ["Follow us on Twitter", "promo"],
    ["Click here to read the full statement.", "promo"],
    ["© 2018 Reuters", "boilerplate"],
    ["Copyright 2018 The Associated Press. All rights reserved.", "boilerplate"],
    ["All rights reserved.", "boilerplate"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "boilerplate"],
    [
      "We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.",
      "boilerplate",
    ],
    ["Image copyright Getty Images", "caption"],
    ["Image caption Protesters outside the consulate", "caption"],
    ["Photo: AP", "caption"],
    ["AFP/Getty Images", "caption"],
    ["REUTERS/Alaa al-Marjani", "caption"],
    [
      "FILE - In this Sept. 7, 2018 file photo, protesters burn tires outside the consulate.",
      "caption",
    ],
    ["@parallax @parallax_news", "navigation"],
    ["Follow @parallax on Twitter", "navigation"],
    ["Home News World Politics Sport", "navigation"],
    ["Home | World | Middle East", "navigation"],
    ["English Arabic", "navigation"],
    ["English | العربية | Français", "navigation"],
    ["Skip to content", "navigation"],
    ["Page not found", "navigation"],
    ["Updated: October 1, 2018 10:42 a.m. ET", "dateline"],
    ["Published 3 hours ago", "dateline"],
    ["28/09/2018", "dateline"],
    ["A post shared by Jane Roe (@janeroe) on Sep 28, 2018 at 5:02am PDT", "embed"],
  ])("%j → %s", (line, reason) => {
    expect(cutsInContext(line)).toEqual([[reason, line]]);
  });
});

describe("whole-line rules: article sentences that look like chrome stay", () => {
  it.each([
    "“Thank you.”",
    "Basra is Iraq’s main port and one of its largest cities.",
    "Press TV – The US State Department has announced its decision to close the consulate.",
    "Officials said the website used cookies to track visitors.",
    "“We use cookies on every page,” the ministry’s spokesman said.",
    "Readers who click here are sent to the ministry’s site, the official said.",
    "Watch Next was the name of the campaign, he said.",
    "Copyrighted material was seized, police said.",
    "Related reporting showed a rise in attacks.",
    "More than a dozen Iraqis have died.",
    "Share prices in Baghdad fell sharply on Friday.",
    "Follow the money, the official said.",
    "Home to two million people, Basra sits on huge oil reserves.",
    "Photo evidence was shown to reporters.",
    "Get out of Iraq, protesters chanted, demanding updates on the inquiry.",
    "English is widely spoken in Basra.",
    "Getty Images sold the rights for $1 million, the company said.",
    "Correction: December 1, 2010",
    "UPDATE:",
    "Iraq | Iran",
    "Comments by the minister angered Tehran.",
  ])("%j", (line) => {
    expect(cutsInContext(line)).toEqual([]);
  });
});

describe("bylines", () => {
  const run = (raw: string) => cleanArticleStrict(raw, { title: null, outlet: "Test" });
  const lines = (...parts: string[]) => parts.join("\n\n");

  it.each([
    ["By Jane Doe, Reuters", "Jane Doe, Reuters"],
    ["BY JANE DOE", "JANE DOE"],
    [
      "By Phil Stewart and Lesley Wroughton. Additional reporting by Epoch Times staff.",
      "Phil Stewart and Lesley Wroughton; additional reporting by Epoch Times staff",
    ],
    [
      "Reporting by Phil Stewart; Editing by Mary Milliken",
      "Phil Stewart; editing by Mary Milliken",
    ],
    [
      "(Reporting by Ahmed Rasheed in Baghdad; Writing by John Davison; Editing by Alison Williams)",
      "Ahmed Rasheed in Baghdad; writing by John Davison; editing by Alison Williams",
    ],
    ["By J. R. Smith Jr. | Published September 30, 2018", "J. R. Smith Jr."],
    [
      "Jane Doe and John Roe contributed to this report.",
      "Jane Doe and John Roe contributed to this report",
    ],
  ])("takes the byline %j", (line, byline) => {
    const result = run(lines(P1, line, P2));
    expect(result.removed.map((r) => [r.reason, r.text])).toEqual([["byline", line]]);
    expect(result.byline).toBe(byline);
    expect(result.text).toBe(lines(P1, P2));
  });

  it.each([
    "By the time the fire was out, the consulate was empty.",
    "By Monday, all staff had left the compound.",
    "By Friday Pompeo had decided to close the post.",
    "By contrast, Iraqi officials said there was no threat.",
  ])("keeps the sentence %j", (line) => {
    expect(run(lines(P1, line, P2))).toEqual({
      text: lines(P1, line, P2),
      removed: [],
      byline: null,
    });
  });
});

describe("text predicates", () => {
  it("recognises lines holding only a date or time", () => {
    expect(isDateOnly("September 30, 2018 Updated: October 1, 2018", 6)).toBe(true);
    expect(isDateOnly("Saturday, 29 September 2018 22:28", 5)).toBe(true);
    expect(isDateOnly("10 December 2019", 3)).toBe(true);
    expect(isDateOnly("2018", 1)).toBe(false);
    expect(isDateOnly("Correction: December 1, 2010", 4)).toBe(false);
    expect(isDateOnly("— Heather Nauert (@statedeptspox) September 28, 2018", 6)).toBe(false);
  });

  it("recognises title case, ignoring minor words and name particles", () => {
    expect(isTitleCase("Locals Call for End to Iranian Influence in Iraq")).toBe(true);
    expect(isTitleCase("Relations With al-Qaeda & Sunni Extremists Under Scrutiny")).toBe(true);
    expect(isTitleCase("Locals call for end to Iranian influence")).toBe(false);
    expect(isTitleCase("Iran Denies")).toBe(false);
    expect(isTitleCase("أعلنت وزارة الخارجية الأمريكية")).toBe(false);
  });

  it("recognises teasers cut off with an ellipsis, not quotes that trail off", () => {
    expect(isTruncated("New EIFA Report : Iran’s Support for Isl...")).toBe(true);
    expect(isTruncated("Exclusive: Biography and record of Hadi ...")).toBe(true);
    expect(isTruncated("“We are going to…”")).toBe(false);
    expect(isTruncated("The consulate closed.")).toBe(false);
  });

  it("matches a headline to the title, with or without a site suffix", () => {
    const title = "US closes its consulate in Iraq’s Basra, citing ‘security concerns’";
    expect(
      repeatsTitle("US closes its consulate in Iraq's Basra, citing 'security concerns'", title),
    ).toBe(true);
    expect(repeatsTitle(`${title} | Press TV`, title)).toBe(true);
    expect(repeatsTitle(`${title} as protests grow in the south`, title)).toBe(false);
    expect(repeatsTitle("US closes its consulate", title)).toBe(false);
  });

  it("counts words, not punctuation", () => {
    expect(countWords("New EIFA Report : Iran’s Support — for")).toBe(6);
    expect(countWords("")).toBe(0);
  });
});
