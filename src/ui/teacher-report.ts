import type { EarlierClass, SessionKind } from '../protocol/index.ts';
import { type ChoiceLabels, inStoryOrder } from './class-choice-labels.ts';
import {
  downloadCsv,
  openEndDialog,
  type ReportHeading,
  type ReportNames,
  renderClassReport,
  reportCsv,
  reportRows,
} from './class-report.ts';
import type { DashboardData } from './dashboard-data.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What the class report needs from the teacher's screen: strings, language, stories, and how to name things. */
export interface TeacherReportOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly stories: readonly { readonly id: string; readonly title: string }[];
  /** Names in the teacher's language for a scenario's techniques and endings. */
  readonly names: { technique(scenario: string, id: string): string; ending(scenario: string, id: string): string };
  /** "Choice 3" and an option's text, as the dashboard numbers and words them. */
  readonly choiceTitle: (point: string, fallback: number) => string;
  readonly optionLabel: (point: string, option: number) => string;
}

/** The session the report is about: its kind, story, when it was created, and (a booster) the earlier class. */
export interface ReportSession {
  readonly kind: SessionKind;
  readonly scenario: string;
  readonly createdAt: number;
  readonly earlier: EarlierClass | undefined;
}

/**
 * The class report on the teacher's screen: while the session runs, its buttons (print, CSV) and the report for the
 * printer; after the end, the report itself, until the teacher leaves the page. Built from the figures the dashboard
 * shows, nothing more.
 */
export class TeacherReport {
  readonly element = h('section', {
    className: 'class-report-slot live',
    'aria-labelledby': 'class-report-title',
    hidden: true,
  });
  readonly #o: TeacherReportOptions;
  readonly #body = h('div', { className: 'class-report-body' });
  #session: ReportSession = { kind: 'story', scenario: '', createdAt: 0, earlier: undefined };
  #last: DashboardData | undefined;
  #labels: ChoiceLabels = new Map();

  constructor(o: TeacherReportOptions) {
    this.#o = o;
  }

  /** A session started: the report's title, buttons and a note on where the figures are. */
  start(session: ReportSession): void {
    const t = this.#o.t;
    this.#session = session;
    this.#last = undefined;
    this.#body.replaceChildren();
    const button = (label: string, onclick: () => void) =>
      h('button', { type: 'button', className: 'btn secondary', onclick }, label);
    this.element.replaceChildren(
      h('h2', { id: 'class-report-title' }, t('teacher.report.title')),
      h(
        'p',
        { className: 'actions' },
        button(t('teacher.report.print'), () => window.print()),
        ' ',
        button(t('teacher.report.csv'), () => downloadCsv(this.csv(), this.#fileName())),
      ),
      h('p', { className: 'report-hint' }, t('teacher.report.hint')),
      this.#body,
    );
    this.element.classList.add('live');
    this.element.hidden = false;
  }

  /** The session ended: the report stays, now on screen (not only in print). */
  ended(): void {
    this.element.classList.remove('live');
  }

  /** The choice points' numbers and options' text, for the CSV's order. */
  setLabels(labels: ChoiceLabels): void {
    this.#labels = labels;
  }

  /** Rebuilds the report from the latest figures and the map as marked now (a copy: the live map stays on screen). */
  update(d: DashboardData, liveMap: SVGSVGElement | undefined): void {
    this.#last = d;
    const map = liveMap?.cloneNode(true) as SVGSVGElement | undefined;
    map?.removeAttribute('id');
    // Its own class: the live map stays the one `.class-map` on the page.
    map?.classList.replace('class-map', 'class-map-print');
    const o = this.#o;
    this.#body.replaceChildren(
      renderClassReport(d, { t: o.t, names: this.#names(), heading: this.#heading(), map, booster: this.#booster() }),
    );
  }

  /** The report as CSV (UTF-8 with a byte-order mark). */
  csv(): string {
    const d = this.#last;
    if (!d) return reportCsv([]);
    const ordered = { ...d, choices: inStoryOrder(d.choices, this.#labels) };
    return reportCsv(reportRows(ordered, this.#names(), this.#o.t, this.#heading(), this.#booster()));
  }

  /** Asks before ending (ending deletes every result on the service), offering the report first. */
  confirmEnd(onConfirm: () => void): void {
    openEndDialog({ t: this.#o.t, csv: () => this.csv(), fileName: this.#fileName(), onConfirm });
  }

  /** The side-by-side options of a booster session's report, or undefined for a story session. */
  #booster() {
    if (this.#session.kind !== 'booster') return undefined;
    return { earlier: this.#session.earlier, date: (ms: number) => this.date(ms) };
  }

  #fileName(): string {
    const { kind, scenario } = this.#session;
    return kind === 'booster' ? `class-${scenario}-booster.csv` : `class-${scenario}.csv`;
  }

  /** A date (and time) as the teacher's language writes it, with Latin digits. */
  date(ms: number): string {
    const format = { dateStyle: 'long', timeStyle: 'short', numberingSystem: 'latn' } as const;
    return new Intl.DateTimeFormat(this.#o.lang, format).format(ms);
  }

  #heading(): ReportHeading {
    const o = this.#o;
    const { scenario, createdAt } = this.#session;
    const story = o.stories.find((s) => s.id === scenario)?.title ?? scenario;
    return { lang: o.lang, dir: o.dir, story, date: this.date(createdAt) };
  }

  #names(): ReportNames {
    const o = this.#o;
    const scenario = this.#session.scenario;
    return {
      choice: o.choiceTitle,
      option: o.optionLabel,
      technique: (id) => o.names.technique(scenario, id),
      ending: (id) => o.names.ending(scenario, id),
    };
  }
}
