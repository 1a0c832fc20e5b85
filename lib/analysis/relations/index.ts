/**
 * Stage 7, relations: who blames whom (blame patterns and quoted criticism), in whose voice (own,
 * attributed, distanced), who each outlet quotes, and word choice.
 */
export { analyzeAttribution, type AttributionResult } from "./relations";
export { articleSpans, rememberSpans, type ArticleSpans } from "./article-spans";
