import type { Dashboard } from '../protocol/index.ts';

/** The live class dashboard as the teacher screen shows it: the service's dashboard, less the session and items. */
export type DashboardData = Omit<Dashboard, 'session' | 'checks'> & {
  readonly checks: Pick<Dashboard['checks'], 'before' | 'after' | 'paired' | 'booster'>;
};
