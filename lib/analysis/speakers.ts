import {
  clauseSubject,
  isName,
  phraseEndingAt,
  phraseStartingAt,
  type Phrase,
  type Subject,
  subjectAfter,
  subjectBefore,
} from "./noun-phrases";
import { type QuoteContext, usable, type Window, windowAround } from "./quote-context";
import { OFFICE_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, TITLE_WORDS } from "./name-words";
import {
  buildPersonRegistry,
  headName,
  isCollective,
  type PersonRegistry,
  personName,
  phraseText,
} from "./speaker-names";
import { DOCUMENT_NOUNS, isParticiple, isSpeechVerb, PUBLISH_VERBS, SPEECH_VERBS } from "./speech-verbs";

/** What a speech verb's subject resolves to. */
export interface Speech {
  verb: number;
  /** The subject phrase's first token (for "…,” X said" checks). */
  subjectStart: number;
  speaker: string;
  /** How the speaker was found: "X said", "said X", "he → Mike Pompeo". */
  label: string;
  /** The full name when the speaker is a named person. */
  person: string | null;
  /** A lone name ("Pompeo") the article never spells out: maybe a person, the last resort for he/she. */
  bareName?: boolean;
  /** A group or organisation: an antecedent for "they" / "it". */
  collective: boolean;
}

type Form = "before" | "after" | "clause";

const POSSESSIVE_TO_PRONOUN: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };
/** Generic nouns a text uses for an organisation it has just named. */
const GROUP_NOUNS = new Set(["group", "organization", "organisation", "coalition", "association", "movement", "alliance"]);

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

function describes(ctx: QuoteContext, phrase: Phrase): boolean {
  for (let i = phrase.start; i < phrase.end; i += 1) {
    const normal = tok(ctx, i)?.normal ?? "";
    if (PERSON_NOUNS.has(normal) || (TITLE_WORDS.has(normal) && normal.length > 4)) return true;
  }
  return false;
}

/** True when a verb comes right after a closing quote mark: "…,” said Pompeo". */
function followsQuote(ctx: QuoteContext, w: Window, v: number): boolean {
  let k = v - 1;
  while (k >= w.lo && /^[,—–-]$/.test(tok(ctx, k)?.text ?? "")) k -= 1;
  return ctx.closers.has(k);
}

