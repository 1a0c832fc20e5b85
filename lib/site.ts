/** Where the site is served; canonical URLs and link previews are built from it. */
export const SITE_URL = (process.env.PARALLAX_SITE_URL ?? "http://localhost:3000").replace(
  /\/$/,
  "",
);

export const SITE_NAME = "Parallax";
export const SITE_TAGLINE = "See exactly how different outlets tell the same story.";
