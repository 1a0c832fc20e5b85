/**
 * Parallax's analysis engine: pure, deterministic TypeScript. No React, Next
 * or file-system access: callers pass text in and get a StoryAnalysis back.
 */
export { analyzeStory } from "./analyze";
export { prepareArticle, type PreparedArticle } from "./text/article";
export { cleanArticle, type CleanContext, type CleanResult } from "./clean/clean";
export { applySide, diffText, normaliseSpace, sameWords } from "./align/diff";
export { readText, tokenize, type Token } from "./text/nlp";
export * from "./schema";
export { segment, type Segmented, type SegmentedSentence } from "./text/segment";
