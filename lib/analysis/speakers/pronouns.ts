import { firstNameGender, type QuoteContext } from "../text";
import type { Resolved } from "./documents";
import type { Gender, GenderSign } from "./gender";
import type { PersonRegistry } from "./names";
import { lang } from "../lang";

/** What pronoun resolution needs to know about one earlier speech. */
export interface SpokenBefore {
  verb: number;
  speaker: string;
  person: string | null;
  collective: boolean;
  bareName?: boolean;
  /** The subject phrase's first token. */
  subjectStart?: number;
  affiliation: string | null;
}

const lowerCaseWords = new WeakMap<QuoteContext, Set<string>>();

/** The words an article writes in lower case somewhere: "Reporters noted" is not a name when "reporters" appears. */
function writtenLowerCase(ctx: QuoteContext): Set<string> {
  let words = lowerCaseWords.get(ctx);
  if (!words) {
    words = new Set(ctx.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal));
    lowerCaseWords.set(ctx, words);
  }
  return words;
}

/**
 * A lone name that spoke and may be a person "he" or "she" stands for ("Cruz admitted …"): a
 * capitalised word with lower-case letters (not "WASHINGTON" or "CIA"), not an abbreviation
 * ("Va."), a weekday or a word the article writes in lower case elsewhere ("Reporters"), and
 * not the object of a preposition ("took to Twitter to say").
 */
function lonePerson(ctx: QuoteContext, speech: SpokenBefore): string | null {
  // A name alone as the subject, or a first name set beside a description ("His wife, Jane, said").
  const beside = /^[^,]+,\s*(\p{Lu}\p{Ll}+)$/u.exec(speech.speaker)?.[1];
  if (!speech.bareName)
    return beside !== undefined && firstNameGender(beside.toLowerCase()) !== null ? beside : null;
  if (!/^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(speech.speaker)) return null;
  const word = speech.speaker.toLowerCase();
  if (lang.time.weekdays.has(word) || writtenLowerCase(ctx).has(word)) return null;
  const start = speech.subjectStart;
  if (start !== undefined && ctx.tokens[start - 1]?.pos === "ADP") return null;
  return speech.speaker;
}

/** An article's people: who is named where, and the gender the article gives each. */
export interface PronounContext {
  ctx: QuoteContext;
  registry: PersonRegistry;
  genders: ReadonlyMap<string, GenderSign>;
  /** Resolved speeches in text order. */
  timeline: readonly SpokenBefore[];
}

/** A person mention: full name, where its name ends, and whether it is a subject (opens its sentence or comes right before its verb). */
interface Mention {
  name: string;
  at: number;
  subject: boolean;
  person: boolean;
}

function mentionsBetween(p: PronounContext, from: number, to: number): Mention[] {
  const { ctx, registry } = p;
  const found: Mention[] = [];
  for (const { run, head } of registry.named) {
    if (head.end - 1 <= from || head.end - 1 >= to) continue;
    const name = registry.full.get(ctx.tokens[head.end - 1]?.normal ?? "");
    if (!name || ctx.tokens[run.start]?.depth !== 0) continue;
    let before = run.start - 1;
    if (lang.functionWords.sentenceOpeners.has(ctx.tokens[before]?.normal ?? "")) before -= 1;
    const opens = before < 0 || ctx.tokens[before]?.sentence !== ctx.tokens[run.start]?.sentence;
    // "On Tuesday, Mr. Ashby signaled …": a name right before its verb is a subject too ("at Coca-Cola are" is not).
    let next = head.end;
    // "the union’s president, Nora Velk, put out …": a name set off as an appositive before the verb.
    if (ctx.tokens[next]?.text === "," && ctx.tokens[run.start - 1]?.text === ",") next += 1;
    while (ctx.tokens[next]?.pos === "ADV") next += 1;
    const verb = ctx.tokens[next]?.pos === "VERB" || ctx.tokens[next]?.pos === "AUX";
    const previous = ctx.tokens[run.start - 1];
    const object = previous?.pos === "ADP";
    // "… when Ruiz called", "… said that Ruiz was": a subordinate clause's subject is not the sentence's.
    const subordinate = previous?.pos === "SCONJ" || previous?.normal === "that";
    // A person for sure: written with a title ("Justice Antoine Moreau"), after a role noun
    // ("actress Ana Ruiz", "the foreign minister, Marek Dvorsky,") or with a gender sign.
    const role = (k: number) => {
      const word = ctx.tokens[k]?.normal ?? "";
      return lang.names.personNouns.has(word) || lang.names.officeNouns.has(word);
    };
    const titled =
      head.start > run.start ||
      lang.names.titleWords.has(previous?.normal ?? "") ||
      role(run.start - 1) ||
      (previous?.text === "," && role(run.start - 2));
    found.push({
      name,
      at: head.end - 1,
      subject: opens || (verb && !object && !subordinate),
      person: titled || p.genders.has(name),
    });
  }
  return found;
}

