/**
 * Where a story lives. Curated stories (content/) are under /stories/<slug>; people's own stories (the
 * store) under /s/<id>. Both are served by the same route files (app/[collection]/[slug]/…), and every
 * link inside a story is built from its base href, so a page never has to know which kind it shows.
 */
export const COLLECTIONS = ["stories", "s"] as const;
export type Collection = (typeof COLLECTIONS)[number];

export function isCollection(value: string): value is Collection {
  return (COLLECTIONS as readonly string[]).includes(value);
}

/** A story's base href: "/stories/<slug>" or "/s/<id>". */
export function storyHref(collection: Collection, slug: string): string {
  return `/${collection}/${slug}`;
}

/**
 * The name a story goes by where a key must not collide across the two collections (classroom
 * tokens, caches, local storage): a curated story's slug, as it always was (so teacher links made
 * before user stories existed keep working), and "s/<id>" for a user story.
 */
export function storyKey(collection: Collection, slug: string): string {
  return collection === "stories" ? slug : `s/${slug}`;
}
