"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  addArticles,
  deleteUserStory,
  reanalyseUserStory,
  removeArticle,
  takeRateLimit,
} from "@/lib/store";
import { clientAddress, createLimits } from "@/lib/store/api/create-limits";

/**
 * The edit page's forms (they work without JavaScript). Each answers with a redirect back to the edit
 * page carrying a short code (never free text) that the page turns into a sentence.
 */
function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function back(id: string, token: string, code: string): never {
  redirect(`/s/${id}/edit?token=${encodeURIComponent(token)}&${code}#changes`);
}

/**
 * Each change that analyses the story again (an added article, "Analyse again") counts against the
 * limit creating a story counts against; past it, back to the edit page with the reason.
 */
async function takeAnalysisToken(id: string, token: string): Promise<void> {
  const limit = await takeRateLimit(
    `create:${clientAddress(await headers())}`,
    createLimits().perClient,
  );
  if (!limit.ok) back(id, token, "problem=rate");
}

export async function removeArticleAction(form: FormData): Promise<void> {
  const id = text(form, "id");
  const token = text(form, "token");
  const result = await removeArticle(id, token, text(form, "article"));
  if (result.result === "ok") back(id, token, "done=removed");
  back(id, token, `problem=${result.result === "invalid" ? "min-articles" : result.result}`);
}

export async function addArticleAction(form: FormData): Promise<void> {
  const id = text(form, "id");
  const token = text(form, "token");
  await takeAnalysisToken(id, token);
  const optional = (name: string) => text(form, name).trim() || undefined;
  const result = await addArticles(id, token, [
    {
      outlet: text(form, "outlet"),
      title: optional("title"),
      published: optional("published"),
      url: optional("url"),
      text: text(form, "text").trim() ? text(form, "text") : undefined,
    },
  ]);
  if (result.result === "ok") back(id, token, "done=added");
  if (result.result !== "invalid") back(id, token, `problem=${result.result}`);
  const field = result.field.split(".").at(-1) ?? "";
  back(id, token, `problem=${result.field === "articles" ? "max-articles" : `add-${field}`}`);
}

export async function reanalyseAction(form: FormData): Promise<void> {
  const id = text(form, "id");
  const token = text(form, "token");
  await takeAnalysisToken(id, token);
  const result = await reanalyseUserStory(id, token);
  back(id, token, result.result === "ok" ? "done=reanalysed" : `problem=${result.result}`);
}

export async function deleteStoryAction(form: FormData): Promise<void> {
  const id = text(form, "id");
  const token = text(form, "token");
  if (text(form, "confirm") !== "yes") back(id, token, "problem=confirm");
  const result = await deleteUserStory(id, token);
  if (result === "ok") redirect("/s/deleted");
  back(id, token, `problem=${result}`);
}
