import { EXPORT_FILES } from "@/lib/views/export";

const labels: Record<(typeof EXPORT_FILES)[number], string> = {
  "analysis.json": "Full analysis (JSON)",
  "facts.csv": "Facts × outlets (CSV)",
  "quotes.csv": "Quotes (CSV)",
  "blame.csv": "Blame statements (CSV)",
};

/** Stable download links for the story's analysis. */
export function Downloads({ storyHref }: { storyHref: string }) {
  return (
    <section
      aria-labelledby="downloads-heading"
      className="no-print mt-12 border-t border-rule pt-6"
    >
      <h2 id="downloads-heading" className="text-base font-semibold">
        Download the data
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {EXPORT_FILES.map((file) => (
          <li key={file}>
            <a href={`${storyHref}/export/${file}`} className="text-accent underline" download>
              {labels[file]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
