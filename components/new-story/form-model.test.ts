import { describe, expect, it } from "vitest";
import { blankDraft, keyForPath, toPayload, validate, type ArticleDraft } from "./form-model";

let keys = 0;
const blank = () => blankDraft(`k${keys++}`);
function draft(fields: Partial<ArticleDraft>): ArticleDraft {
  return { ...blank(), ...fields };
}

const good = (outlet: string) => draft({ outlet, text: `What ${outlet} reported.` });

describe("toPayload", () => {
  it("skips blank articles, trims, leaves empty optional fields out, and remembers positions", () => {
    const { body, positions } = toPayload("  Bridge closed ", [
      draft({ outlet: " Daily Example ", text: "Text one." }),
      blank(),
      draft({ outlet: "Herald", url: " https://example.com/a ", published: "2024-05-14" }),
    ]);
    expect(body).toEqual({
      title: "Bridge closed",
      articles: [
        { outlet: "Daily Example", text: "Text one." },
        { outlet: "Herald", url: "https://example.com/a", published: "2024-05-14" },
      ],
    });
    expect(positions).toEqual([0, 2]);
  });
});

describe("validate", () => {
  it("accepts two complete articles", () => {
    expect(validate("Bridge", [good("A"), good("B"), blank()]).errors).toEqual({});
  });

  it("puts each problem next to its field, in page order, as a sentence", () => {
    const { errors } = validate("", [
      good("A"),
      blank(),
      draft({ outlet: "", text: "Some text." }),
      draft({ outlet: "C", url: "ftp://example.com/x", published: "14/05/2024" }),
      draft({ outlet: "D" }),
    ]);
    expect(errors).toEqual({
      title: "The title is required",
      "articles.2.outlet": "Outlet is required",
      "articles.3.published": "Date must be a date written as YYYY-MM-DD",
      "articles.3.url": "Link must be an http(s) link",
      "articles.4.text": "This article needs the article's text or a link to it",
    });
    expect(Object.keys(errors)[0]).toBe("title");
  });

  it("says when there are too few articles or one is too long", () => {
    expect(validate("T", [good("A"), blank(), blank()]).errors).toEqual({
      articles: "The comparison needs at least 2 articles",
    });
    const long = draft({ outlet: "B", text: "word ".repeat(20_001) });
    expect(validate("T", [good("A"), long]).errors).toEqual({
      "articles.1.text": "Text is longer than 20,000 words",
    });
  });

  it("says when there are too many articles", () => {
    const many = Array.from({ length: 21 }, (_, index) => good(`Outlet ${index}`));
    expect(validate("T", many).errors).toEqual({
      articles: "The comparison takes at most 20 articles",
    });
  });

  it("words a too-long headline in characters", () => {
    const { errors } = validate("T", [draft({ ...good("A"), title: "x".repeat(201) }), good("B")]);
    expect(errors).toEqual({ "articles.0.title": "Headline is longer than 200 characters" });
  });
});

describe("keyForPath", () => {
  it("maps an API's field path back to the form position", () => {
    expect(keyForPath("articles.1.url", [0, 3])).toBe("articles.3.url");
    expect(keyForPath("articles[1][text]", [0, 3])).toBe("articles.3.text");
    expect(keyForPath(["articles", 0, "outlet"], [2])).toBe("articles.2.outlet");
    expect(keyForPath("articles", [0])).toBe("articles");
    expect(keyForPath("title", [])).toBe("title");
    expect(keyForPath("body", [])).toBe("form");
    expect(keyForPath("articles.9.text", [0])).toBe("articles");
  });
});
