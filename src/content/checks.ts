import type { Lang } from './languages.ts';

/** One message of the before/after check, in one language. */
export interface CheckItem {
  readonly id: string;
  readonly from: string;
  readonly text: string;
  readonly manipulative: boolean;
  readonly why: string;
}

type Localized = Readonly<Record<Lang, string>>;
interface RawItem {
  readonly id: string;
  readonly from: Localized;
  readonly text: Localized;
  readonly manipulative: boolean;
  readonly why: Localized;
}

/**
 * The before/after recognition check (src/content/data/checks.json, validated by test/content/checks.test.ts):
 * different messages before and after, loaded only when a class takes the check.
 */
export async function loadCheck(phase: 'before' | 'after', lang: Lang): Promise<{ intro: string; items: CheckItem[] }> {
  const data = (await import('./data/checks.json')).default as unknown as {
    intro: Localized;
    before: readonly RawItem[];
    after: readonly RawItem[];
  };
  return {
    intro: data.intro[lang],
    items: data[phase].map((item) => ({
      id: item.id,
      from: item.from[lang],
      text: item.text[lang],
      manipulative: item.manipulative,
      why: item.why[lang],
    })),
  };
}
