import { EvidenceLink } from "@/components/evidence/evidence-link";
import type { BlameRow, CountLink } from "@/lib/views/blame-by-outlet";
import { OutletRows } from "./outlet-rows";
import { NO_BLAME_IN_ARTICLE } from "@/lib/views/blame-empty";

/** The blame chart as a table: outlet × accused side, who blames, in whose voice; every figure opens its sentences. */
export function BlameTable({
  storyHref,
  rows,
  outlets,
  includeUncertain = false,
}: {
  storyHref: string;
  /** Figures count uncertain relations too: their evidence links say so. */
  includeUncertain?: boolean;
  rows: BlameRow[];
  outlets: { article: string; label: string }[];
}) {
  return (
    <table className="ev-t w-full min-w-[44rem] border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-sm text-muted">
        Blame statements by outlet and by the side accused, split by who blames and in whose voice.
        Each figure opens its sentences.
      </caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col">Outlet</th>
          <th scope="col">Accused side</th>
          <th scope="col">Statements</th>
          <th scope="col">Who blames</th>
          <th scope="col">Voice</th>
        </tr>
      </thead>
      {outlets.map((outlet) => (
        <OutletRows
          key={outlet.article}
          id={outlet.article}
          label={outlet.label}
          rows={rows.filter((row) => row.article === outlet.article)}
          columns={4}
          empty={NO_BLAME_IN_ARTICLE}
          cells={(row) => (
            <>
              <td>{row.sideLabel}</td>
              <td>
                <EvidenceLink
                  storyHref={storyHref}
                  evidenceKey={row.key}
                  includeUncertain={includeUncertain}
                >
                  {row.total}
                </EvidenceLink>
              </td>
              <td>
                <CountLinks
                  storyHref={storyHref}
                  links={row.accusers}
                  includeUncertain={includeUncertain}
                />
              </td>
              <td>
                <CountLinks
                  storyHref={storyHref}
                  links={row.voices}
                  includeUncertain={includeUncertain}
                />
              </td>
            </>
          )}
        />
      ))}
    </table>
  );
}

function CountLinks({
  storyHref,
  links,
  includeUncertain,
}: {
  storyHref: string;
  links: CountLink[];
  includeUncertain: boolean;
}) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.id}>
          <EvidenceLink
            storyHref={storyHref}
            evidenceKey={link.key}
            includeUncertain={includeUncertain}
          >
            {`${link.label}: ${link.count}`}
          </EvidenceLink>
        </li>
      ))}
    </ul>
  );
}
