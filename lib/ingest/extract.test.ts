import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { BODY, newsPage } from "./fixtures/pages";
import { IngestError } from "./types";

const URL = "https://news.example.com/2024/05/14/footbridge";

describe("extractArticle: the article without the page's chrome", () => {
  it("keeps the article's paragraphs, blank-line separated, and drops navigation, search and footer", () => {
    const article = extractArticle(newsPage(), URL);
    expect(article.text).toBe(BODY.join("\n\n"));
    expect(article.title).toBe("Council closes Riverside footbridge over safety fears");
    expect(article.url).toBe(URL);
  });

  it("drops photo captions, a promo box, a newsletter box and a paywall notice inside the article", () => {
    const html = newsPage({
      inserts: {
        1: `<figure><img src="bridge.jpg" alt=""><figcaption>The footbridge, closed since Monday. Photo: J. Smith</figcaption></figure>`,
        2: `<div class="promo-box"><a href="/subscribe">Get the Daily Example app for the latest news on your phone</a></div>`,
        3: `<div class="newsletter-signup"><p>Sign up for our morning briefing.</p><input type="email"><button>Sign up</button></div>`,
        4: `<div class="paywall-notice"><p>You have read 3 of 3 free articles this month. Subscribe to keep reading.</p></div>`,
      },
    });
    expect(extractArticle(html, URL).text).toBe(BODY.join("\n\n"));
  });

  it("keeps an article whose own container is named like a paywall (only short chrome blocks are dropped)", () => {
    const html = newsPage().replace('class="article-body"', 'class="article-body paywall-content"');
    expect(extractArticle(html, URL).text).toBe(BODY.join("\n\n"));
  });

  it("leaves out a second article's teaser and a related-stories list after the article", () => {
    const html = newsPage({
      afterArticle: `<section class="more-stories"><h2>More from News</h2>
<article><h3><a href="/other">Library reopens after flood repairs</a></h3><p>The central library opened its doors again on Monday, three months after the river flooded its basement.</p></article>
<article><h3><a href="/other2">School bus routes change in autumn</a></h3><p>Parents are asked to check the new timetable online.</p></article></section>
<aside><h2>Most read</h2><ol><li><a href="/x">Storm warning for the coast</a></li></ol></aside>`,
    });
    expect(extractArticle(html, URL).text).toBe(BODY.join("\n\n"));
  });

  it("leaves out a teaser for another article that carries no chrome class", () => {
    const html = newsPage({
      afterArticle: `<article><h2><a href="/library">Library reopens after flood repairs</a></h2>
<p><a href="/library">The central library opened its doors again on Monday, three months after the river flooded its basement.</a></p></article>`,
    });
    expect(extractArticle(html, URL).text).toBe(BODY.join("\n\n"));
  });

  it("drops 'Advertisement' lines and splits paragraphs on two line breaks, keeping one as a line break", () => {
    const html = newsPage({
      inserts: { 2: "<p>Advertisement</p>" },
      afterArticle: "",
    }).replace(
      `<p>${BODY[3]}</p>`,
      `<p>${BODY[3]}<br><br>Repairs start in June.<br>Questions: call the council.</p>`,
    );
    expect(extractArticle(html, URL).text).toBe(
      [...BODY, "Repairs start in June.\nQuestions: call the council."].join("\n\n"),
    );
  });

  it("removes the headline and byline when they open the extracted text", () => {
    const html = newsPage({
      header: `<h1>Council closes Riverside footbridge over safety fears</h1><p class="byline">By Maria Lopez</p>`,
    });
    const article = extractArticle(html, URL);
    expect(article.text).toBe(BODY.join("\n\n"));
    expect(article.byline).toBe("Maria Lopez");
  });

  it("reads a bare fragment (no <html> or <body>)", () => {
    const article = extractArticle(`<p>${BODY[0]}</p><p>${BODY[1]}</p>`, null);
    expect(article.text).toBe(`${BODY[0]}\n\n${BODY[1]}`);
    expect(article).toMatchObject({ title: null, outlet: null, published: null, url: null });
  });

  it("refuses a page with no text (a script-only app shell) with a message saying what to do", () => {
    const html = `<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script>start()</script></body></html>`;
    expect(() => extractArticle(html, URL)).toThrow(IngestError);
    expect(() => extractArticle(html, URL)).toThrow(/Paste the article's text instead/);
  });

  it("shows markup-looking text as text (entities decoded, nothing executed)", () => {
    const html = newsPage().replace(
      `<p>${BODY[0]}</p>`,
      `<p>${BODY[0]} &lt;script&gt;alert(1)&lt;/script&gt;</p>`,
    );
    expect(extractArticle(html, URL).text.split("\n\n")[0]).toBe(
      `${BODY[0]} <script>alert(1)</script>`,
    );
  });
});

describe("extractArticle: metadata", () => {
  it("reads og:site_name, article:published_time (the publisher's local date) and meta author", () => {
    const article = extractArticle(
      newsPage({
        head: `<meta property="og:site_name" content="Daily Example">
<meta property="og:title" content="Council closes Riverside footbridge | Daily Example">
<meta property="article:published_time" content="2024-05-14T23:30:00-04:00">
<meta name="author" content="Maria Lopez">`,
      }),
      URL,
    );
    expect(article).toMatchObject({
      outlet: "Daily Example",
      title: "Council closes Riverside footbridge",
      published: "2024-05-14",
      byline: "Maria Lopez",
    });
  });

  it("reads JSON-LD in a @graph: headline, publisher by @id, authors, datePublished", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "NewsMediaOrganization", "@id": "#org", name: "The Riverside Herald" },
        {
          "@type": ["NewsArticle"],
          headline: "Footbridge shut after cracks found",
          datePublished: "2024-05-13T08:00:00Z",
          author: [
            { "@type": "Person", name: "Maria Lopez" },
            { "@type": "Person", name: "Sam Okafor" },
          ],
          publisher: { "@id": "#org" },
        },
      ],
    };
    const article = extractArticle(
      newsPage({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }),
      URL,
    );
    expect(article).toMatchObject({
      outlet: "The Riverside Herald",
      title: "Footbridge shut after cracks found",
      published: "2024-05-13",
      byline: "Maria Lopez, Sam Okafor",
    });
  });

  it("skips a malformed JSON-LD script and still reads the valid one", () => {
    const ld = {
      "@type": "Article",
      publisher: { "@type": "Organization", name: "Riverside Weekly" },
      datePublished: "2024-05-12",
    };
    const article = extractArticle(
      newsPage({
        head: `<script type="application/ld+json">{ "@type": "NewsArticle", </script><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      }),
      URL,
    );
    expect(article).toMatchObject({ outlet: "Riverside Weekly", published: "2024-05-12" });
  });

  it("prefers og:site_name over the JSON-LD publisher", () => {
    const ld = { "@type": "NewsArticle", publisher: { name: "Herald Media Group Ltd" } };
    const article = extractArticle(
      newsPage({
        head: `<meta property="og:site_name" content="The Herald"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      }),
      URL,
    );
    expect(article.outlet).toBe("The Herald");
  });

  it("takes the date from a <time datetime> in the article when the metadata has none", () => {
    const html = newsPage({
      header: `<h1>Council closes Riverside footbridge over safety fears</h1><p>Published <time datetime="2024-05-14T10:00:00+02:00">14 May</time></p>`,
    });
    expect(extractArticle(html, URL).published).toBe("2024-05-14");
  });

  it("reads a <time> whose text is a full written date, but not a partial one", () => {
    const full = newsPage({
      header: `<h1>Council closes Riverside footbridge over safety fears</h1><p><time>September 30, 2018</time></p>`,
    });
    expect(extractArticle(full, URL).published).toBe("2018-09-30");
    const partial = newsPage({
      header: `<h1>Council closes Riverside footbridge over safety fears</h1><p><time>Tuesday</time></p>`,
    });
    expect(extractArticle(partial, URL).published).toBeNull();
  });

  it("never guesses a date: none from the URL, the text's weekdays or an invalid timestamp", () => {
    const html = newsPage({
      head: `<meta property="article:published_time" content="2024-02-30T10:00:00Z">`,
    });
    const article = extractArticle(html, URL);
    expect(article.published).toBeNull();
    expect(article.outlet).toBeNull();
    expect(article.byline).toBeNull();
  });

  it("ignores a meta author that is a link or the outlet's own name", () => {
    const linked = extractArticle(
      newsPage({
        head: `<meta property="article:author" content="https://facebook.com/dailyexample">`,
      }),
      URL,
    );
    expect(linked.byline).toBeNull();
    const outletName = extractArticle(
      newsPage({
        head: `<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">`,
      }),
      URL,
    );
    expect(outletName.byline).toBeNull();
  });
});
