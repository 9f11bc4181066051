import { type CompiledScript, isLang, type Lang, loadRegistry } from './content/index.ts';
import { ScenarioRunner } from './engine/index.ts';
import { mountPlainPlayer } from './ui/index.ts';

/** Entry point: reads the URL, then plays the chosen scenario (the sample by default) in the plain player. */
async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  const params = new URLSearchParams(location.search);
  const registry = loadRegistry({
    metadata: import.meta.glob('../stories/*/scenario.json', { eager: true, import: 'default' }),
    scripts: import.meta.glob<CompiledScript>('../stories/*/{fr,ar,en}.ink'),
  });
  const wanted = params.get('scenario') ?? 'sample';
  const entry = registry.get(wanted) ?? registry.get('sample') ?? [...registry.values()][0];
  if (!entry) throw new Error('no scenario found under stories/');
  const langParam = params.get('lang');
  const lang: Lang = isLang(langParam) ? langParam : 'fr';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const script = await entry.load(lang);
  const s = entry.scenario;
  const runner = new ScenarioRunner({
    story: script.story,
    scenario: s.id,
    lang,
    contentHash: script.contentHash,
    firstChat: entry.firstChat,
    vocabulary: entry.vocabulary,
    onWarning: (message) => console.warn(`[${s.id}/${lang}] ${message}`),
  });
  const title = document.createElement('h1');
  title.textContent = s.title[lang];
  const main = document.createElement('main');
  root.replaceChildren(title, main);
  mountPlainPlayer(main, runner, {
    person: (id) => s.characters[id]?.name[lang] ?? id,
    voice: (id) => {
      const v = s.voices[id];
      return v ? `${v.name[lang]} (${v.role[lang]})` : id;
    },
    you: { fr: 'Toi', ar: 'أنت', en: 'You' }[lang],
    choicesLabel: { fr: 'Ta réponse', ar: 'ردّك', en: 'Your reply' }[lang],
    endLabel: { fr: 'Fin', ar: 'النهاية', en: 'The end' }[lang],
  });
}

start().catch((e: unknown) => {
  console.error(e);
  const root = document.getElementById('app');
  if (root) root.textContent = 'The game could not start. Please reload the page.';
});
