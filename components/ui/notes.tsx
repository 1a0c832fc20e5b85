/** Visible notes about how the URL was read (fallbacks for bad parameters). Never an error page. */
export function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div
      role="status"
      className="my-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="url-notes"
    >
      <p className="font-semibold">Some of the link could not be used, so defaults were chosen:</p>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
