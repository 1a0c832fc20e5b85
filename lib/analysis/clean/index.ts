/**
 * Stage 1, clean: page chrome out, article text in. Every removal keeps its reason, so a reader can
 * see what was taken out and why.
 */
export { cleanArticle } from "./clean";
export { type CleanContext, type CleanResult } from "./clean";
