import type { RemovalReason } from "../../lib/analysis/schema";

/**
 * Acceptance fixture, not used by the engine: the page chrome that each seed
 * article of content/stories/basra-consulate-2018 carries, as listed in the
 * cleaner's issue (headline, date lines, site header, captions, inserted
 * headline, byline, embedded tweet, promos), in page order with the reason the
 * cleaner must give. Every other line of each article is article text that
 * must survive. Shared by clean.test.ts and eval/clean.ts.
 */
export interface SeedExpectation {
  /** The byline the cleaner must return. */
  byline: string | null;
  /** Exact raw text of each chrome line, with its reason. */
  chrome: [RemovalReason, string][];
}

export const SEED_STORY = "basra-consulate-2018";

export const SEED_CHROME: Record<string, SeedExpectation> = {
  "epoch-times": {
    byline: "Phil Stewart and Lesley Wroughton; additional reporting by Epoch Times staff",
    chrome: [
      ["headline", "US Pulls Diplomats From Iraqi City, Citing Threats From Iran"],
      ["dateline", "September 30, 2018 Updated: October 1, 2018"],
      ["inserted-headline", "Locals Call for End to Iranian Influence in Iraq"],
      [
        "byline",
        "By Phil Stewart and Lesley Wroughton. Additional reporting by Epoch Times staff.",
      ],
      ["navigation", "Watch Next:"],
      [
        "promo",
        "The Communist Party USA explained plans on May 23 to subvert the Democratic Party, alongside socialist and communist organizations.",
      ],
    ],
  },
  "news-site-wire-cnn": {
    byline: null,
    chrome: [
      ["headline", "USA blames Iran as it readies to shut Iraq consulate"],
      ["caption", "Iraqi protesters burn the Iranian Consulate in Basra in early September"],
      ["navigation", "Other news"],
    ],
  },
  "press-tv": {
    byline: null,
    chrome: [["headline", "US closes its consulate in Iraq’s Basra, citing ‘security concerns’"]],
  },
  "us-site-wsj-relay": {
    byline: null,
    chrome: [
      [
        "embed",
        ".@SecPompeo has placed U.S. Consulate Basrah on ordered departure. @USEmbBaghdad will continue to provide full consular services to for those in and around #Basrah. We remain strongly committed to supporting Iraqis in the southern provinces and throughout the country. pic.twitter.com/QsAw2Ie4ns",
      ],
      ["embed", "— Heather Nauert (@statedeptspox) September 28, 2018"],
    ],
  },
  "wsj-via-eifa": {
    byline: null,
    chrome: [
      ["dateline", "10 December 2019"],
      ["navigation", "English Arabic"],
      ["navigation", "• Item not found"],
      ["headline", "U.S. to Close Consulate in Iraq, Citing Threats From Iran"],
      ["dateline", "Saturday, 29 September 2018 22:28"],
      [
        "caption",
        "Demonstrators waving Iranian and pro-Iranian party flags during a protest earlier this month in the southern Iraqi city of Basra against the torching of Iran’s consulate there. Demonstrators waving Iranian and pro-Iranian party flags during a protest earlier this month in the southern Iraqi city of Basra against the torching of Iran’s consulate there.",
      ],
      [
        "promo",
        "New EIFA Report : Iran’s Support for Islamic Fundamentalist Groups,  Relations With al-Qaeda & Sunni Extremists Under Scrutiny",
      ],
      ["promo", "New EIFA Report : Iran’s Support for Isl..."],
      [
        "promo",
        "European Iraqi Freedom Association (EIFA) \u00a0 \u00a0 Iran’s Support for Islamic F...",
      ],
      [
        "promo",
        "EIFA - Press releaseThere are alarming and escalating reports about the presence...",
      ],
      ["promo", "Exclusive: Biography and record of Hadi Farhan Abdullah al-Ameri"],
      ["promo", "Exclusive: Biography and record of Hadi ..."],
      [
        "promo",
        "-European Iraqi Freedom Association (EIFA)- Hadi Farhan Abdullah al-Ameri, know...",
      ],
    ],
  },
};
