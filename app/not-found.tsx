import type { Metadata } from "next";
import Link from "next/link";
import { getStories } from "@/lib/content";
import { storyHref } from "@/lib/stories/href";

// A tab or a bookmark should say the page is missing, not show the site's own title.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const stories = getStories().slice(0, 5);
  return (
    <div className="mx-auto max-w-2xl py-12">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">Error 404</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">This page does not exist</h1>
      <p className="mt-3 text-lg text-muted">
        The link may be mistyped, or the story or outlet may have been renamed. Here is where you
        can go instead:
      </p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/" className="font-medium text-accent underline">
            All stories
          </Link>
        </li>
        <li>
          <Link href="/outlets" className="font-medium text-accent underline">
            All outlets
          </Link>
        </li>
        {stories.map((story) => (
          <li key={story.slug}>
            <Link href={storyHref("stories", story.slug)} className="text-accent underline">
              {story.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
