import { predicateAffiliation } from "./affiliation-appositive";
import { isParty } from "./parties";
import { type QuoteContext } from "../text";
import { mentionAffiliation } from "./affiliation";
import type { PersonRegistry } from "./names";
import { lang } from "../lang";

/**
 * Each named person's affiliation across an article, so that "Cummings
 * said" late in the article still knows "Rep. Elijah Cummings, D-Md." from
 * the first paragraph. A party stated at any mention wins over an
 * organisation stated at another: the party is what places a speaker on a
 * side ("U.S. Senate candidate Richard Blumenthal" … "Mr. Blumenthal, a
 * Democrat"). A spokesman or aide for a named person takes that person's
 * stated party ("Sam Ortiz, a spokesman for Ms. Dorsey", Dorsey "(D-Nev.)").
 */
export class Affiliations {
  /** By full name (as the registry spells it): the affiliation the article states for that person. */
  private readonly stated = new Map<string, string>();

  constructor(
    ctx: QuoteContext,
    private readonly registry: PersonRegistry,
  ) {
    for (const { run, head } of registry.named) {
      const name = registry.full.get(ctx.tokens[head.end - 1]?.normal ?? "");
      if (!name || isParty(this.stated.get(name) ?? null) || ctx.tokens[head.start]?.depth !== 0)
        continue;
      const affiliation =
        mentionAffiliation(ctx, head) ?? predicateAffiliation(ctx, run.start, head.end);
      if (affiliation && (!this.stated.has(name) || isParty(affiliation)))
        this.stated.set(name, affiliation);
    }
  }

  /** The affiliation the article states for a named person, by full name. */
  of(person: string | null): string | null {
    return person === null ? null : (this.stated.get(person) ?? null);
  }

  /** The person a name written as text stands for ("Ms. Dorsey", "President Varga"), by its last word. */
  private personNamed(text: string): string | null {
    const words = text.split(/[\s,]+/).filter((word) => /^\p{Lu}/u.test(word));
    const key = (words[words.length - 1] ?? "").toLowerCase().replace(/[’‘`´]/g, "'");
    return this.registry.full.get(key) ?? null;
  }

  /**
   * The affiliation of a speaker known only as text ("according to X"): by the last word of the
   * name before any description ("Tom Reed, the husband of Rep. Jane Doyle" is Reed, not Doyle).
   */
  byName(speaker: string): string | null {
    return this.settle(null, this.personNamed(speaker.split(",")[0] ?? speaker));
  }

  /**
   * The affiliation to report for a speaker: what their own mention states,
   * unless the article states a party for them elsewhere; and for someone
   * who serves a named person ("a spokesman for Ms. Dorsey", "a Kerr aide"),
   * that person's party when the article states one.
   */
  settle(mention: string | null, person: string | null): string | null {
    const elsewhere = this.of(person);
    // A party written with this mention stands ("Arlen Specter, then a Republican"); else a party stated elsewhere.
    const affiliation =
      isParty(mention) || !isParty(elsewhere) ? (mention ?? elsewhere) : elsewhere;
    if (affiliation === null || isParty(affiliation)) return affiliation;
    const served = this.servedParty(affiliation, person);
    return served ?? affiliation;
  }

  /** The stated party of the person an affiliation names ("Ms. Dorsey" → Democrats), not of an organisation. */
  private servedParty(affiliation: string, person: string | null): string | null {
    const words = affiliation.split(/\s+/);
    // A person's name, titles allowed: every word capitalised, none an organisation's ("the Varga campaign").
    const personal = words.every(
      (word) => /^\p{Lu}/u.test(word) && !lang.names.organisationWords.has(word.toLowerCase()),
    );
    if (!personal) return null;
    const served = this.personNamed(affiliation);
    if (served === null || served === person) return null;
    const party = this.of(served);
    return isParty(party) ? party : null;
  }
}
