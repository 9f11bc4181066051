import type { LineTags } from '../src/engine/index.ts';

/**
 * What a path still owes the player, carried along every path of the walk: a #distress line must be answered in its
 * own knot by a #checkin line and a `#help: distress` card, and a path must show at least one #help card before its
 * ending. Part of the walker's state key, so two paths that reach the same story state owing different things are
 * both followed.
 */
export interface PathDuties {
  /** A #help card was shown on this path (a card opens the help panel at its topic). */
  readonly sawHelp: boolean;
  /** A #distress line not yet answered: the knot it was in, its text, and what is still missing. */
  readonly distress?: {
    readonly knot: string;
    readonly text: string;
    readonly needsCheckin: boolean;
    readonly needsCard: boolean;
  };
  /** The ending line reached on this path, if any. */
  readonly ending?: { readonly id: string; readonly text: string };
}

/** A report sink: a message and the story text it is about (located in the source by the caller). */
export type Say = (message: string, text: string) => void;

/** Tells which knots a line of output may be written in (several when the same text appears in several knots). */
export type KnotsOf = (text: string) => readonly string[] | undefined;

export const NO_DUTIES: PathDuties = { sawHelp: false };

/** A short, stable key for the walker's memo. */
export function dutiesKey(d: PathDuties): string {
  const distress = d.distress ? `${d.distress.knot}:${+d.distress.needsCheckin}${+d.distress.needsCard}` : '-';
  return `${+d.sawHelp}|${distress}|${d.ending?.id ?? ''}`;
}

function missing(d: NonNullable<PathDuties['distress']>): string {
  return [d.needsCheckin && 'a #checkin line', d.needsCard && 'a `#help: distress` card']
    .filter((x): x is string => typeof x === 'string')
    .join(' and ');
}

function leftKnot(d: PathDuties, where: string, say: Say): PathDuties {
  if (!d.distress) return d;
  say(
    `a #distress line must be answered in its own knot "${d.distress.knot}" by a #checkin line from a friend or ` +
      `family member and a \`#help: distress\` card; this path ${where} without ${missing(d.distress)}`,
    d.distress.text,
  );
  const { distress: _answered, ...rest } = d;
  return rest;
}

/** Updates the duties after one line of output (`knots`: where the line may be written, if known). */
export function afterLine(
  d: PathDuties,
  line: { readonly text: string; readonly tags: LineTags },
  knots: readonly string[] | undefined,
  say: Say,
): PathDuties {
  let next = d;
  if (next.distress && knots && !knots.includes(next.distress.knot)) {
    next = leftKnot(next, `leaves the knot (to "${knots[0] ?? '?'}")`, say);
  }
  if (line.tags.help) next = { ...next, sawHelp: true };
  if (next.distress) {
    const needsCheckin = next.distress.needsCheckin && !line.tags.isCheckin;
    const needsCard = next.distress.needsCard && line.tags.help !== 'distress';
    next =
      needsCheckin || needsCard
        ? { ...next, distress: { ...next.distress, needsCheckin, needsCard } }
        : noDistress(next);
  }
  if (line.tags.isDistress) {
    const knot = knots?.[0] ?? '?';
    next = { ...next, distress: { knot, text: line.text, needsCheckin: true, needsCard: true } };
  }
  if (line.tags.ending) next = { ...next, ending: { id: line.tags.ending, text: line.text } };
  return next;
}

function noDistress(d: PathDuties): PathDuties {
  const { distress: _done, ...rest } = d;
  return rest;
}

/** At a choice point in `knot`: a pending distress line must be answered before the story leaves its knot. */
export function atChoices(d: PathDuties, knot: string, say: Say): PathDuties {
  if (!d.distress || d.distress.knot === knot) return d;
  return leftKnot(d, `reaches a choice in "${knot}"`, say);
}

/** At the end of a path: nothing may still be owed, and the path to its ending must have shown a #help card. */
export function atEnd(d: PathDuties, say: Say): void {
  leftKnot(d, 'ends', say);
  if (d.ending && !d.sawHelp) {
    say(
      `the path to ending "${d.ending.id}" shows no #help card: every ending's path must point the player to help ` +
        '(a `#help:` line) before the debrief',
      d.ending.text,
    );
  }
}
