import { Badge } from "@/components/ui/badge";
import type { RelationLine } from "@/lib/views/evidence";

const voiceWords = {
  own: "in the outlet’s own voice",
  attributed: "attributed",
  distanced: "held at a distance",
} as const;

/** "Washington (United States government) blames Tehran · for “the attack” · attributed (“said”) · signal “blamed … for”". */
export function RelationText({ line }: { line: RelationLine }) {
  return (
    <span>
      <strong className="text-ink">{line.accuser}</strong> {line.kind}{" "}
      <strong className="text-ink">{line.accused}</strong>
      {line.matter && <> for “{line.matter}”</>} · {voiceWords[line.voice]}
      {line.voiceCue && <> (“{line.voiceCue}”)</>} · signal: “{line.cue}”
      {line.uncertain && (
        <>
          {" "}
          <Badge tone="warn">uncertain</Badge>
        </>
      )}
    </span>
  );
}
