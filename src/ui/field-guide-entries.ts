import type { FieldGuideEntry } from './field-guide-view.ts';

/** What the field guide is built from: the techniques in the player's language and the cards kept on the device. */
export interface FieldGuideSources {
  readonly techniques: readonly { readonly id: string; readonly name: string; readonly short: string }[];
  readonly cards: readonly {
    readonly technique: string;
    readonly scenario: string;
    readonly text: string;
    readonly lang: string;
  }[];
  /** A story's title in the player's language now. */
  readonly storyTitle: (scenario: string) => string;
  readonly dirOf: (lang: string) => 'ltr' | 'rtl';
}

/** The guide's cards in the player's language now; each caught line stays in the language it was read. */
export function fieldGuideEntries(s: FieldGuideSources): readonly FieldGuideEntry[] {
  return s.techniques.map((technique) => {
    const card = s.cards.find((c) => c.technique === technique.id);
    if (!card) return technique;
    return {
      ...technique,
      caught: { story: s.storyTitle(card.scenario), text: card.text, lang: card.lang, dir: s.dirOf(card.lang) },
    };
  });
}

/** How many of the techniques have a card (a card for a technique no longer taught does not count). */
export function fieldGuideFound(s: Pick<FieldGuideSources, 'techniques' | 'cards'>): number {
  return s.techniques.filter((t) => s.cards.some((c) => c.technique === t.id)).length;
}
