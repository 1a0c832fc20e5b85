/** Source: written here, from the page furniture of English-language news sites. */

/** Openers of the frame around an embedded social-media post: "A photo shared by …". */
export const EMBED_FRAME_OPENERS: readonly string[] = [
  "A post shared by",
  "A photo shared by",
  "A video shared by",
];

/** Whole lines of an embedded post's frame. */
export const EMBED_FRAME_LINES: readonly string[] = [
  "View this post on Instagram",
  "Watch on YouTube",
];

/** Nouns for a picture or clip that open a credit line: "Image copyright", "Video source". */
export const MEDIA_NOUNS: readonly string[] = ["Image", "Photo", "Picture", "Media", "Video"];

/** What such a line gives: "copyright", "caption", "credit", "source". */
export const CREDIT_NOUNS: readonly string[] = ["copyright", "caption", "credit", "source"];

/** Labels before a caption or credit, with a colon: "Photo:", "Photo credit:" (a plural "s" allowed). */
export const CAPTION_LABELS: readonly string[] = [
  "Photo",
  "Photograph",
  "Picture",
  "Image",
  "Credit",
  "Photo credit",
  "Caption",
];

/** Words between "In this" and a photo noun: "In this undated handout photo". */
export const PHOTO_QUALIFIERS: readonly string[] = ["undated", "handout", "file"];

/** Photo nouns of an "In this … photo" caption. */
export const PHOTO_NOUNS: readonly string[] = ["photo", "image", "picture"];

/** Picture agencies named in a photo credit. */
export const PICTURE_AGENCIES: readonly string[] = ["Getty Images", "Shutterstock", "iStock"];

/** Wire agencies named before a slash in a photo credit: "AFP/Getty Images". */
export const WIRE_AGENCIES: readonly string[] = [
  "AP",
  "AFP",
  "EPA",
  "REUTERS",
  "Reuters",
  "Xinhua",
];

/** First words of a row of share buttons. */
export const SHARE_OPENERS: readonly string[] = [
  "share",
  "tweet",
  "e-mail",
  "email",
  "print",
  "facebook",
  "twitter",
  "whatsapp",
  "linkedin",
  "reddit",
  "telegram",
];

/** Whole lines of site navigation: "Skip to content", "Back to top", "Page not found". */
export const NAVIGATION_LINES: readonly string[] = [
  "skip to content",
  "skip to main content",
  "skip navigation",
  "toggle navigation",
  "main menu",
  "menu",
  "search",
  "home",
  "login",
  "log in",
  "sign in",
  "register",
  "my account",
  "back to top",
  "close",
  "item not found",
  "page not found",
  "content not found",
  "article not found",
  "continue reading",
  "continue reading the main story",
  "listen to this article",
];

/** Advertisement markers, alone or before a dash or colon: "Advertisement", "Sponsored content". */
export const AD_MARKERS: readonly string[] = [
  "advertisement",
  "advert",
  "ad",
  "ads",
  "sponsored content",
  "sponsored",
  "promoted content",
  "promoted",
  "paid content",
  "paid post",
  "partner content",
];

/** Lines that point past an advertisement: "Story continues below". */
export const AD_CONTINUATIONS: readonly string[] = [
  "story continues below",
  "story continues below ad",
  "story continues below advertisement",
  "story continues below this ad",
  "story continues below this advertisement",
  "story continues after",
  "story continues after ad",
  "story continues after advertisement",
  "story continues after this ad",
  "story continues after this advertisement",
  "article continues below",
  "article continues below ad",
  "article continues below advertisement",
  "article continues below this ad",
  "article continues below this advertisement",
  "article continues after",
  "article continues after ad",
  "article continues after advertisement",
  "article continues after this ad",
  "article continues after this advertisement",
];

/** Openers that ask the reader to scroll on. */
export const SCROLL_PROMPTS: readonly string[] = ["scroll to continue", "scroll down to continue"];

/** Verbs that open a subscription pitch: "Sign up for our newsletter". */
export const SIGNUP_VERBS: readonly string[] = ["sign up", "subscribe", "register"];

/** What a subscription pitch offers. */
export const NEWSLETTER_NOUNS: readonly string[] = [
  "newsletters",
  "newsletter",
  "briefing",
  "updates",
  "alerts",
  "inbox",
];

/** Openers of a newsletter pitch: "Get our …", "Join the …". */
export const JOIN_PHRASES: readonly string[] = ["get our", "get the", "join our", "join the"];

/** Short subscription prompts: "Subscribe now". */
export const SUBSCRIBE_LINES: readonly string[] = ["subscribe now", "subscribe today", "subscribe"];

/** Verbs of a call to follow: "Follow us", "Join @…". */
export const FOLLOW_VERBS: readonly string[] = ["follow", "like", "join"];

/** Calls to click. */
export const CLICK_PHRASES: readonly string[] = ["click here", "tap here"];

/** Calls to install an app. */
export const APP_PHRASES: readonly string[] = [
  "download our app",
  "download the app",
  "get our app",
  "get the app",
];

/** Labels of a link to another article inserted into the text, before a colon or arrow: "Read more:", "Related:". */
export const INSERTED_LINK_LABELS: readonly string[] = [
  "read more",
  "read also",
  "also read",
  "read next",
  "related",
  "related article",
  "related story",
  "related stories",
  "related coverage",
  "related content",
  "related link",
  "related links",
  "related reading",
  "see also",
  "more",
  "must read",
  "suggested",
  "recommended",
];

/** Labels of a link to a video or audio piece: "Watch:", "Up next:". */
export const MEDIA_LINK_LABELS: readonly string[] = [
  "watch",
  "watch now",
  "watch next",
  "up next",
  "listen",
  "video",
];

/** Phrases that make a line about cookies a cookie notice. */
export const COOKIE_CUES: readonly string[] = [
  "we use",
  "this site uses",
  "this website uses",
  "accept",
  "consent",
  "by continuing",
  "cookie policy",
  "cookie settings",
  "privacy policy",
];

/** Openers of publisher boilerplate: reuse terms, disclaimers, browser notices. */
export const BOILERPLATE_OPENERS: readonly string[] = [
  "this material may not be published",
  "this material may not be reproduced",
  "this material may not be copied",
  "this material may not be broadcast",
  "this article may not be published",
  "this article may not be reproduced",
  "this article may not be copied",
  "this article may not be broadcast",
  "this story may not be published",
  "this story may not be reproduced",
  "this story may not be copied",
  "this story may not be broadcast",
  "this content may not be published",
  "this content may not be reproduced",
  "this content may not be copied",
  "this content may not be broadcast",
  "the views expressed in this",
  "the views expressed here",
  "the views expressed are",
  "the opinions expressed in this",
  "the opinions expressed here",
  "the opinions expressed are",
  "views expressed in this",
  "views expressed here",
  "views expressed are",
  "opinions expressed in this",
  "opinions expressed here",
  "opinions expressed are",
  "please enable javascript",
  "your browser does not support",
];

/** The newsletter nouns of a "Join our … newsletter" pitch. */
export const NEWSLETTER_WORDS: readonly string[] = ["newsletters", "newsletter"];
