import { clauseSubject } from "./clause-subject";
import { parsedClauseSubject } from "./parsed-clause-subject";
import { phraseEndingAt, type Phrase, type Subject } from "./noun-phrases";
import { reducedPassive, subjectAfter, subjectBefore } from "./subjects";
import { fullPassive } from "./full-passive";
import { invertedSubject } from "./inverted-subject";
import { locativeHost } from "./locative-host";
import { apartFrom, nounAfterPreposition, objectBeforeInfinitive } from "./verb-reading";
import { isParticiple, isSpeechVerb, windowAround, type QuoteContext, type Window } from "../text";
import { appositiveAffiliation } from "./affiliation-appositive";
import { prefixAffiliation } from "./affiliation-prefix";
import { signerAffiliation } from "./document-signers";
import { groupAffiliation, mentionAffiliation } from "./affiliation";
import { Affiliations } from "./affiliations";
import { documentOwner, isDocument, type OwnerLookups, type Resolved } from "./documents";
import { accordingTo, inAStatement } from "./source-phrases";
import { buildGenders, type GenderSign } from "./gender";
import { groupAntecedent, personAntecedent } from "./pronouns";
import {
  buildPersonRegistry,
  headName,
  isCollective,
  type PersonRegistry,
  personName,
  phraseText,
} from "./names";
import { displayName, namedGroup, officeHolder } from "./described-speakers";
import { closesAttribution, followsQuote } from "./quote-adjacency";
import { judgesSomeone } from "./judging-verb";
import { lang } from "../lang";

/** What a speech verb's subject resolves to. */
export interface Speech {
  verb: number;
  /** The subject phrase's first token (for "…,” X said" checks). */
  subjectStart: number;
  speaker: string;
  /** How the speaker was found: "X said", "said X", "he → Tomas Berg". */
  label: string;
  /** The full name when the speaker is a named person. */
  person: string | null;
  /** A lone name ("Berg") the article never spells out: maybe a person, the last resort for he/she. */
  bareName?: boolean;
  /** A group or organisation: an antecedent for "they" / "it". */
  collective: boolean;
  /** The speaker's party or organisation as the article states it ("Democrats", "the Varga campaign"). */
  affiliation: string | null;
}

export type Form = "before" | "after" | "clause";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * Finds who speaks: resolves every speech verb's subject in article order (so
 * pronouns and "the statement" can look back), then answers per verb.
 */
export class SpeakerFinder implements OwnerLookups {
  readonly registry: PersonRegistry;
  /** Each named person's affiliation and gender as the article signals them, by full name. */
  private readonly affiliations: Affiliations;
  private readonly genders: Map<string, GenderSign>;
  private readonly speeches = new Map<number, Speech | null>();
  /** Resolved speeches outside quotes, in text order. */
  private readonly timeline: Speech[] = [];
  /**
   * The antecedents for pronouns: the timeline, with the ones spoken to in a passive ("Berg was
   * asked why …. “…,” he said"), who are not the speakers of its words but most often the next.
   */
  private readonly antecedents: Speech[] = [];
  private bySentence: Map<number, Speech[]> | null = null;

