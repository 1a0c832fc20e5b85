"use client";

import { useCallback, useRef, useState } from "react";
import type { ExtractedArticle } from "@/lib/ingest/types";
import { extractFile, extractLink, type ApiResult } from "./api-client";
import type { SourceStatus } from "./article-fieldset";
import { blankDraft, countWords, LIMITS, type ArticleDraft, type ArticleField } from "./form-model";

const MAX_UPLOAD_BYTES = 3_000_000;

/**
 * The drafts of the articles and what happened to their links and files. Updates go through the draft's key,
 * not its position, so a fetch that finishes after an article was removed or moved fills the right one.
 */
export function useArticleDrafts(initialCount: number) {
  const [drafts, setDrafts] = useState<ArticleDraft[]>(() =>
    Array.from({ length: initialCount }, (_, index) => blankDraft(`a${index}`)),
  );
  const [links, setLinks] = useState<Record<string, SourceStatus>>({});
  const [files, setFiles] = useState<Record<string, SourceStatus>>({});
  const nextKey = useRef(initialCount);

  const update = useCallback((key: string, change: Partial<Record<ArticleField, string>>) => {
    setDrafts((current) =>
      current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)),
    );
  }, []);

  const change = useCallback(
    (key: string, field: ArticleField, value: string) => {
      update(key, { [field]: value });
      // A new link is a new question: the old answer about the previous one no longer applies.
      if (field === "url") setLinks(({ [key]: _old, ...rest }) => rest);
    },
    [update],
  );

  const add = useCallback((): string | null => {
    if (drafts.length >= LIMITS.maxArticles) return null;
    const key = `a${nextKey.current++}`;
    setDrafts((current) => [...current, blankDraft(key)]);
    return key;
  }, [drafts.length]);

  const remove = useCallback((key: string) => {
    setDrafts((current) => current.filter((draft) => draft.key !== key));
  }, []);

  /** Fill an article from what was extracted: the text always, the other fields only where still empty. */
  const fill = useCallback((key: string, article: ExtractedArticle, keepUrl: boolean) => {
    setDrafts((current) =>
      current.map((draft) =>
        draft.key !== key
          ? draft
          : {
              ...draft,
              text: article.text,
              outlet: draft.outlet.trim() ? draft.outlet : (article.outlet ?? ""),
              title: draft.title.trim() ? draft.title : (article.title ?? ""),
              published: draft.published ? draft.published : (article.published ?? ""),
              url: keepUrl || !article.url ? draft.url : article.url,
            },
      ),
    );
  }, []);

  const filledMessage = (article: ExtractedArticle, from: string) => {
    const found = [
      article.outlet && "outlet",
      article.title && "headline",
      article.published && "date",
    ].filter(Boolean);
    const extra = found.length > 0 ? `, with its ${found.join(", ")} where those were empty` : "";
    return `Read ${countWords(article.text).toLocaleString("en-US")} words from ${from}${extra}. Check the text below and correct it if needed.`;
  };

  const fetchLink = useCallback(
    async (key: string, url: string): Promise<boolean> => {
      setLinks((current) => ({
        ...current,
        [key]: { kind: "busy", message: "Fetching the article…" },
      }));
      const result: ApiResult<ExtractedArticle> = await extractLink(url.trim());
      if (!result.ok) {
        setLinks((current) => ({
          ...current,
          [key]: { kind: "error", message: result.error.message },
        }));
        return false;
      }
      fill(key, result.value, true);
      let host = url;
      try {
        host = new URL(result.value.url ?? url).host;
      } catch {
        // keep the link as typed
      }
      setLinks((current) => ({
        ...current,
        [key]: { kind: "done", message: filledMessage(result.value, host) },
      }));
      return true;
    },
    [fill],
  );

  const readFile = useCallback(
    async (key: string, file: File) => {
      if (file.size > MAX_UPLOAD_BYTES) {
        setFiles((current) => ({
          ...current,
          [key]: {
            kind: "error",
            message: `“${file.name}” is larger than 3 MB, too large to be one article.`,
          },
        }));
        return;
      }
      setFiles((current) => ({
        ...current,
        [key]: { kind: "busy", message: `Reading “${file.name}”…` },
      }));
      const result = await extractFile(file);
      if (!result.ok) {
        setFiles((current) => ({
          ...current,
          [key]: { kind: "error", message: result.error.message },
        }));
        return;
      }
      fill(key, result.value, false);
      setFiles((current) => ({
        ...current,
        [key]: { kind: "done", message: filledMessage(result.value, `“${file.name}”`) },
      }));
    },
    [fill],
  );

  return { drafts, links, files, change, add, remove, fetchLink, readFile };
}
