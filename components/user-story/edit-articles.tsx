import {
  addArticleAction,
  deleteStoryAction,
  reanalyseAction,
  removeArticleAction,
} from "./edit-actions";
import { formatDate } from "@/lib/format";
import type { UserStoryArticle } from "@/lib/store";

/** When the current analysis was made, and whether today's engine made it. */
export interface AnalysisAge {
  createdAt: string;
  current: boolean;
}

const CONTROL = "mt-1 block w-full rounded border border-rule bg-white px-3 py-2";
const BUTTON =
  "rounded border border-rule bg-white px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent";

/** Hidden fields every edit form carries: which story, and the owner's token. */
function Owner({ id, token }: { id: string; token: string }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="token" value={token} />
    </>
  );
}

/**
 * Analysing the same articles again is offered only when an older engine made the analysis: a story
 * keeps the findings of its day until its owner asks for today's, and with today's engine it would
 * come out the same. While it is being analysed (no age), there is nothing to offer.
 */
function Reanalyse({ id, token, age }: { id: string; token: string; age: AnalysisAge | null }) {
  if (!age) return null;
  const made = formatDate(age.createdAt.slice(0, 10));
  if (age.current) {
    return (
      <p className="mt-3 text-sm text-muted" data-testid="analysis-age">
        Analysed on {made} with today&apos;s engine.
      </p>
    );
  }
  return (
    <form action={reanalyseAction} className="mt-3 flex flex-wrap items-center gap-3">
      <Owner id={id} token={token} />
      <button type="submit" className={BUTTON}>
        Re-analyse as it is
      </button>
      <span className="text-sm text-muted" data-testid="analysis-age">
        Analysed on {made} by an earlier version of the engine. A comparison keeps its findings so
        its link shows the same thing; this runs today&apos;s engine on the same articles.
      </span>
    </form>
  );
}

/** The owner's forms: remove an article, add one, delete the story. Plain forms: no JavaScript needed. */
export function EditArticles({
  id,
  token,
  articles,
  age,
}: {
  id: string;
  token: string;
  articles: UserStoryArticle[];
  age: AnalysisAge | null;
}) {
  return (
    <>
      <section aria-labelledby="edit-articles-heading" className="my-6">
        <h2 id="edit-articles-heading" className="text-xl font-semibold">
          Articles ({articles.length})
        </h2>
        <ol className="mt-3 space-y-2">
          {articles.map((article) => (
            <li
              key={article.id}
              className="flex flex-wrap items-start justify-between gap-3 rounded border border-rule bg-white p-3"
            >
              <div>
                <p className="font-medium">{article.outlet}</p>
                <p className="text-sm text-muted">{article.title ?? "No headline given"}</p>
                {article.error && (
                  <p className="text-sm text-amber-900">Left out: {article.error}</p>
                )}
              </div>
              <form action={removeArticleAction}>
                <Owner id={id} token={token} />
                <input type="hidden" name="article" value={article.id} />
                <button type="submit" className={BUTTON}>
                  Remove<span className="sr-only"> the article from {article.outlet}</span>
                </button>
              </form>
            </li>
          ))}
        </ol>
        <Reanalyse id={id} token={token} age={age} />
      </section>
      <section
        aria-labelledby="add-heading"
        className="my-6 rounded-lg border border-rule bg-white p-5"
      >
        <h2 id="add-heading" className="text-xl font-semibold">
          Add an article
        </h2>
        <form action={addArticleAction} className="mt-3 grid gap-3">
          <Owner id={id} token={token} />
          <label>
            Outlet <span className="text-muted">(required)</span>
            <input name="outlet" required maxLength={120} className={CONTROL} />
          </label>
          <label>
            Headline <span className="text-muted">(optional)</span>
            <input name="title" maxLength={200} className={CONTROL} />
          </label>
          <label>
            Date <span className="text-muted">(optional)</span>
            <input name="published" type="date" className={CONTROL} />
          </label>
          <label>
            Link <span className="text-muted">(or paste the text below)</span>
            <input name="url" type="url" className={CONTROL} />
          </label>
          <label>
            Text
            <textarea name="text" rows={8} className={CONTROL} />
          </label>
          <p>
            <button type="submit" className={BUTTON}>
              Add and analyse again
            </button>
          </p>
        </form>
      </section>
      <section
        aria-labelledby="delete-heading"
        className="my-6 rounded-lg border border-amber-300 bg-amber-50 p-5"
      >
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete this comparison
        </h2>
        <form action={deleteStoryAction} className="mt-3">
          <Owner id={id} token={token} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" required />
            Delete it for everyone: its page, articles and analysis are gone, and its links stop
            working.
          </label>
          <p className="mt-3">
            <button type="submit" className={BUTTON}>
              Delete the comparison
            </button>
          </p>
        </form>
      </section>
    </>
  );
}