  /** `registry`: the article's, when the caller has it from tokens as they are now. */
  constructor(
    private readonly ctx: QuoteContext,
    registry: PersonRegistry = buildPersonRegistry(ctx),
  ) {
    this.registry = registry;
    this.affiliations = new Affiliations(ctx, this.registry);
    this.genders = buildGenders(ctx, this.registry);
    ctx.tokens.forEach((token, i) => {
      if (token.depth !== 0 || !isSpeechVerb(token, true)) return;
      const w = windowAround(ctx, i);
      if (!isSpeechVerb(token) && !closesAttribution(ctx, w, i)) return;
      const speech = this.compute(i, w);
      this.speeches.set(i, speech);
      if (speech) this.timeline.push(speech);
      const antecedent = speech ?? this.spokenTo(i, w);
      if (antecedent) this.antecedents.push(antecedent);
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
    if (!this.bySentence) {
      // Indexed once: a quote-heavy article asks for many sentences.
      this.bySentence = new Map();
      for (const speech of this.timeline) {
        const at = tok(this.ctx, speech.verb)?.sentence ?? -1;
        const list = this.bySentence.get(at) ?? [];
        list.push(speech);
        this.bySentence.set(at, list);
      }
    }
    return this.bySentence.get(sentence) ?? [];
  }

  private subjectFor(v: number, w: Window): { subject: Subject; form: Form } | null {
    const ctx = this.ctx;
    const verb = tok(ctx, v);
    if (!verb || reducedPassive(ctx, v) || fullPassive(ctx, v)) return null;
    // "“…,” said Ruiz" inverts; "“…,” telling reporters" and "“…,” told Ruiz" name an addressee,
    // and a verb that speaks of someone its object ("…, star of “Night Shift,” thanked Ruiz").
    const judging = lang.speech.judgingVerbs.has(verb.lemma);
    if (followsQuote(ctx, w, v) && !isParticiple(verb) && verb.lemma !== "tell" && !judging) {
      const subject = subjectAfter(ctx, w, v);
      if (subject) return { subject, form: "after" };
    }
    const inverted = judging ? null : invertedSubject(ctx, w, v);
    if (inverted) return { subject: inverted, form: "after" };
    if (nounAfterPreposition(ctx, v)) return null;
    let k = v - 1;
    while (k >= w.lo && tok(ctx, k)?.pos === "ADV") k -= 1;
    const coordinated = tok(ctx, k)?.pos === "CCONJ";
    const object = objectBeforeInfinitive(ctx, w, v);
    if (isParticiple(verb) || coordinated || object >= 0) {
      // "The Washington Post quoted the official as saying …": the official.
      if (tok(ctx, v - 1)?.normal === "as") {
        const start = phraseEndingAt(ctx, w, v - 2);
        const lemma = start === null ? "" : (tok(ctx, start - 1)?.lemma ?? "");
        if (start !== null && (lemma === "quote" || lemma === "cite")) {
          return {
            subject: { start, end: v - 1, appositive: null, pronoun: false, documentFrom: false },
            form: "clause",
          };
        }
      }
      const subject =
        apartFrom(parsedClauseSubject(ctx, v), object) ??
        apartFrom(clauseSubject(ctx, w, v), object);
      return subject ? { subject, form: "clause" } : null;
    }
    const before = subjectBefore(ctx, w, v);
    if (before) return { subject: before, form: "before" };
    const clause = clauseSubject(ctx, w, v);
    return clause ? { subject: clause, form: "clause" } : null;
  }

  /** The one a passive verb that addresses someone speaks to: "Berg was asked", "the staff were told". */
  private spokenTo(v: number, w: Window): Speech | null {
    const verb = tok(this.ctx, v);
    if (!verb || !lang.speech.listenerVerbs.has(verb.lemma) || !fullPassive(this.ctx, v))
      return null;
    const subject = subjectBefore(this.ctx, w, v);
    return subject ? this.speechWith(v, subject, "before", w) : null;
  }

  private compute(v: number, w: Window): Speech | null {
    if (!judgesSomeone(this.ctx, w, v)) return null;
    const found = this.subjectFor(v, w);
    return found ? this.speechWith(v, found.subject, found.form, w) : null;
  }

  /** The speech of verb v said by a subject phrase found otherwise (the parse's agent). */
  speechWith(v: number, found: Subject, form: Form, w: Window): Speech | null {
    const verb = tok(this.ctx, v);
    if (!verb) return null;
    const subject = locativeHost(this.ctx, w, found, v);
    const verbText = verb.text.toLowerCase();
    const label =
      form === "after" ? `${verbText} X` : form === "clause" ? `X … ${verbText}` : `X ${verbText}`;
    const resolved = this.resolve(subject, w);
    if (!resolved) return null;
    // Written with the subject ("Sam Ortiz, a spokesman for …") or the one a pronoun or document stands for; a document that speaks for itself has its signers.
    const own = resolved.label === null;
    const affiliation =
      resolved.affiliation !== undefined
        ? resolved.affiliation
        : (this.affiliations.settle(
            own ? this.subjectAffiliation(subject) : null,
            resolved.person,
          ) ?? (own && resolved.person === null ? signerAffiliation(this.ctx, subject) : null));
    return {
      verb: v,
      subjectStart: subject.start,
      speaker: resolved.speaker,
      person: resolved.person,
      collective: resolved.collective,
      ...(resolved.bareName === undefined ? {} : { bareName: resolved.bareName }),
      affiliation,
      label:
        resolved.label ??
        (subject.documentFrom
          ? `${tok(this.ctx, subject.start - 2)?.normal ?? "statement"} from ${label}`
          : label),
    };
  }

  /** The affiliation of a speaker known only as text ("according to X"): by the name's last word. */
  affiliationByName(speaker: string): string | null {
    return this.affiliations.byName(speaker);
  }

  /** The affiliation written in a subject phrase: with its name, before its role noun ("a Kerr campaign aide"), or as the party a group is ("all 42 Senate Republicans"). */
  private subjectAffiliation(subject: Subject): string | null {
    const ctx = this.ctx;
    const name = headName(ctx, subject);
    if (name) return mentionAffiliation(ctx, name);
    return (
      prefixAffiliation(ctx, subject.end, subject.start) ??
      groupAffiliation(ctx, subject) ??
      (subject.appositive ? appositiveAffiliation(ctx, subject.end) : null)
    );
  }

  /** Who a subject phrase stands for: itself, or the person or group behind a pronoun, a document or a description. */
  resolve(subject: Subject, w: Window): (Resolved & { label: string | null }) | null {
    const ctx = this.ctx;
    if (subject.pronoun) {
      const pronoun = tok(ctx, subject.start)?.normal ?? "";
      if (w.level > 0) return null;
      const found = this.antecedent(pronoun, subject.start);
      return found ? { ...found, label: `${pronoun} → ${found.speaker}` } : null;
    }
    const head = tok(ctx, subject.end - 1);
    if (head && !subject.documentFrom && isDocument(ctx, subject.end - 1)) {
      const owner = documentOwner(ctx, subject, this);
      const written = phraseText(ctx, subject);
      if (owner) return { ...owner, label: `${written.toLowerCase()} → ${owner.speaker}` };
    }
    const holder =
      officeHolder(ctx, this.registry, this.timeline, subject) ??
      namedGroup(ctx, subject, (phrase) => this.named(phrase));
    if (holder)
      return { ...holder, label: `${phraseText(ctx, subject).toLowerCase()} → ${holder.speaker}` };
    const person = personName(ctx, subject, this.registry);
    const name = headName(ctx, subject);
    const collective = person === null && isCollective(ctx, subject);
    return {
      speaker: displayName(ctx, subject),
      person,
      collective,
      bareName:
        !person &&
        !collective &&
        name !== null &&
        name.end - name.start === 1 &&
        name.start === subject.start,
      label: null,
    };
  }

  /** The last earlier speaker a pronoun can stand for: a person for he/she (see `personAntecedent`), a group for they/it. */
  antecedent(pronoun: string, before: number): Resolved | null {
    const { ctx, registry, genders, antecedents } = this;
    return pronoun === "he" || pronoun === "she"
      ? personAntecedent({ ctx, registry, genders, timeline: antecedents }, pronoun, before)
      : groupAntecedent(antecedents, before);
  }

  /** A phrase that names someone, as written, with the full name when it is a person. */
  named(phrase: Phrase): Resolved {
    const person = personName(this.ctx, phrase, this.registry);
    // A group that issued a document is known by its party when its name says it ("the Republican caucus").
    const party = person === null ? groupAffiliation(this.ctx, phrase) : null;
    return {
      speaker: phraseText(this.ctx, phrase),
      person,
      collective: person === null && isCollective(this.ctx, phrase),
      ...(party === null ? {} : { affiliation: party }),
    };
  }

  /** "according to X" within a window: X. */
  accordingTo(w: Window): string | null {
    return accordingTo(this.ctx, w);
  }

  /** "In a statement, X …" at the start of a window: X, when a verb follows. */
  inAStatement(w: Window): string | null {
    return inAStatement(this.ctx, w);
  }
}
