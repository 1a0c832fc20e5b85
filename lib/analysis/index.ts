/**
 * Parallax's analysis engine: pure, deterministic TypeScript. No React, Next
 * or file-system access: callers pass text in and get a StoryAnalysis back.
 */
export { analyzeStory } from "./analyze";
export { prepareArticle, type PreparedArticle } from "./article";
export { cleanArticle, type CleanContext, type CleanResult } from "./clean";
export { applySide, diffText, normaliseSpace, sameWords } from "./diff";
export { readText, tokenize, type Token } from "./nlp";
export * from "./schema";
export { segment, type Segmented, type SegmentedSentence } from "./segment";