/** True when a verb closes a "“…,” X verb" attribution (for "continued", "went on"). */
function closesAttribution(ctx: QuoteContext, w: Window, v: number): boolean {
  if (followsQuote(ctx, w, v)) return true;
  for (let k = v - 1; k >= Math.max(w.lo, v - 10); k -= 1) {
    const token = tok(ctx, k);
    if (!token) return false;
    if (ctx.closers.has(k)) return true;
    if (token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return false;
}

/**
 * Finds who speaks: resolves every speech verb's subject in article order (so
 * pronouns and "the statement" can look back), then answers per verb.
 */
export class SpeakerFinder {
  readonly registry: PersonRegistry;
  private readonly speeches = new Map<number, Speech | null>();
  /** Resolved speeches outside quotes, in text order: the antecedents for pronouns. */
  private readonly timeline: Speech[] = [];

  constructor(private readonly ctx: QuoteContext) {
    this.registry = buildPersonRegistry(ctx);
    ctx.tokens.forEach((token, i) => {
      if (token.depth !== 0 || !isSpeechVerb(token, true)) return;
      const w = windowAround(ctx, i);
      if (!isSpeechVerb(token) && !closesAttribution(ctx, w, i)) return;
      const speech = this.compute(i, w);
      this.speeches.set(i, speech);
      if (speech) this.timeline.push(speech);
    });
  }

  /** The speech at verb token v (null when its subject cannot be found). */
  speechAt(v: number): Speech | null {
    const known = this.speeches.get(v);
    if (known !== undefined) return known;
    const speech = this.compute(v, windowAround(this.ctx, v));
    this.speeches.set(v, speech);
    return speech;
  }

  /** Speeches whose verb sits in sentence s, in order. */
  speechesIn(sentence: number): Speech[] {
    return this.timeline.filter((speech) => tok(this.ctx, speech.verb)?.sentence === sentence);
  }

  private subjectFor(v: number, w: Window): { subject: Subject; form: Form } | null {
    const ctx = this.ctx;
    const verb = tok(ctx, v);
    if (!verb) return null;
    if (followsQuote(ctx, w, v)) {
      const subject = subjectAfter(ctx, w, v);
      if (subject) return { subject, form: "after" };
    }
    let k = v - 1;
    while (k >= w.lo && tok(ctx, k)?.pos === "ADV") k -= 1;
    const coordinated = tok(ctx, k)?.pos === "CCONJ";
    if (isParticiple(verb) || coordinated) {
      // "The Washington Post quoted the official as saying …": the official.
      if (tok(ctx, v - 1)?.normal === "as") {
        const start = phraseEndingAt(ctx, w, v - 2);
        const lemma = start === null ? "" : (tok(ctx, start - 1)?.lemma ?? "");
        if (start !== null && (lemma === "quote" || lemma === "cite")) {
          return { subject: { start, end: v - 1, appositive: null, pronoun: false, documentFrom: false }, form: "clause" };
        }
      }
      const subject = clauseSubject(ctx, w, v);
      return subject ? { subject, form: "clause" } : null;
    }
    const before = subjectBefore(ctx, w, v);
    if (before) return { subject: before, form: "before" };
    const clause = clauseSubject(ctx, w, v);
    return clause ? { subject: clause, form: "clause" } : null;
  }

  private compute(v: number, w: Window): Speech | null {
    const found = this.subjectFor(v, w);
    const verb = tok(this.ctx, v);
    if (!found || !verb) return null;
    const { subject, form } = found;
    const verbText = verb.text.toLowerCase();
    const label = form === "after" ? `${verbText} X` : form === "clause" ? `X … ${verbText}` : `X ${verbText}`;
    const resolved = this.resolve(subject, w);
    if (!resolved) return null;
    return {
      verb: v,
      subjectStart: subject.start,
      ...resolved,
      label: resolved.label ?? (subject.documentFrom ? `${tok(this.ctx, subject.start - 2)?.normal ?? "statement"} from ${label}` : label),
    };
  }

  private resolve(subject: Subject, w: Window): Omit<Speech, "verb" | "subjectStart" | "label"> & { label: string | null } | null {
    const ctx = this.ctx;
    if (subject.pronoun) {
      const pronoun = tok(ctx, subject.start)?.normal ?? "";
      if (w.level > 0) return null;
      const found = this.antecedent(pronoun, subject.start);
      return found ? { ...found, label: `${pronoun} → ${found.speaker}` } : null;
    }
    const head = tok(ctx, subject.end - 1);
    if (head && !subject.documentFrom && DOCUMENT_NOUNS.has(head.lemma)) {
      const owner = this.documentOwner(subject);
      const written = phraseText(ctx, subject);
      if (owner) return { ...owner, label: `${written.toLowerCase()} → ${owner.speaker}` };
    }
    const holder = this.officeHolder(subject) ?? this.namedGroup(subject);
    if (holder) return { ...holder, label: `${phraseText(ctx, subject).toLowerCase()} → ${holder.speaker}` };
    const person = personName(ctx, subject, this.registry);
    const name = headName(ctx, subject);
    const collective = person === null && isCollective(ctx, subject);
    return {
      speaker: this.display(subject),
      person,
      collective,
      bareName: !person && !collective && name !== null && name.end - name.start === 1 && name.start === subject.start,
      label: null,
    };
  }

  /** The speaker as written: the phrase, with its appositive when that names or describes the person. */
  private display(subject: Subject): string {
    const ctx = this.ctx;
    const core = phraseText(ctx, subject);
    const appositive = subject.appositive;
    if (!appositive) return core;
    const coreNamed = headName(ctx, subject) !== null;
    const appositiveNamed = headName(ctx, appositive) !== null;
    if (!coreNamed && appositiveNamed) return `${core}, ${phraseText(ctx, appositive)}`;
    // "Barney Frank, Democrat of Massachusetts", "Lis Smith, a spokeswoman for the Obama campaign".
    const short = appositive.end - appositive.start <= 12;
    if (coreNamed && short && describes(ctx, appositive)) return `${core}, ${phraseText(ctx, appositive)}`;
    return core;
  }

  /** "the Texas governor": the last person named earlier with that office ("Gov. Rick Perry"). */
  private officeHolder(subject: Subject): Omit<Speech, "verb" | "subjectStart" | "label"> | null {
    const ctx = this.ctx;
    if (tok(ctx, subject.start)?.normal !== "the" || headName(ctx, subject) !== null) return null;
    const forms = OFFICE_NOUNS.get(tok(ctx, subject.end - 1)?.normal ?? "");
    if (!forms) return null;
    const mentions = this.registry.mentions;
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k];
      if (!mention || mention.index >= subject.start) continue;
      if (mention.titles.some((title) => forms.includes(title))) {
        return { speaker: mention.name, person: mention.name, collective: false };
      }
    }
    return null;
  }

  /** "The group has drafted …": the organisation named just before ("The nearby St. Louis Tea Party"). */
  private namedGroup(subject: Subject): Omit<Speech, "verb" | "subjectStart" | "label"> | null {
    const ctx = this.ctx;
    const head = tok(ctx, subject.end - 1);
    if (tok(ctx, subject.start)?.normal !== "the" || !head || !GROUP_NOUNS.has(head.normal)) return null;
    for (let i = subject.start; i < subject.end; i += 1) if (isName(ctx, i)) return null;
    const sentence = head.sentence;
    for (let k = subject.start - 1; k >= 0; k -= 1) {
      const token = tok(ctx, k);
      if (!token || token.sentence < sentence - 2) break;
      if (token.depth > 0 || !ORGANISATION_WORDS.has(token.normal) || !isName(ctx, k)) continue;
      let start = k;
      while (start > 0 && isName(ctx, start - 1)) start -= 1;
      return this.named({ start, end: k + 1 });
    }
    return null;
  }

  /** The last earlier speaker a pronoun can stand for: a named person for he/she, a group for they/it. */
  private antecedent(pronoun: string, before: number): Omit<Speech, "verb" | "subjectStart" | "label"> | null {
    const person = pronoun === "he" || pronoun === "she";
    for (let k = this.timeline.length - 1; k >= 0; k -= 1) {
      const speech = this.timeline[k];
      if (!speech || speech.verb >= before) continue;
      // The antecedent as the article wrote it ("St. Louis Tea Party organizer Bill Hennessy").
      if (person && speech.person) return { speaker: speech.speaker, person: speech.person, collective: false };
      if (!person && speech.collective) return { speaker: speech.speaker, person: null, collective: true };
    }
    if (!person) return null;
    // No earlier speaker: the last person the article named, else a lone name that spoke ("Pompeo said").
    let bare: Speech | undefined;
    for (let k = this.timeline.length - 1; k >= 0 && !bare; k -= 1) {
      const speech = this.timeline[k];
      if (speech && speech.verb < before && speech.bareName) bare = speech;
    }
    const mentions = this.registry.mentions;
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k];
      if (mention && mention.index < before && (!bare || mention.index > bare.verb)) {
        return { speaker: mention.name, person: mention.name, collective: false };
      }
    }
    return bare ? { speaker: bare.speaker, person: bare.speaker, collective: false } : null;
  }

  /** Who wrote "the statement": "X's statement", "a statement from X", or "X released a statement" earlier. */
  private documentOwner(subject: Subject): Omit<Speech, "verb" | "subjectStart" | "label"> | null {
    const ctx = this.ctx;
    const first = tok(ctx, subject.start);
    const possessive = first ? POSSESSIVE_TO_PRONOUN[first.normal] : undefined;
    if (possessive) return this.antecedent(possessive, subject.start);
    for (let i = subject.start; i < subject.end; i += 1) {
      if (tok(ctx, i)?.pos === "PART" && /^['’]s$/.test(tok(ctx, i)?.text ?? "")) {
        const owner = { start: tok(ctx, subject.start)?.pos === "DET" ? subject.start + 1 : subject.start, end: i };
        return owner.end > owner.start ? this.named(owner) : null;
      }
    }
    const lemma = tok(ctx, subject.end - 1)?.lemma ?? "";
    const modifier = this.nameBefore(subject.end - 1, subject.start);
    if (modifier) return modifier;
    for (let d = subject.start - 1; d >= Math.max(0, subject.start - 200); d -= 1) {
      const token = tok(ctx, d);
      if (!token || token.depth !== 0 || token.lemma !== lemma) continue;
      const w = windowAround(ctx, d);
      const owner = this.nameBefore(d, w.lo);
      if (owner) return owner;
      const pronoun = POSSESSIVE_TO_PRONOUN[tok(ctx, d - 1)?.normal ?? ""];
      if (pronoun) return this.antecedent(pronoun, d - 1);
      const next = tok(ctx, d + 1);
      if (next && /^(from|by)$/.test(next.normal)) {
        const end = phraseStartingAt(ctx, w, d + 2);
        if (end !== null) return this.named({ start: d + 2, end });
      }
      for (let v = d - 1; v >= Math.max(w.lo, d - 9); v -= 1) {
        const verb = tok(ctx, v);
        if (verb?.pos === "VERB" && (PUBLISH_VERBS.has(verb.lemma) || SPEECH_VERBS.has(verb.lemma))) {
          const subjectOfVerb = subjectBefore(ctx, w, v) ?? clauseSubject(ctx, w, v);
          const resolved = subjectOfVerb ? this.resolve(subjectOfVerb, w) : null;
          if (resolved) return { speaker: resolved.speaker, person: resolved.person, collective: resolved.collective };
        }
      }
    }
    return null;
  }

  /** A name written before a document noun: "the NAACP resolution", "Pompeo’s statement". */
  private nameBefore(noun: number, floor: number): Omit<Speech, "verb" | "subjectStart" | "label"> | null {
    const ctx = this.ctx;
    let end = noun;
    while (end - 1 >= floor && !isName(ctx, end - 1) && tok(ctx, end - 1)?.pos === "ADJ") end -= 1;
    if (end - 1 >= floor && /^['’]s$/.test(tok(ctx, end - 1)?.text ?? "")) end -= 1;
    let start = end;
    while (start - 1 >= floor && isName(ctx, start - 1)) start -= 1;
    return start < end ? this.named({ start, end }) : null;
  }

  private named(phrase: Phrase): Omit<Speech, "verb" | "subjectStart" | "label"> {
    const person = personName(this.ctx, phrase, this.registry);
    return { speaker: phraseText(this.ctx, phrase), person, collective: person === null && isCollective(this.ctx, phrase) };
  }

  /** "according to X" within a window: X. */
  accordingTo(w: Window): string | null {
    const ctx = this.ctx;
    for (let i = w.lo; i + 2 < w.hi; i += 1) {
      if (!usable(ctx, w, i) || tok(ctx, i)?.normal !== "according" || tok(ctx, i + 1)?.normal !== "to") continue;
      const end = phraseStartingAt(ctx, w, i + 2);
      if (end !== null) return phraseText(ctx, { start: i + 2, end });
    }
    return null;
  }

  /** "In a statement, X …" at the start of a window: X, when a verb follows. */
  inAStatement(w: Window): string | null {
    const ctx = this.ctx;
    let i = w.lo;
    if (tok(ctx, i)?.pos === "CCONJ") i += 1;
    if (tok(ctx, i)?.normal !== "in") return null;
    for (let k = i + 1; k < Math.min(w.hi, i + 12); k += 1) {
      const token = tok(ctx, k);
      if (!token || token.text !== ",") continue;
      const hasDocument = ctx.tokens.slice(i, k).some((t) => DOCUMENT_NOUNS.has(t.lemma) || t.lemma === "interview");
      const end = hasDocument ? phraseStartingAt(ctx, w, k + 1) : null;
      if (end === null) return null;
      let after = end;
      while (tok(ctx, after)?.pos === "ADV" || tok(ctx, after)?.pos === "AUX") after += 1;
      return tok(ctx, after)?.pos === "VERB" ? phraseText(ctx, { start: k + 1, end }) : null;
    }
    return null;
  }
}
