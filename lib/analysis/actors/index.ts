/**
 * Stage 6, actors: mentions resolved to actors and sides (the gazetteer, the story's own actors,
 * names discovered in the text) and coreference (pronouns, titles, surnames).
 */
export {
  buildRegistry,
  discoverActors,
  findArticleSpans,
  sidesOf,
  type ActorRecord,
  type ActorRegistry,
  type Mention,
  type SentenceActors,
} from "./actors";
export { toMentions } from "./coref-mentions";
export { resolveSpeaker } from "./coref-speakers";
export { buildTitleMemory, type TitleMemory } from "./coref-titles";
export { ArticleResolver, type ArticleActors } from "./coref";
export { type RawSpan } from "./span-parts";
