/**
 * Stage 3, align: facts across outlets (sentence similarity, clusters, placement in lede or body),
 * reused passages, and word diffs between versions.
 */
export { alignFacts } from "./align";
export { diffText } from "./diff";
export { findReuse } from "./reuse";
export { applySide, normaliseSpace, sameWords } from "./diff";
export { DEFAULT_ALIGN_OPTIONS } from "./align";
export { MatchMemo } from "./match-memo";
