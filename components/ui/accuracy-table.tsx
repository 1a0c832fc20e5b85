import { MEASURED_ON, MEASURES } from "@/lib/quality/measured";
import { formatDate } from "@/lib/format";

/** The measured accuracy of each analysis, tuned-on and held-out columns, with the commands. */
export function AccuracyTable() {
  const rows = Object.entries(MEASURES);
  return (
    <section className="mt-10 max-w-4xl" aria-labelledby="accuracy">
      <h2 id="accuracy" className="text-lg font-semibold">
        How often it is right
      </h2>
      <p className="mt-1 leading-relaxed text-muted">
        Measured on {formatDate(MEASURED_ON)} against published, hand-annotated news collections
        written by outlets Parallax was not built on. Each collection was split before any work: the
        rules were adjusted on one part only (“tuned on”); the other part (“never tuned on”) was
        scored once, and is what to expect on a story nobody here has read. Every figure can be
        re-run with its command.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Measured accuracy, tuned-on and held-out data</caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-2 pr-3 font-semibold">
                What
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                Tuned on
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                Never tuned on
              </th>
              <th scope="col" className="py-2 font-semibold">
                Data and command
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, m]) => (
              <tr key={id} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {m.label}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{m.tune ?? "—"}</td>
                <td className="py-2 pr-3 text-right font-semibold tabular-nums">{m.report}</td>
                <td className="py-2 text-muted">
                  {m.data}
                  <br />
                  <code className="break-all text-xs">{m.command}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
