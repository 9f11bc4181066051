/** Content: scenario metadata, technique taxonomy, languages. Data and typed loaders; no DOM. */

export { type CheckItem, loadCheck } from './checks.ts';
export {
  adultHelpDirectoryMa,
  formatVerified,
  type HelpDirectory,
  HelpDirectorySchema,
  type HelpEntry,
  type HelpKind,
  helpDirectoryMa,
  helpFor,
  parseHelpDirectory,
} from './help-directory.ts';
export { DIRECTION, isLang, LANGUAGES, type Lang } from './languages.ts';
export { createTranslator, loadMessages, type Message, type Messages } from './locale.ts';
export {
  asksGender,
  genderFor,
  PLAYER_GENDER_VARIABLE,
  PLAYER_GENDERS,
  type PlayerGender,
  playerVariables,
} from './player-gender.ts';
export {
  type CompiledOpening,
  type CompiledScript,
  loadRegistry,
  type ScenarioEntry,
  type StoryFiles,
} from './registry.ts';
export {
  AVATAR_LOOKS,
  firstChatOf,
  parseScenario,
  recruitersOf,
  type Scenario,
  ScenarioSchema,
  vocabularyOf,
} from './scenario.ts';
export {
  ordinaryInfo,
  parseTaxonomy,
  type Taxonomy,
  TaxonomySchema,
  type TechniqueInfo,
  techniqueInfo,
} from './taxonomy.ts';
export { TECHNIQUE_IDS, type TechniqueName } from './techniques.ts';
