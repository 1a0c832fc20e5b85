import type { QuoteKind } from "../../lib/analysis/schema";

/** One hand-checked quote of a seed article. */
export interface GoldQuote {
  article: string;
  /** The first words of the quoted text (marks excluded), enough to find it. */
  text: string;
  kind: QuoteKind;
  /** Speaker forms accepted as right, exactly as the article writes them; empty when no one is quoted. */
  speakers: string[];
  /** Only present while page chrome (here the headline) is left in the cleaned text. */
  chrome?: boolean;
}

const POMPEO = [
  "Pompeo",
  "Mike Pompeo",
  "Secretary of State Mike Pompeo",
  "U.S. Secretary of State Mike Pompeo",
];
const NAUERT = ["State Department spokeswoman Heather Nauert", "Heather Nauert"];
const US_OFFICIAL = ["the official", "a senior administration official"];
const SANDERS = ["White House Press Secretary Sarah Sanders", "Sarah Sanders"];

/**
 * Every quote in the five articles of `basra-consulate-2018`, in article order,
 * with its kind and speaker, checked by hand against the text.
 */
export const BASRA_QUOTES: GoldQuote[] = [
  { article: "epoch-times", text: "indirect fire", kind: "scare", speakers: [] },
  {
    article: "epoch-times",
    text: "I have advised the government of Iran",
    kind: "direct",
    speakers: POMPEO,
  },
  { article: "epoch-times", text: "I have made clear that Iran", kind: "direct", speakers: POMPEO },
  { article: "epoch-times", text: "increasing and specific", kind: "partial", speakers: POMPEO },
  {
    article: "epoch-times",
    text: "We look to all international parties",
    kind: "direct",
    speakers: POMPEO,
  },
  {
    article: "epoch-times",
    text: "ordered departure",
    kind: "partial",
    speakers: ["the U.S. State Department"],
  },
  {
    article: "epoch-times",
    text: "chaos, death and destruction",
    kind: "partial",
    speakers: ["Trump", "Donald Trump"],
  },
  { article: "epoch-times", text: "what is being circulated", kind: "partial", speakers: ["Iraq"] },

  { article: "news-site-wire-cnn", text: "ordered departure", kind: "partial", speakers: NAUERT },
  {
    article: "news-site-wire-cnn",
    text: "ordered departure",
    kind: "partial",
    speakers: ["a senior U.S. official"],
  },
  {
    article: "news-site-wire-cnn",
    text: "security threats from Iran",
    kind: "partial",
    speakers: ["a senior U.S. official"],
  },
  {
    article: "news-site-wire-cnn",
    text: "Given the increasing and specific threats",
    kind: "direct",
    speakers: POMPEO,
  },
  {
    article: "news-site-wire-cnn",
    text: "We are working closely",
    kind: "direct",
    speakers: POMPEO,
  },
  {
    article: "news-site-wire-cnn",
    text: "astonishing, provocative and irresponsible",
    kind: "partial",
    speakers: ["the Iranian Foreign Ministry"],
  },
  {
    article: "news-site-wire-cnn",
    text: "repeated incidents of fire",
    kind: "partial",
    speakers: POMPEO,
  },
  {
    article: "news-site-wire-cnn",
    text: "numerous terrorist and insurgent groups",
    kind: "direct",
    speakers: ["The department"],
  },
  {
    article: "news-site-wire-cnn",
    text: "U.S. citizens in Iraq are at high risk",
    kind: "direct",
    speakers: ["The department"],
  },

  { article: "press-tv", text: "security concerns", kind: "scare", speakers: [], chrome: true },
  { article: "press-tv", text: "ordered departure", kind: "partial", speakers: NAUERT },
  {
    article: "press-tv",
    text: "Given the increasing and specific threats",
    kind: "direct",
    speakers: POMPEO,
  },
  {
    article: "press-tv",
    text: "We are not aware of any intention",
    kind: "direct",
    speakers: ["the official", "a senior Iraqi security official"],
  },
  { article: "press-tv", text: "unfortunate move", kind: "scare", speakers: [] },

  {
    article: "us-site-wsj-relay",
    text: "Secretary of State Mike Pompeo has placed",
    kind: "direct",
    speakers: ["State Department spokesperson Heather Nauert", "Heather Nauert"],
  },
  {
    article: "us-site-wsj-relay",
    text: "Bottom line, if we are attacked",
    kind: "direct",
    speakers: US_OFFICIAL,
  },
  {
    article: "us-site-wsj-relay",
    text: "We’ll respond swiftly and effectively",
    kind: "direct",
    speakers: US_OFFICIAL,
  },
  {
    article: "us-site-wsj-relay",
    text: "The totality of the information",
    kind: "direct",
    speakers: US_OFFICIAL,
  },
  {
    article: "us-site-wsj-relay",
    text: "Over the past few days",
    kind: "direct",
    speakers: SANDERS,
  },
  {
    article: "us-site-wsj-relay",
    text: "The United States will hold the regime",
    kind: "direct",
    speakers: SANDERS,
  },
  {
    article: "us-site-wsj-relay",
    text: "America will respond swiftly",
    kind: "direct",
    speakers: SANDERS,
  },

  {
    article: "wsj-via-eifa",
    text: "anti-U.S. sectarian militias",
    kind: "direct",
    speakers: ["the State Department"],
  },
  {
    article: "wsj-via-eifa",
    text: "temporary relocation",
    kind: "partial",
    speakers: ["Mr. Pompeo"],
  },
  {
    article: "wsj-via-eifa",
    text: "Iranian forces directly",
    kind: "partial",
    speakers: ["Mr. Pompeo"],
  },
  {
    article: "wsj-via-eifa",
    text: "a laughable justification",
    kind: "partial",
    speakers: ["Iran Foreign Ministry spokesman Bahram Ghasemi"],
  },
  {
    article: "wsj-via-eifa",
    text: "Bottom line, if we are attacked",
    kind: "direct",
    speakers: ["the senior official"],
  },
  {
    article: "wsj-via-eifa",
    text: "We’ll respond swiftly and effectively",
    kind: "direct",
    speakers: ["the senior official"],
  },
  {
    article: "wsj-via-eifa",
    text: "The Iraqi government is committed",
    kind: "direct",
    speakers: ["a senior Iraqi official"],
  },
  {
    article: "wsj-via-eifa",
    text: "The totality of the information",
    kind: "direct",
    speakers: ["the senior administration official"],
  },
  {
    article: "wsj-via-eifa",
    text: "were in complete agreement",
    kind: "partial",
    speakers: ["Heather Nauert, department spokeswoman", "Heather Nauert"],
  },
];

/** The quote groups the seed must produce: one quote opening of each member, and whether the group is altered. */
export const BASRA_QUOTE_GROUPS: {
  members: { article: string; text: string }[];
  altered: boolean;
}[] = [
  {
    members: [
      { article: "press-tv", text: "Given the increasing and specific threats" },
      { article: "news-site-wire-cnn", text: "Given the increasing and specific threats" },
    ],
    altered: true,
  },
  {
    members: [
      { article: "wsj-via-eifa", text: "Bottom line, if we are attacked" },
      { article: "us-site-wsj-relay", text: "Bottom line, if we are attacked" },
    ],
    altered: false,
  },
  {
    members: [
      { article: "wsj-via-eifa", text: "The totality of the information" },
      { article: "us-site-wsj-relay", text: "The totality of the information" },
    ],
    altered: false,
  },
];
