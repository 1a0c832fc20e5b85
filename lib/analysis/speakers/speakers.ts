import { clauseSubject } from "./clause-subject";
import {
  isName,
  phraseEndingAt,
  type Phrase,
  type Subject,
  subjectAfter,
  subjectBefore,
} from "./noun-phrases";
import { isParticiple, isSpeechVerb, windowAround, type QuoteContext, type Window } from "../text";
import { appositiveAffiliation } from "./affiliation-appositive";
import { prefixAffiliation } from "./affiliation-prefix";
import { signerAffiliation } from "./document-signers";
import { groupAffiliation, mentionAffiliation } from "./affiliation";
import { Affiliations } from "./affiliations";
import {
  accordingTo,
  documentOwner,
  inAStatement,
  type OwnerLookups,
  type Resolved,
} from "./documents";
import { buildGenders, type GenderSign } from "./gender";
import { personAntecedent } from "./pronouns";
import {
  buildPersonRegistry,
  headName,
  isCollective,
  type PersonRegistry,
  personName,
  phraseText,
} from "./names";
import { lang } from "../lang";

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
  /** The speaker's party or organisation as the article states it ("Democrats", "the Obama campaign"). */
  affiliation: string | null;
}

type Form = "before" | "after" | "clause";

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
export class SpeakerFinder implements OwnerLookups {
  readonly registry: PersonRegistry;
  /** Each named person's affiliation and gender as the article signals them, by full name. */
  private readonly affiliations: Affiliations;
  private readonly genders: Map<string, GenderSign>;
  private readonly speeches = new Map<number, Speech | null>();
  /** Resolved speeches outside quotes, in text order: the antecedents for pronouns. */
  private readonly timeline: Speech[] = [];
  private bySentence: Map<number, Speech[]> | null = null;

  constructor(private readonly ctx: QuoteContext) {
    this.registry = buildPersonRegistry(ctx);
    this.affiliations = new Affiliations(ctx, this.registry);
    this.genders = buildGenders(ctx, this.registry);
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
          return {
            subject: { start, end: v - 1, appositive: null, pronoun: false, documentFrom: false },
            form: "clause",
          };
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
    const label =
      form === "after" ? `${verbText} X` : form === "clause" ? `X … ${verbText}` : `X ${verbText}`;
    const resolved = this.resolve(subject, w);
    if (!resolved) return null;
    // Written with the subject ("Jim Manley, a spokesman for …") or, for a pronoun or a document, with the one it
    // stands for; a document that still speaks for itself has its signers ("a letter signed by 90 scholars").
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

  /**
   * The affiliation written in a subject phrase: with its name, before its role noun ("a Romney
   * campaign aide"), or as the party a group is ("all 42 Senate Republicans").
   */
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
    if (head && !subject.documentFrom && lang.speech.documentNouns.has(head.lemma)) {
      const owner = documentOwner(ctx, subject, this);
      const written = phraseText(ctx, subject);
      if (owner) return { ...owner, label: `${written.toLowerCase()} → ${owner.speaker}` };
    }
    const holder = this.officeHolder(subject) ?? this.namedGroup(subject);
    if (holder)
      return { ...holder, label: `${phraseText(ctx, subject).toLowerCase()} → ${holder.speaker}` };
    const person = personName(ctx, subject, this.registry);
    const name = headName(ctx, subject);
    const collective = person === null && isCollective(ctx, subject);
    return {
      speaker: this.display(subject),
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
    if (coreNamed && short && describes(ctx, appositive))
      return `${core}, ${phraseText(ctx, appositive)}`;
    return core;
  }

  /**
   * "the Texas governor": the last person named earlier with that office
   * ("Gov. Rick Perry"); failing that, when the office has a capitalised
   * modifier ("the Texas governor", "the Republican senator"), the person who
   * spoke last, within three sentences, unless the article gives that person
   * another office.
   */
  private officeHolder(subject: Subject): Resolved | null {
    const ctx = this.ctx;
    if (tok(ctx, subject.start)?.normal !== "the" || headName(ctx, subject) !== null) return null;
    const forms = lang.names.officeNouns.get(tok(ctx, subject.end - 1)?.normal ?? "");
    if (!forms) return null;
    const mentions = this.registry.mentions;
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k];
      if (!mention || mention.index >= subject.start) continue;
      if (mention.titles.some((title) => forms.includes(title))) {
        return { speaker: mention.name, person: mention.name, collective: false };
      }
    }
    const modifier = tok(ctx, subject.end - 2);
    if (subject.end - subject.start < 3 || !modifier || !/^\p{Lu}/u.test(modifier.text))
      return null;
    const sentence = tok(ctx, subject.start)?.sentence ?? 0;
    for (let k = this.timeline.length - 1; k >= 0; k -= 1) {
      const speech = this.timeline[k];
      if (!speech || speech.verb >= subject.start) continue;
      if ((tok(ctx, speech.verb)?.sentence ?? -1) < sentence - 3 || !speech.person) return null;
      const person = speech.person;
      const offices = [...lang.names.officeNouns.values()]
        .filter((other) => other !== forms)
        .flat();
      const elsewhere = mentions.some(
        (m) =>
          m.name === person &&
          m.titles.some((title) => offices.includes(title) && !forms.includes(title)),
      );
      return elsewhere
        ? null
        : { speaker: person, person, collective: false, affiliation: speech.affiliation };
    }
    return null;
  }

  /** "The group has drafted …": the organisation named just before ("The nearby St. Louis Tea Party"). */
  private namedGroup(subject: Subject): Resolved | null {
    const ctx = this.ctx;
    const head = tok(ctx, subject.end - 1);
    if (
      tok(ctx, subject.start)?.normal !== "the" ||
      !head ||
      !lang.names.groupHeads.has(head.normal)
    )
      return null;
    for (let i = subject.start; i < subject.end; i += 1) if (isName(ctx, i)) return null;
    const sentence = head.sentence;
    for (let k = subject.start - 1; k >= 0; k -= 1) {
      const token = tok(ctx, k);
      if (!token || token.sentence < sentence - 2) break;
      if (token.depth > 0 || !lang.names.organisationWords.has(token.normal) || !isName(ctx, k))
        continue;
      let start = k;
      while (
        start > 0 &&
        isName(ctx, start - 1) &&
        tok(ctx, start - 1)?.sentence === token.sentence
      )
        start -= 1;
      return this.named({ start, end: k + 1 });
    }
    return null;
  }

  /** The last earlier speaker a pronoun can stand for: a person for he/she (see `personAntecedent`), a group for they/it. */
  antecedent(pronoun: string, before: number): Resolved | null {
    if (pronoun === "he" || pronoun === "she") {
      return personAntecedent(
        { ctx: this.ctx, registry: this.registry, genders: this.genders, timeline: this.timeline },
        pronoun,
        before,
      );
    }
    for (let k = this.timeline.length - 1; k >= 0; k -= 1) {
      const speech = this.timeline[k];
      if (speech && speech.verb < before && speech.collective) {
        return {
          speaker: speech.speaker,
          person: null,
          collective: true,
          affiliation: speech.affiliation,
        };
      }
    }
    return null;
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
