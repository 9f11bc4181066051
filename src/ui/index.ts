/** The HTML layer: everything the player reads and presses. Text is always inserted as text. */
export { type Announce, mountAnnouncer } from './announcer.ts';
export { avatar } from './avatar.ts';
export { renderEntry } from './bubble.ts';
export { type Cast, type ChatInfo, initials, type Person, type TechniqueText } from './cast.ts';
export { ChatView, type ChatViewOptions } from './chat-view.ts';
export { type ChoiceLabels, parseChoiceLabels } from './class-choice-labels.ts';
export { markClassPath, parseStoryMap } from './class-map.ts';
export { watchContentHeight } from './content-height.ts';
export { renderChatLoading, renderContentNote } from './content-note.ts';
export { type DebriefViewOptions, renderDebrief } from './debrief-view.ts';
export { applyDocumentLook, type DocumentLook } from './document-settings.ts';
export { conjunctionList, h, ownWords, prefersReducedMotion } from './dom.ts';
export { FeedView } from './feed-view.ts';
export { type FieldGuideSources, fieldGuideEntries, fieldGuideFound } from './field-guide-entries.ts';
export { type FieldGuideEntry, type FieldGuideViewOptions, showFieldGuide } from './field-guide-view.ts';
export type { HelpFact, HelpItem } from './help-entry.ts';
export { type HelpPanelOptions, openHelp } from './help-panel.ts';
export { type HomeChoice, type HomeGuide, type HomeViewOptions, renderHome, type StoryCard } from './home-view.ts';
export { type PlaybookViewOptions, renderPlaybook } from './playbook-view.ts';
export { ProjectorChatView } from './projector-chat-view.ts';
export { ProjectorStage } from './projector-stage.ts';
export { mountSafetyBar, renderNeutralScreen } from './safety-bar.ts';
export { openSettings, type SettingsValues } from './settings-dialog.ts';
export {
  type Offset,
  type SortBins,
  type SortCard,
  type SortPlacement,
  type SortStage,
  SortView,
} from './sort-view.ts';
export type { Translate } from './strings.ts';
export { type DashboardData, TeacherDashboard, type TeacherDashboardOptions } from './teacher-dashboard.ts';
export { type ClassVote, mostHands, renderClassVotes, renderVotePanel, type VoteOutcome } from './vote-panel.ts';
