/**
 * Parallax's analysis engine: pure, deterministic TypeScript. No React, Next
 * or file-system access: callers pass text in and get a StoryAnalysis back.
 */
export {
  ANALYSIS_STAGES,
  analyzeStory,
  readArticle,
  type AnalysisStage,
  type AnalyzeOptions,
} from "./analyze";
export { ArticleCache, articleKey, type ArticleWork } from "./article-cache";
export {
  prepareArticle,
  readText,
  segment,
  tokenize,
  type PreparedArticle,
  type Segmented,
  type SegmentedSentence,
  type Token,
} from "./text";
export { cleanArticle, type CleanContext, type CleanResult } from "./clean";
export { applySide, diffText, normaliseSpace, sameWords } from "./align";
export * from "./schema";
