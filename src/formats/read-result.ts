import type { DateInput, TimelineInput } from "../model/types.js";
import type { Location } from "./types.js";

/** A date as written in the source, with where it was found, so it can be checked in place. */
export interface DateSite {
  readonly value: DateInput;
  readonly at: Location;
  /** The field in our schema: `start`, `end`, `sources[0].date`, `eras[1].start`, `referenceDate`. */
  readonly field: string;
  /** What the date belongs to: dropping that item is how "collect" mode recovers from a bad date. */
  readonly owner: { readonly kind: "event" | "era" | "document"; readonly index: number };
}

/** What every reader returns: the raw document and where each of its dates was written. */
export interface ReadResult {
  readonly input: TimelineInput;
  readonly dates: readonly DateSite[];
  /** Where the document's time zone was written, when it names one. */
  readonly timeZoneAt?: Location;
}
