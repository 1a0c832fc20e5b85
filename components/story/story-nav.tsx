import { IntentLink } from "@/components/ui/intent-link";

const views = [
  { key: "overview", label: "Overview", path: "" },
  { key: "compare", label: "Compare outlets", path: "/compare" },
  { key: "quotes", label: "Quotes", path: "/quotes" },
  { key: "blame", label: "Who blames whom", path: "/blame" },
  // The teacher's entry to the lesson: students get the class's own link from the teacher.
  { key: "classroom", label: "Classroom", path: "/classroom/teach" },
] as const;

export type StoryView = (typeof views)[number]["key"];

/** The views of one story, as tabs; the current one is marked for assistive technology too. */
export function StoryNav({ storyHref, current }: { storyHref: string; current: StoryView }) {
  return (
    <nav aria-label="Views of this story" className="no-print mb-6 border-b border-rule">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {views.map((view) => {
          const active = view.key === current;
          return (
            <li key={view.key}>
              <IntentLink
                href={`${storyHref}${view.path}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 ${active ? "border-accent text-accent" : "border-transparent text-ink hover:border-rule hover:text-accent"}`}
              >
                {view.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
