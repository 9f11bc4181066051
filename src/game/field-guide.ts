import { type FieldGuideEntry, fieldGuideEntries, showFieldGuide } from '../ui/index.ts';
import type { FieldGuideCard, GameContext } from './ports.ts';

const LANGS = ['fr', 'ar', 'en'] as const;
type CardLang = FieldGuideCard['lang'];
const cardLang = (code: string): CardLang => LANGS.find((l) => l === code) ?? 'fr';

/** The guide's cards in the player's language now; each caught line stays in the language it was read. */
function entries(ctx: GameContext): readonly FieldGuideEntry[] {
  const lang = ctx.lang();
  return fieldGuideEntries({
    techniques: ctx.catalog.techniques(lang),
    cards: ctx.fieldGuide.cards(),
    storyTitle: (id) => ctx.catalog.card(id, lang)?.title ?? id,
    dirOf: (code) => ctx.catalog.languages.find((l) => l.code === code)?.dir ?? 'ltr',
  });
}

/**
 * Opens the player's field guide over the current screen. Chat and debrief call it; Home can call it too (it needs
 * only the game context). Focus returns to `opener` when it closes.
 */
export function openFieldGuide(ctx: GameContext, opener?: HTMLElement | null): void {
  const lang = ctx.lang();
  const dir = ctx.catalog.languages.find((l) => l.code === lang)?.dir ?? 'ltr';
  const notice = ctx.fieldGuide.takeSetAside() ? ctx.t()('guide.setAside') : undefined;
  showFieldGuide({ t: ctx.t(), lang, dir, entries: entries(ctx), ...(notice ? { notice } : {}) }, opener);
}

/**
 * A red flag caught right in a story: each technique not yet in the guide becomes a card with the line it was caught
 * on. Returns what to tell the player (one line per new card); the guide stays on this device.
 */
export function collectCards(
  ctx: GameContext,
  scenario: string,
  line: { readonly text: string },
  techniques: readonly string[],
): readonly string[] {
  const t = ctx.t();
  const lang = ctx.lang();
  const cast = ctx.catalog.cast(scenario, lang);
  return techniques.flatMap((technique) => {
    const card = { technique, scenario, lang: cardLang(lang), text: line.text, at: Date.now() };
    const outcome = ctx.fieldGuide.add(card);
    const name = cast.technique(technique).name;
    if (outcome === 'known') return [];
    return [outcome === 'added' ? t('guide.newCard', { name }) : t('guide.notKept', { name })];
  });
}

/** The cards this story added to the guide (its first catches), by name in the player's language. */
export function cardsFromStory(ctx: GameContext, scenario: string): readonly string[] {
  const names = new Map(ctx.catalog.techniques(ctx.lang()).map((t) => [t.id, t.name]));
  return ctx.fieldGuide
    .cards()
    .filter((c) => c.scenario === scenario)
    .map((c) => names.get(c.technique) ?? c.technique);
}
