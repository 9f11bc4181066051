import type { HelpDirectory, Lang } from '../content/index.ts';
import type { HelpItem } from '../ui/index.ts';

/** The help directory in one language, as the help panel shows it. */
export function helpItems(directory: HelpDirectory, lang: Lang): HelpItem[] {
  return directory.entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name[lang],
    for: e.for[lang],
    contacts: e.contacts.map((c) => ({ label: c.label[lang], href: c.href })),
    hours: e.hours[lang],
    cost: e.cost[lang],
    lastVerified: e.lastVerified,
    needsCheck: e.needsCheck === true,
    steps: 'steps' in e ? e.steps[lang] : [],
    starters: 'starters' in e ? e.starters[lang] : [],
    topics: e.topics,
  }));
}
