import type { FieldErrors, FieldKey } from "./form-model";

/** Every problem at the top of the form, each a link to its field (GOV.UK's error summary pattern). */
export function ErrorSummary({
  id,
  errors,
  idFor,
  onPick,
}: {
  id: string;
  errors: FieldErrors;
  idFor: (key: FieldKey) => string;
  onPick: (id: string) => void;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return <div id={id} tabIndex={-1} hidden />;
  return (
    <div
      id={id}
      tabIndex={-1}
      className="rounded-lg border-2 border-red-700 bg-white p-4 outline-none"
      aria-labelledby={`${id}-heading`}
      role="group"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-red-800">
        {entries.length === 1 ? "There is a problem" : `There are ${entries.length} problems`}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map(([key, message]) => (
          <li key={key} className="break-words">
            {key === "form" ? (
              message
            ) : (
              <a
                href={`#${idFor(key)}`}
                className="text-red-800 underline"
                onClick={(event) => {
                  event.preventDefault();
                  onPick(idFor(key));
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
