import { isName, type Phrase, type Subject } from "./noun-phrases";
import type { QuoteContext } from "../text";
import type { Resolved } from "./documents";
import { headName, phraseText, type PersonRegistry } from "./names";
import type { Speech } from "./speakers";
import { lang } from "../lang";
import { carriesQualifiers, officeQualifiers, placedElsewhere } from "./office-qualifier";

/**
 * Speakers known by a description rather than a name: an office ("the provincial governor" for
 * the governor named earlier), a generic group noun ("the group" for the organisation just named),
 * and how a speaker is written when an appositive describes them. Kept apart from SpeakerFinder,
 * which only decides which of these to ask, so each reading can be read and tested alone.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

function describes(ctx: QuoteContext, phrase: Phrase): boolean {
  for (let i = phrase.start; i < phrase.end; i += 1) {
    const normal = tok(ctx, i)?.normal ?? "";
    if (
      lang.names.personNouns.has(normal) ||
      (lang.names.titleWords.has(normal) && normal.length > 4)
    )
      return true;
  }
  return false;
}

/** The speaker as written: the phrase, with its appositive when that names or describes the person. */
export function displayName(ctx: QuoteContext, subject: Subject): string {
  const core = phraseText(ctx, subject);
  const appositive = subject.appositive;
  if (!appositive) return core;
  const coreNamed = headName(ctx, subject) !== null;
  const appositiveNamed = headName(ctx, appositive) !== null;
  if (!coreNamed && appositiveNamed) return `${core}, ${phraseText(ctx, appositive)}`;
  // "Owen Marsh, Democrat of Massachusetts", "Ina Kowal, a spokeswoman for the Varga campaign".
  const short = appositive.end - appositive.start <= 12;
  if (coreNamed && short && describes(ctx, appositive))
    return `${core}, ${phraseText(ctx, appositive)}`;
  return core;
}

/** Words that make an office another one: "vice president", "deputy mayor". */
const RANKS = new Set(["vice", "deputy", "lieutenant", "assistant", "associate"]);

/**
 * "the Texas governor": the last person named earlier with that office
 * ("Gov. Ned Ashby"); failing that, when the office has a capitalised
 * modifier ("the Texas governor", "the Republican senator"), the person who
 * spoke last, within three sentences, unless the article gives that person
 * another office.
 */
export function officeHolder(
  ctx: QuoteContext,
  registry: PersonRegistry,
  timeline: readonly Speech[],
  subject: Subject,
): Resolved | null {
  if (tok(ctx, subject.start)?.normal !== "the" || headName(ctx, subject) !== null) return null;
  const forms = lang.names.officeNouns.get(tok(ctx, subject.end - 1)?.normal ?? "");
  if (!forms) return null;
  // "the vice president", "the lieutenant governor": a rank makes another office, so only a person
  // written with that rank holds it ("Vice President Ana Ruiz"), not the president named last.
  const rank = tok(ctx, subject.end - 2)?.normal ?? "";
  const ranked = RANKS.has(rank);
  const mentions = registry.mentions.filter((m) => !ranked || m.titles.includes(rank));
  // "the Florida senator": a person the article places in Florida, before anyone else.
  const qualifiers = officeQualifiers(ctx, subject);
  const placed = (name: string) => carriesQualifiers(ctx, registry, name, qualifiers, forms);
  if (qualifiers.length > 0) {
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k];
      if (!mention || mention.index >= subject.start || !placed(mention.name)) continue;
      return { speaker: mention.name, person: mention.name, collective: false };
    }
  }
  for (let k = mentions.length - 1; k >= 0; k -= 1) {
    const mention = mentions[k];
    if (!mention || mention.index >= subject.start) continue;
    if (
      mention.titles.some((title) => forms.includes(title)) &&
      !placedElsewhere(ctx, registry, mention.name, qualifiers, forms)
    ) {
      return { speaker: mention.name, person: mention.name, collective: false };
    }
  }
  const modifier = tok(ctx, subject.end - 2);
  if (ranked || subject.end - subject.start < 3 || !modifier || !/^\p{Lu}/u.test(modifier.text))
    return null;
  const sentence = tok(ctx, subject.start)?.sentence ?? 0;
  for (let k = timeline.length - 1; k >= 0; k -= 1) {
    const speech = timeline[k];
    if (!speech || speech.verb >= subject.start) continue;
    if ((tok(ctx, speech.verb)?.sentence ?? -1) < sentence - 3 || !speech.person) return null;
    const person = speech.person;
    const offices = [...lang.names.officeNouns.values()].filter((other) => other !== forms).flat();
    const elsewhere = mentions.some(
      (m) =>
        m.name === person &&
        m.titles.some((title) => offices.includes(title) && !forms.includes(title)),
    );
    return elsewhere || placedElsewhere(ctx, registry, person, qualifiers, forms)
      ? null
      : { speaker: person, person, collective: false, affiliation: speech.affiliation };
  }
  return null;
}

/** "The group has drafted …": the organisation named just before ("The nearby Springfield Green Party"). */
export function namedGroup(
  ctx: QuoteContext,
  subject: Subject,
  named: (phrase: Phrase) => Resolved,
): Resolved | null {
  const head = tok(ctx, subject.end - 1);
  if (tok(ctx, subject.start)?.normal !== "the" || !head || !lang.names.groupHeads.has(head.normal))
    return null;
  for (let i = subject.start; i < subject.end; i += 1) if (isName(ctx, i)) return null;
  const sentence = head.sentence;
  for (let k = subject.start - 1; k >= 0; k -= 1) {
    const token = tok(ctx, k);
    if (!token || token.sentence < sentence - 2) break;
    if (token.depth > 0 || !lang.names.organisationWords.has(token.normal) || !isName(ctx, k))
      continue;
    let start = k;
    while (start > 0 && isName(ctx, start - 1) && tok(ctx, start - 1)?.sentence === token.sentence)
      start -= 1;
    return named({ start, end: k + 1 });
  }
  return null;
}
