import { EvidenceLink } from "@/components/evidence/evidence-link";
import { plural } from "@/lib/format";
import type { VoiceRow } from "@/lib/views/voices-by-outlet";
import { OutletRows } from "./outlet-rows";

/**
 * The voices chart as a table: per outlet and group (a side, a source of no known side, or "Other
 * sources"), who is quoted, in quotes, words and paraphrases, with the quotes.
 */
export function VoicesTable({
  storyHref,
  rows,
  outlets,
}: {
  storyHref: string;
  rows: VoiceRow[];
  outlets: { id: string; outlet: string }[];
}) {
  return (
    <table className="ev-t w-full min-w-[44rem] border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-sm text-muted">
        Sources each outlet quotes or cites, by side where the story knows it, otherwise by source:
        quotes, words inside quotes, and citations without quote marks.
      </caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col">Outlet</th>
          <th scope="col">Side or source</th>
          <th scope="col">Sources</th>
          <th scope="col">Quotes</th>
          <th scope="col">Words</th>
          <th scope="col">Citations</th>
        </tr>
      </thead>
      {outlets.map((outlet) => (
        <OutletRows
          key={outlet.id}
          id={outlet.id}
          label={outlet.outlet}
          rows={rows.filter((row) => row.article === outlet.id)}
          columns={5}
          empty="Quotes and cites nobody."
          cells={(row) => (
            <>
              <td>{row.sideLabel}</td>
              <td>
                <ul>
                  {row.voices.map((v) => (
                    <li key={v.name}>
                      {v.name}{" "}
                      <span className="text-muted">
                        (
                        {[
                          plural(v.quotes, "quote"),
                          plural(v.words, "word"),
                          plural(v.citations, "citation"),
                        ].join(", ")}
                        )
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {row.quotes > 0 ? (
                  <EvidenceLink storyHref={storyHref} evidenceKey={row.key}>
                    {row.quotes}
                  </EvidenceLink>
                ) : (
                  0
                )}
              </td>
              <td>{row.words}</td>
              <td>{row.citations}</td>
            </>
          )}
        />
      ))}
    </table>
  );
}
