/**
 * Stage 5, quotes: quotes found in each article, their kind (direct, partial, scare) and speaker, and
 * the same quote grouped across outlets.
 */
export { findQuotes, groupQuotes } from "./quotes";
