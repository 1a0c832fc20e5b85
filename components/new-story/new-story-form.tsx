"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { createStory } from "./api-client";
import { ArticleFieldset, fieldId } from "./article-fieldset";
import { CreatedPanel } from "./created-panel";
import { ErrorSummary } from "./error-summary";
import { CONTROL_CLASS, describedBy, FieldError, FieldShell } from "./field-shell";
import {
  ARTICLE_FIELDS,
  keyForPath,
  LIMITS,
  messageFor,
  validate,
  type ArticleField,
  type FieldErrors,
  type FieldKey,
} from "./form-model";
import { useArticleDrafts } from "./use-new-story";

const noSubscription = () => () => {};

/**
 * The "New comparison" form. Without JavaScript it is a plain form posting to /api/stories (the server answers
 * 303); with it, links and files are read into the text boxes first, problems are shown next to their fields
 * before anything is sent, and the story is created with JSON.
 */
export function NewStoryForm({
  outlets,
  initialCount,
}: {
  outlets: string[];
  initialCount: number;
}) {
  const router = useRouter();
  const prefix = `ns${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const { drafts, links, files, change, add, remove, fetchLink, readFile } =
    useArticleDrafts(initialCount);
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ editUrl: string; storyUrl: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);
  const focus = (id: string) => setFocusRequest((current) => ({ id, n: (current?.n ?? 0) + 1 }));

  const idFor = (key: FieldKey): string => {
    if (key === "title") return `${prefix}-title`;
    if (key === "articles") return `${prefix}-articles-error`;
    const [, position, field] = key.split(".");
    const draft = drafts[Number(position)];
    if (!draft || !ARTICLE_FIELDS.includes(field as ArticleField)) return `${prefix}-summary`;
    return fieldId(prefix, draft, field as ArticleField);
  };

  function showErrors(next: FieldErrors) {
    setErrors(next);
    const keys = Object.keys(next);
    const count = keys.length;
    setAnnouncement(
      `${count === 1 ? "There is a problem" : `There are ${count} problems`}: ${Object.values(next).join(". ")}.`,
    );
    if (keys[0]) focus(keys[0] === "form" ? `${prefix}-summary` : idFor(keys[0]));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    // Links not yet read are fetched first, so the person sees (and can correct) the text that will be analysed.
    const unread = drafts.filter(
      (draft) => draft.url.trim() && !draft.text.trim() && links[draft.key]?.kind !== "error",
    );
    if (unread.length > 0) {
      setBusy(true);
      setAnnouncement(
        `Fetching ${unread.length === 1 ? "the linked article" : `${unread.length} linked articles`}…`,
      );
      const results = await Promise.all(unread.map((draft) => fetchLink(draft.key, draft.url)));
      setBusy(false);
      const failed = results.filter((ok) => !ok).length;
      setAnnouncement(
        failed > 0
          ? `${failed} of ${unread.length} links could not be read: see the marked articles. The others are kept.`
          : "The linked articles were read into their text boxes. Check them, then press “Analyse” again.",
      );
      const firstFailed = unread.find((_, index) => !results[index]);
      if (firstFailed) focus(fieldId(prefix, firstFailed, "url"));
      return;
    }
    const { body, positions, errors: problems } = validate(title, drafts);
    // A link that could not be read and has no text cannot be analysed either.
    drafts.forEach((draft, index) => {
      const link = links[draft.key];
      if (link?.kind === "error" && !draft.text.trim())
        problems[`articles.${index}.url`] ??= link.message;
    });
    if (!body || Object.keys(problems).length > 0) return showErrors(problems);
    setErrors({});
    setBusy(true);
    setAnnouncement("Creating the comparison…");
    const result = await createStory(body);
    setBusy(false);
    if (!result.ok) {
      const key = keyForPath(result.error.field, positions);
      return showErrors({
        [key]: key === "form" ? result.error.message : messageFor(key, result.error.message),
      });
    }
    const editUrl = `/s/${encodeURIComponent(result.value.id)}/edit?token=${encodeURIComponent(result.value.token)}`;
    setCreated({ editUrl, storyUrl: result.value.url });
    setAnnouncement(
      "The comparison was created. Keep its edit link: it is the only way to change or delete it.",
    );
    router.push(editUrl);
  }

  if (created) return <CreatedPanel editUrl={created.editUrl} storyUrl={created.storyUrl} />;

  const titleError = errors.title;
  const listError = errors.articles;
  return (
    <form
      action="/api/stories"
      method="post"
      noValidate={enhanced}
      onSubmit={onSubmit}
      className="flex min-w-0 flex-col gap-6"
    >
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ErrorSummary id={`${prefix}-summary`} errors={errors} idFor={idFor} onPick={focus} />
      <FieldShell
        id={`${prefix}-title`}
        label="Title of the comparison"
        hint="What the articles report, e.g. “Council closes the Riverside footbridge”."
        error={titleError}
      >
        <input
          id={`${prefix}-title`}
          name="title"
          value={title}
          required
          maxLength={LIMITS.maxTitleChars}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy(`${prefix}-title`, true, titleError)}
          className={CONTROL_CLASS}
          onChange={(event) => setTitle(event.target.value)}
        />
      </FieldShell>
      <section
        aria-labelledby={`${prefix}-articles-heading`}
        className="flex min-w-0 flex-col gap-4"
      >
        <div>
          <h2 id={`${prefix}-articles-heading`} className="text-xl font-semibold">
            Articles
          </h2>
          <p className="mt-1 text-muted">
            {LIMITS.minArticles} to {LIMITS.maxArticles} articles about the same event. Give each
            one the outlet&apos;s name and either its text or a link to it. Articles left completely
            empty are skipped.
          </p>
          {listError && (
            <div tabIndex={-1} id={`${prefix}-articles-error`} className="outline-none">
              <FieldError id={`${prefix}-articles-error-text`}>{listError}</FieldError>
            </div>
          )}
        </div>
        {drafts.map((draft, index) => (
          <ArticleFieldset
            key={draft.key}
            index={index}
            draft={draft}
            prefix={prefix}
            errors={errors}
            link={links[draft.key]}
            file={files[draft.key]}
            enhanced={enhanced}
            canRemove={drafts.length > LIMITS.minArticles}
            onChange={(field, value) => change(draft.key, field, value)}
            onFetch={() => void fetchLink(draft.key, draft.url)}
            onFile={(file) => void readFile(draft.key, file)}
            onRemove={() => {
              remove(draft.key);
              setErrors({});
              setAnnouncement(`Article ${index + 1} removed.`);
              focus(`${prefix}-add`);
            }}
          />
        ))}
        <MoreArticles
          prefix={prefix}
          enhanced={enhanced}
          count={drafts.length}
          onAdd={() => {
            const key = add();
            if (key) {
              setAnnouncement(`Article ${drafts.length + 1} added.`);
              focus(`${prefix}-${key}-outlet`);
            }
          }}
        />
      </section>
      <div className="flex flex-wrap items-center gap-3 border-t border-rule pt-4">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-accent px-5 py-2.5 text-lg font-semibold text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {busy ? "Working…" : "Analyse the articles"}
        </button>
        <p className="text-sm text-muted">
          You get a private link to the comparison and an edit link to change or delete it.
        </p>
      </div>
      <datalist id={`${prefix}-outlets`}>
        {outlets.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </form>
  );
}

function MoreArticles({
  prefix,
  enhanced,
  count,
  onAdd,
}: {
  prefix: string;
  enhanced: boolean;
  count: number;
  onAdd: () => void;
}) {
  const full = count >= LIMITS.maxArticles;
  if (!enhanced) {
    // Without JavaScript the form cannot grow: offer the same page with more empty articles.
    const sizes = [5, 10, LIMITS.maxArticles].filter((size) => size > count);
    if (sizes.length === 0) return null;
    return (
      <p className="text-sm">
        Need more articles? Start again with{" "}
        {sizes.map((size, index) => (
          <span key={size}>
            {index > 0 && (index === sizes.length - 1 ? " or " : ", ")}
            <a href={`/new?articles=${size}`} className="font-medium text-accent underline">
              {size} empty articles
            </a>
          </span>
        ))}
        .
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        id={`${prefix}-add`}
        onClick={onAdd}
        disabled={full}
        aria-describedby={full ? `${prefix}-add-full` : undefined}
        className="rounded border border-accent px-3 py-2 font-medium text-accent hover:bg-accent-soft disabled:cursor-not-allowed disabled:border-rule disabled:text-muted"
      >
        Add another article
      </button>
      {full && (
        <p id={`${prefix}-add-full`} className="text-sm text-muted">
          A comparison takes at most {LIMITS.maxArticles} articles.
        </p>
      )}
    </div>
  );
}
