import { CopyLink } from "@/components/ui/copy-link";

/**
 * Shown once the story exists, while the browser moves on to its edit page: the edit link is the only way to
 * change or delete the story, so it is said plainly and offered for copying.
 */
export function CreatedPanel({ editUrl, storyUrl }: { editUrl: string; storyUrl: string }) {
  return (
    <section
      aria-labelledby="created-heading"
      className="rounded-lg border-2 border-accent bg-accent-soft p-5"
    >
      <h2 id="created-heading" className="text-xl font-semibold">
        Your comparison is being analysed
      </h2>
      <p className="mt-2">
        <strong>Keep this edit link.</strong> It is the only way to add or remove articles or to
        delete the comparison; anyone who has it can do so.
      </p>
      <p className="mt-2 break-all font-mono text-sm">
        <a href={editUrl} className="text-accent underline">
          {editUrl}
        </a>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyLink href={editUrl} label="Copy the edit link" />
        <a href={storyUrl} className="font-medium text-accent underline">
          Open the comparison
        </a>
      </div>
    </section>
  );
}
