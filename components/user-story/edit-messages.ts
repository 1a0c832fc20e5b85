import { NEW_STORY_LIMITS } from "@/lib/store";

const words = NEW_STORY_LIMITS.maxWordsPerArticle.toLocaleString("en-US");

/** What the edit page says after a change; only these fixed sentences are ever shown. */
export const DONE: Record<string, string> = {
  added: "The article was added. The comparison is being analysed again.",
  removed: "The article was removed. The comparison is being analysed again.",
  reanalysed: "The comparison is being analysed again with today's engine.",
};

export const PROBLEMS: Record<string, string> = {
  forbidden: "This edit link is not valid for this comparison.",
  "not-found": "That article or comparison no longer exists.",
  "min-articles": `A comparison needs at least ${NEW_STORY_LIMITS.minArticles} articles: add another before removing this one.`,
  "max-articles": `A comparison takes at most ${NEW_STORY_LIMITS.maxArticles} articles.`,
  "add-outlet": `The outlet's name is required (at most ${NEW_STORY_LIMITS.maxOutletChars} characters).`,
  "add-title": `The headline is at most ${NEW_STORY_LIMITS.maxTitleChars} characters.`,
  "add-published": "The date must be a real date written as YYYY-MM-DD.",
  "add-url": "The link must be a web address starting with http:// or https://.",
  "add-text": `Give the article's text (at most ${words} words) or a link to it.`,
  rate: "Too many changes from here in a short time. Try again later.",
  confirm: "Tick the box to confirm that the comparison should be deleted.",
};
