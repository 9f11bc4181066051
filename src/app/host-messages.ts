import type { GameMessage } from '../platform/index.ts';
import type { PlayReport } from '../protocol/index.ts';

/**
 * What a host page hears of play: only that a story started or ended, in the partner protocol's own words
 * (docs/partners.md; its `type` names are public). Choices and flags go to a class session alone.
 */
export function toHostMessage(report: PlayReport): GameMessage | undefined {
  switch (report.kind) {
    case 'scenarioStarted':
      return { type: 'scenario-started', scenario: report.scenario, lang: report.lang };
    case 'scenarioEnded': {
      const { scenario, ending, spotted, missed } = report;
      return { type: 'scenario-ended', scenario, ending, spotted, missed };
    }
    case 'choice':
    case 'flag':
    case 'check':
      return undefined;
  }
}
