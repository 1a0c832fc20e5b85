import type { ExtractedArticle } from "@/lib/ingest/types";
import { CONTROL_CLASS, describedBy, FieldShell } from "./field-shell";
import {
  articleKey,
  countWords,
  fieldName,
  LIMITS,
  type ArticleDraft,
  type ArticleField,
  type FieldErrors,
} from "./form-model";

/** What happened to an article's link or file: shown under the control, announced politely. */
export interface SourceStatus {
  kind: "busy" | "done" | "error";
  message: string;
}

export const UPLOAD_ACCEPT =
  ".txt,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html";

export function fieldId(prefix: string, draft: ArticleDraft, field: ArticleField | "file"): string {
  return `${prefix}-${draft.key}-${field}`;
}

export type ExtractedFill = Pick<
  ExtractedArticle,
  "text" | "title" | "outlet" | "published" | "url"
>;

export function ArticleFieldset({
  index,
  draft,
  prefix,
  errors,
  link,
  file,
  enhanced,
  canRemove,
  onChange,
  onFetch,
  onFile,
  onRemove,
}: {
  index: number;
  draft: ArticleDraft;
  prefix: string;
  errors: FieldErrors;
  link: SourceStatus | undefined;
  file: SourceStatus | undefined;
  enhanced: boolean;
  canRemove: boolean;
  onChange: (field: ArticleField, value: string) => void;
  onFetch: () => void;
  onFile: (file: File) => void;
  onRemove: () => void;
}) {
  const id = (field: ArticleField | "file") => fieldId(prefix, draft, field);
  const error = (field: ArticleField) => errors[articleKey(index, field)];
  const linkError = error("url") ?? (link?.kind === "error" ? link.message : undefined);
  const fileError = file?.kind === "error" ? file.message : undefined;
  const words = countWords(draft.text);
  const control = (field: ArticleField, hint: boolean, fieldError = error(field)) => ({
    id: id(field),
    name: fieldName(index, field),
    value: draft[field],
    "aria-invalid": fieldError ? true : undefined,
    "aria-describedby": describedBy(id(field), hint, fieldError),
    className: CONTROL_CLASS,
  });
  const headingId = `${prefix}-${draft.key}-heading`;
  return (
    <fieldset
      className="min-w-0 rounded-lg border border-rule bg-white p-4 shadow-sm sm:p-5"
      aria-labelledby={headingId}
      data-article={index}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          Article {index + 1}
        </h3>
        {enhanced && canRemove && (
          <button
            type="button"
            onClick={onRemove}
            className="rounded border border-rule px-2 py-1 text-sm hover:border-red-700 hover:text-red-800"
          >
            Remove article {index + 1}
          </button>
        )}
      </div>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <FieldShell
          id={id("outlet")}
          label="Outlet"
          hint="The publication's name"
          error={error("outlet")}
        >
          <input
            {...control("outlet", true)}
            list={`${prefix}-outlets`}
            autoComplete="off"
            maxLength={LIMITS.maxOutletChars}
            onChange={(event) => onChange("outlet", event.target.value)}
          />
        </FieldShell>
        <FieldShell
          id={id("published")}
          label="Date"
          optional
          hint="As the article states it; leave empty if unknown"
          error={error("published")}
        >
          <input
            {...control("published", true)}
            type="date"
            onChange={(event) => onChange("published", event.target.value)}
          />
        </FieldShell>
        <FieldShell
          id={id("title")}
          label="Headline"
          optional
          error={error("title")}
          className="sm:col-span-2"
        >
          <input
            {...control("title", false)}
            maxLength={LIMITS.maxTitleChars}
            onChange={(event) => onChange("title", event.target.value)}
          />
        </FieldShell>
        <FieldShell
          id={id("url")}
          label="Link to the article"
          optional
          hint={
            enhanced
              ? "Fetch it to see and correct the text before analysing."
              : "Leave the text empty and the page is read from the link."
          }
          error={linkError}
          className="sm:col-span-2"
        >
          <div className="flex flex-wrap gap-2">
            <input
              {...control("url", true, linkError)}
              type="url"
              inputMode="url"
              placeholder="https://"
              className={`${CONTROL_CLASS} flex-1 basis-56`}
              onChange={(event) => onChange("url", event.target.value)}
            />
            {enhanced && (
              <button
                type="button"
                onClick={onFetch}
                disabled={!draft.url.trim() || link?.kind === "busy"}
                className="mt-1 rounded border border-accent px-3 py-2 font-medium text-accent hover:bg-accent-soft disabled:cursor-not-allowed disabled:border-rule disabled:text-muted"
              >
                {link?.kind === "busy" ? "Fetching…" : "Fetch the text"}
              </button>
            )}
          </div>
          <p role="status" className="mt-1 break-words text-sm text-muted">
            {link && link.kind !== "error" ? link.message : ""}
          </p>
        </FieldShell>
        {enhanced && (
          <FieldShell
            id={id("file")}
            label="Or upload a file"
            optional
            hint=".txt, .md or .html (a saved web page)"
            error={fileError}
            className="sm:col-span-2"
          >
            <input
              id={id("file")}
              type="file"
              accept={UPLOAD_ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy(id("file"), true, fileError)}
              className="mt-1 block w-full min-w-0 text-sm file:mr-3 file:rounded file:border file:border-rule file:bg-white file:px-3 file:py-1.5"
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                if (chosen) onFile(chosen);
              }}
            />
            <p role="status" className="mt-1 break-words text-sm text-muted">
              {file && file.kind !== "error" ? file.message : ""}
            </p>
          </FieldShell>
        )}
        <FieldShell
          id={id("text")}
          label="Text"
          hint={`Paste the article as you copied it, menus and captions included: Parallax removes page chrome itself. ${words.toLocaleString("en-US")} of ${LIMITS.maxWordsPerArticle.toLocaleString("en-US")} words.`}
          error={error("text")}
          className="sm:col-span-2"
        >
          <textarea
            {...control("text", true)}
            rows={8}
            className={`${CONTROL_CLASS} font-serif leading-relaxed`}
            onChange={(event) => onChange("text", event.target.value)}
          />
        </FieldShell>
      </div>
    </fieldset>
  );
}
