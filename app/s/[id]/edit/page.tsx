import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { CopyLink } from "@/components/ui/copy-link";
import { PageTitle } from "@/components/ui/page-title";
import { EditArticles } from "@/components/user-story/edit-articles";
import { StoryProgress } from "@/components/user-story/story-progress";
import {
  getUserStoryAnalysisAge,
  getUserStoryArticles,
  getUserStoryStatus,
  verifyOwnerToken,
} from "@/lib/store";
import { DONE, PROBLEMS } from "@/components/user-story/edit-messages";

// The creator's page: the secret edit link, progress, and the forms to change or delete the story.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = {
  title: "Edit your comparison",
  robots: { index: false, follow: false },
  // The token is in this page's address: never send it to another site as a Referer. ("no-referrer"
  // would also make the browser send `Origin: null` with the page's own forms, which Next refuses.)
  referrer: "same-origin",
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function EditUserStoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const token = one(query.token);
  const status = await getUserStoryStatus(id);
  if (!status) notFound();
  const owner = token !== "" && (await verifyOwnerToken(id, token));
  const crumbs = storyCrumbs({ href: status.url, title: status.title }, "Edit");
  if (!owner) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>This edit link is not valid</PageTitle>
        <p>
          The link is incomplete or belongs to another comparison. Only the edit link given when the
          comparison was created can change it.{" "}
          <a className="text-accent underline" href={status.url}>
            See the comparison
          </a>
          .
        </p>
      </>
    );
  }
  const editUrl = `${status.url}/edit?token=${encodeURIComponent(token)}`;
  const done = DONE[one(query.done)];
  const problem = PROBLEMS[one(query.problem)];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle kicker="Edit your comparison">{status.title}</PageTitle>
      <section
        aria-labelledby="keep-heading"
        className="rounded-lg border-2 border-accent bg-accent-soft p-5"
      >
        <h2 id="keep-heading" className="text-xl font-semibold">
          Keep this edit link
        </h2>
        <p className="mt-2">
          It is the only way to add or remove articles or to delete the comparison, and anyone who
          has it can do so. Share the comparison&apos;s own link instead.
        </p>
        <p className="mt-2 break-all font-mono text-sm" data-testid="edit-link">
          {editUrl}
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <CopyLink href={editUrl} label="Copy the edit link" />
          <CopyLink href={status.url} label="Copy the link to share" />
          <a href={status.url} className="font-medium text-accent underline">
            Open the comparison
          </a>
        </div>
      </section>
      <StoryProgress status={status} />
      <div id="changes" tabIndex={-1}>
        {(done || problem) && (
          <p
            role={problem ? "alert" : "status"}
            className={`my-4 rounded border p-3 ${problem ? "border-amber-300 bg-amber-50 text-amber-950" : "border-rule bg-white"}`}
          >
            {problem ?? done}
          </p>
        )}
      </div>
      <EditArticles
        id={id}
        token={token}
        articles={await getUserStoryArticles(id)}
        age={await getUserStoryAnalysisAge(id)}
      />
    </>
  );
}
