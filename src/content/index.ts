/** Content: scenario metadata, technique taxonomy, languages. Data and typed loaders; no DOM. */
export { DIRECTION, isLang, LANGUAGES, type Lang } from './languages.ts';
export { type CompiledScript, loadRegistry, type ScenarioEntry, type StoryFiles } from './registry.ts';
export { firstChatOf, parseScenario, type Scenario, ScenarioSchema, vocabularyOf } from './scenario.ts';
export { TECHNIQUE_IDS, type TechniqueName } from './techniques.ts';
