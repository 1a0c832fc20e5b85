import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeArticle } from "@/lib/views/test-analysis";
import { FilterForm } from "./filter-form";
import { OneOutletField, OutletField } from "./outlet-field";

describe("FilterForm", () => {
  it("is a landmark only when labelled, and keeps hidden parameters before the fields", () => {
    const html = renderToStaticMarkup(
      <FilterForm action="/s/x" label="Quotes" hidden={[["uncertain", "1"]]} submit="Show">
        <input name="q" />
      </FilterForm>,
    );
    expect(html).toContain('role="search" aria-label="Quotes"');
    expect(html).toContain(
      'class="no-print flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"',
    );
    expect(html.indexOf('name="uncertain"')).toBeLessThan(html.indexOf('name="q"'));
    expect(html).not.toContain("<a ");
    const plain = renderToStaticMarkup(
      <FilterForm action="/s/x" margin="mb-4" submit="Show" reset={{ href: "/s/x", label: "All" }}>
        {null}
      </FilterForm>,
    );
    expect(plain).not.toContain("role=");
    expect(plain).toContain('class="no-print mb-4 flex');
    expect(plain).toContain('<a class="py-1.5 text-sm text-accent underline" href="/s/x">All</a>');
  });
});

describe("OutletField", () => {
  const options = [
    { id: "a", name: "Alpha" },
    { id: "b", name: "Beta" },
  ];

  it("is a select with the empty choice first when the outlets are few", () => {
    const html = renderToStaticMarkup(
      <OutletField name="outlet" label="Outlet" options={options} selected="b" empty="All" />,
    );
    expect(html).toContain(
      '<option value="">All</option><option value="a">Alpha</option><option value="b" selected="">Beta</option>',
    );
    const required = renderToStaticMarkup(
      <OutletField name="a" label="Base" options={options} selected={undefined} />,
    );
    expect(required).not.toContain('<option value="">');
  });

  it("is a search field showing the chosen name when given a datalist", () => {
    const html = renderToStaticMarkup(
      <OutletField
        name="outlet"
        label="Outlet"
        options={options}
        selected="a"
        listId="l"
        empty="All"
      />,
    );
    expect(html).toContain('placeholder="All"');
    expect(html).toContain('list="l"');
    expect(html).toContain('value="Alpha"');
    expect(html).not.toContain("<select");
  });

  it("adds the datalist and switches to search only past a page of outlets", () => {
    const few = [makeArticle("a", "alpha", ["x."])];
    const many = Array.from({ length: 30 }, (_, i) => makeArticle(`a${i}`, `o-${i}`, ["x."]));
    const render = (articles: typeof few) =>
      renderToStaticMarkup(
        <OneOutletField label="Outlet" articles={articles} selected={null} listId="l" />,
      );
    expect(render(few)).not.toContain("<datalist");
    expect(render(many)).toContain('<datalist id="l">');
    expect(render(many)).not.toContain("<select");
  });
});
