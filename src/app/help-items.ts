import { formatVerified, type HelpDirectory, type Lang } from '../content/index.ts';
import type { HelpFact, HelpItem } from '../ui/index.ts';

function fact(value: 'check' | Readonly<Record<Lang, string>>, lang: Lang): HelpFact {
  return value === 'check' ? { kind: 'check' } : { kind: 'text', text: value[lang] };
}

/** The help directory in one language, as the help panel shows it (verification notes stay in the teacher guide). */
export function helpItems(directory: HelpDirectory, lang: Lang): HelpItem[] {
  return directory.entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name[lang],
    for: e.for[lang],
    contacts: e.contacts.map((c) => ({ label: c.label[lang], href: c.href })),
    hours: fact(e.hours, lang),
    cost: fact(e.cost, lang),
    verifiedOn: formatVerified(e.lastVerified, lang),
    needsCheck: e.needsCheck === true,
    ...(e.quick ? { quick: e.quick[lang] } : {}),
    steps: 'steps' in e ? e.steps[lang] : [],
    starters: 'starters' in e ? e.starters[lang] : [],
    topics: e.topics,
  }));
}
