import type { ExerciseCheck } from "@/lib/classroom/exercises";
import type { ExerciseView } from "@/lib/classroom/views";
import { EvidenceQuote } from "./evidence-quote";
import { Parts } from "./parts";

export type ExerciseMode = "student" | "worksheet" | "answers";

/** Lined space to write an answer on paper. */
export function AnswerLines({ count = 3 }: { count?: number }) {
  return (
    <div className="answer-lines mt-3" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
    </div>
  );
}

/** On paper: where the proof is, as the outlet's letter and the paragraph's number. */
function ProofLine() {
  return (
    <p className="proof mt-2 flex flex-wrap items-end gap-x-2 text-sm">
      <span>The sentence that proves it: Outlet</span>
      <span className="blank inline-block w-12 border-b border-ink" aria-hidden="true" />
      <span>¶</span>
      <span className="blank inline-block w-12 border-b border-ink" aria-hidden="true" />
    </p>
  );
}

/** What the key's answer rests on, as data attributes the end-to-end tests check against the analysis. */
function checkData(check: ExerciseCheck | null): Record<string, string> {
  if (!check) return {};
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(check)) {
    data[`data-check-${key}`] = Array.isArray(value) ? JSON.stringify(value) : String(value);
  }
  return data;
}

function Options({ exercise, mode }: { exercise: ExerciseView; mode: ExerciseMode }) {
  if (exercise.options.length === 0) {
    if (mode === "student") {
      return (
        <div className="mt-3">
          <label htmlFor={`answer-${exercise.id}`} className="block text-sm font-medium">
            Your answer
          </label>
          <textarea
            id={`answer-${exercise.id}`}
            rows={2}
            className="mt-1 w-full rounded border border-rule bg-white p-2"
          />
        </div>
      );
    }
    return mode === "worksheet" ? <AnswerLines /> : null;
  }
  if (mode === "student") {
    return (
      <fieldset className="mt-3">
        <legend className="text-sm font-medium">Your answer</legend>
        <ul className="mt-1 flex flex-wrap gap-2">
          {exercise.options.map((option) => (
            <li key={option.value}>
              <label className="inline-flex cursor-pointer items-center gap-2 rounded border border-rule bg-white px-3 py-1.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                <input type="radio" name={`answer-${exercise.id}`} value={option.value} />
                <Parts parts={option.label} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1" aria-label="Choices">
      {exercise.options.map((option) => (
        <li
          key={option.value}
          className="inline-flex items-center gap-2"
          data-correct={mode === "answers" && option.correct ? "true" : undefined}
        >
          <span
            aria-hidden="true"
            className="inline-block h-4 w-4 border border-ink text-center text-xs leading-4"
          >
            {mode === "answers" && option.correct ? "✓" : ""}
          </span>
          <span className={mode === "answers" && option.correct ? "font-semibold" : undefined}>
            <Parts parts={option.label} />
            {mode === "answers" && option.correct ? (
              <span className="sr-only"> (the answer)</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ExerciseCard({ exercise, mode }: { exercise: ExerciseView; mode: ExerciseMode }) {
  return (
    <li
      className="exercise rounded-lg border border-rule bg-white p-4 sm:p-5"
      id={exercise.id}
      data-kind={exercise.kind}
      {...checkData(exercise.check)}
    >
      <h3 className="font-semibold">
        <span className="mr-2 text-muted">{exercise.number}.</span>
        <Parts parts={exercise.prompt} />
      </h3>
      {exercise.kind === "story" ? (
        <p className="mt-1 text-sm text-muted">A question from the story’s author.</p>
      ) : null}
      {exercise.passage ? (
        <div className="mt-3">
          <EvidenceQuote evidence={exercise.passage} />
        </div>
      ) : null}
      <Options exercise={exercise} mode={mode} />
      {mode === "worksheet" ? <ProofLine /> : null}
      {mode === "answers" && exercise.answer ? (
        <div className="mt-4 border-t border-rule pt-3">
          <p data-testid="answer">
            <span className="font-semibold">Answer: </span>
            <Parts parts={exercise.answer} />
          </p>
          {exercise.evidence.length > 0 ? (
            <details className="mt-2" open>
              <summary className="cursor-pointer text-sm font-medium text-accent">
                Evidence ({exercise.evidence.length})
              </summary>
              <div className="mt-2 space-y-2">
                {exercise.evidence.map((evidence, i) => (
                  <EvidenceQuote key={i} evidence={evidence} />
                ))}
              </div>
            </details>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export function ExerciseList({
  exercises,
  mode,
}: {
  exercises: ExerciseView[];
  mode: ExerciseMode;
}) {
  if (exercises.length === 0) {
    return (
      <p className="rounded border border-rule bg-white p-4 text-muted">
        The analysis of this story supports no exercise yet; use the discussion prompts instead.
      </p>
    );
  }
  return (
    <ol className="space-y-4" data-testid="exercises">
      {exercises.map((exercise) => (
        <ExerciseCard key={exercise.id} exercise={exercise} mode={mode} />
      ))}
    </ol>
  );
}