/**
 * The person "he" or "she" (at token `before`) stands for. The last earlier
 * speaker (a named person, or a lone name such as "Cruz" that spoke after
 * them: the article's surname-only people), unless:
 * - the article shows that speaker to be of the other gender (skipped);
 * - a person of the right gender opens a sentence after that speaker spoke
 *   ("Justice Lund said … But Justice Moreau was unconvinced. “…,” he
 *   told …"): the newer subject;
 * - only the first name says the speaker is of the other gender, and someone
 *   of the right gender is named after that speaker spoke: that person.
 * With no earlier speaker: the last person named whom the article shows to be
 * of the right gender, else the last person named not shown to be of the
 * other, else a lone name that spoke.
 */
export function personAntecedent(
  p: PronounContext,
  pronoun: string,
  before: number,
): Resolved | null {
  const wanted: Gender = pronoun === "she" ? "female" : "male";
  const sign = (name: string) => p.genders.get(name);
  const strongMismatch = (name: string) => {
    const known = sign(name);
    return known !== undefined && known.strong && known.gender !== wanted;
  };
  const fits = (name: string) => (sign(name)?.gender ?? wanted) === wanted;
  // The last person who spoke, or a lone name that spoke ("Cruz admitted …") after them.
  let speaker: SpokenBefore | undefined;
  let who: string | null = null;
  for (let k = p.timeline.length - 1; k >= 0 && !speaker; k -= 1) {
    const speech = p.timeline[k];
    const name = speech ? (speech.person ?? lonePerson(p.ctx, speech)) : null;
    if (speech && speech.verb < before && name && !strongMismatch(name)) {
      speaker = speech;
      who = name;
    }
  }
  if (speaker && who !== null) {
    const person = who;
    const later = mentionsBetween(p, speaker.verb, before).filter((m) => m.person && fits(m.name));
    // Only a subject of a later sentence: names inside what the speaker said ("said Okafor must apologize") do not count.
    const spoken = p.ctx.tokens[speaker.verb]?.sentence ?? -1;
    const subject = later
      .filter(
        (m) => m.subject && m.name !== person && (p.ctx.tokens[m.at]?.sentence ?? -1) > spoken,
      )
      .at(-1);
    if (subject) return { speaker: subject.name, person: subject.name, collective: false };
    const other = later.filter((m) => m.name !== person).at(-1);
    if (!fits(person) && other)
      return { speaker: other.name, person: other.name, collective: false };
    return {
      speaker: speaker.speaker,
      person,
      collective: false,
      affiliation: speaker.affiliation,
    };
  }
  // No earlier speaker: the last person the article named, else a lone name that spoke ("Berg said").
  let bare: SpokenBefore | undefined;
  for (let k = p.timeline.length - 1; k >= 0 && !bare; k -= 1) {
    const speech = p.timeline[k];
    if (speech && speech.verb < before && speech.bareName) bare = speech;
  }
  const mentions = p.registry.mentions.filter(
    (mention) => mention.index < before && (!bare || mention.index > bare.verb),
  );
  // A name the article shows to be of the right gender before one it says nothing of ("World War II").
  const found =
    mentions.findLast((mention) => sign(mention.name)?.gender === wanted) ??
    mentions.findLast((mention) => fits(mention.name));
  if (found) return { speaker: found.name, person: found.name, collective: false };
  return bare
    ? {
        speaker: bare.speaker,
        person: bare.speaker,
        collective: false,
        affiliation: bare.affiliation,
      }
    : null;
}

/** The last earlier group or organisation that spoke: what "they" or "it" stands for. */
export function groupAntecedent(
  timeline: readonly SpokenBefore[],
  before: number,
): Resolved | null {
  const speech = timeline.findLast((s) => s.verb < before && s.collective);
  return speech
    ? { speaker: speech.speaker, person: null, collective: true, affiliation: speech.affiliation }
    : null;
}
