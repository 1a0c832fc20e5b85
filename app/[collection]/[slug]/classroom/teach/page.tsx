import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { newClassCode, teacherLinks } from "@/lib/classroom/new-class";
import { classroomSecret, SECRET_ENV } from "@/lib/classroom/secret";
import { classroomHref, STEP_LABELS } from "@/lib/classroom/state";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
}

/*
 * Where a teacher starts a lesson: what it is, and a new class. "Start a
 * class" carries a fresh random class code and its teacher link, made here on
 * the server (each visit offers a new one); a class code cannot be chosen, so
 * no one can mint the teacher link of a class someone else started.
 */

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) return {};
  if (loaded.state === "pending") return pendingMetadata(loaded.story, "Teach");
  const { story } = loaded;
  return storyMetadata(story, {
    title: `Teach: ${story.title}`,
    description: "A blind-reading lesson on one news story: how it works, and a new class.",
    // Crawlers have no use for fresh teacher links.
    robots: { index: false, follow: false },
  });
}

export default async function TeachPage({ params }: Props) {
  await connection();
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound();
  if (loaded.state === "pending") return <StillAnalysing story={loaded.story} view="Classroom" />;
  const { story, analysis } = loaded;
  const links = teacherLinks(story, newClassCode());
  const secret = classroomSecret();
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Classroom")} />
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Classroom · For teachers
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <StoryNav storyHref={story.href} current="classroom" />
      <div className="max-w-3xl space-y-4 text-lg leading-relaxed">
        <p>
          A blind-reading lesson: your students read the {analysis.articles.length} articles with
          the outlets&apos; names, bylines, dates and addresses hidden, spot the differences,
          discuss them, and then you reveal who wrote which.
        </p>
        <ol className="list-decimal space-y-2 pl-6 text-base">
          <li>
            <strong>Start a class.</strong> You get a class code and your teacher link: the key
            (outlet names, every answer with its evidence) and the controls of the reveal. Bookmark
            it.
          </li>
          <li>
            <strong>Give out the student link</strong> (a QR code on the board, or the code to
            type). It shows the steps “{STEP_LABELS.read}”, “{STEP_LABELS.spot}” and “
            {STEP_LABELS.discuss}”, and a printable worksheet, all without names or answers, and it
            links nowhere else.
          </li>
          <li>
            <strong>Reveal when you are ready</strong>: open the reveal on the board, or give out
            its link. Until then no student page opens it.
          </li>
        </ol>
      </div>
      <div className="my-8 flex flex-wrap items-center gap-4">
        {/* A plain link: each visit offers a new class; nothing is prefetched or stored. */}
        <a
          href={links.key}
          className="rounded bg-accent px-5 py-2.5 text-lg font-semibold text-white hover:bg-blue-800"
          data-testid="start-class"
        >
          Start a class
        </a>
        <Link
          href={classroomHref(story.href, { seed: null })}
          className="font-medium text-accent underline"
        >
          Preview the student view
        </Link>
      </div>
      {secret.source === "memory" ? (
        <p className="max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          This server could not keep its classroom secret on disk, so teacher links made now stop
          working when it restarts. Whoever runs it can set {SECRET_ENV} to keep them.
        </p>
      ) : null}
      <p className="max-w-3xl text-sm text-muted">
        Nothing is stored: a class is its code, and the links carry everything. The rest of this
        site names the outlets (that is what it is for), so for a blind lesson give students the
        student link only.
      </p>
    </>
  );
}
