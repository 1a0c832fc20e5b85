import { findQuotes } from "../quotes";

import { preparedFromText } from "./prepared";

/** [quoted text, speaker, attribution] for every quote of a plain text: the speaker tests' view. */
export const who = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [
    quote.text,
    quote.speaker,
    quote.attribution,
  ]);
