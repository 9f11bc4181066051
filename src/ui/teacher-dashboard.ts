import './class-session.css';
import { type ChoiceLabels, inStoryOrder } from './class-choice-labels.ts';
import { renderEvidence } from './class-evidence.ts';
import { markClassPath, parseStoryMap, pointNumber } from './class-map.ts';
import {
  downloadCsv,
  openEndDialog,
  type ReportHeading,
  type ReportNames,
  renderClassReport,
  reportCsv,
  reportRows,
} from './class-report.ts';
import { bar, qrImage, table } from './class-table.ts';
import type { DashboardData } from './dashboard-data.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

export type { DashboardData } from './dashboard-data.ts';

/** What the teacher screen needs and reports. */
export interface TeacherDashboardOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly stories: readonly { readonly id: string; readonly title: string }[];
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  /** Names in the teacher's language for a scenario's techniques and endings. */
  readonly names: { technique(scenario: string, id: string): string; ending(scenario: string, id: string): string };
  readonly onCreate: (scenario: string, lang: string) => void;
  readonly onEnd: () => void;
  /** The teacher closes the session to new students (`true`) or opens it again. */
  readonly onLock: (locked: boolean) => void;
  readonly onHome: () => void;
  /** The clock for spacing screen-reader announcements (tests pass their own). */
  readonly now?: () => number;
}

/** Live announcements are spaced at least this far apart, so a screen reader is not talking all lesson. */
const ANNOUNCE_EVERY_MS = 10_000;

/**
 * The teacher's screen for a live class session: pick a story and language, create the session, show the join code,
 * link and QR code, then the class's answers live. Every figure stays hidden until enough students answered it.
 */
export class TeacherDashboard {
  readonly element: HTMLElement;
  readonly #o: TeacherDashboardOptions;
  readonly #setup: HTMLElement;
  readonly #session = h('section', { className: 'class-session', 'aria-labelledby': 'class-code-title', hidden: true });
  readonly #results = h('section', {
    className: 'class-results',
    'aria-labelledby': 'class-results-title',
    hidden: true,
  });
  readonly #figures = h('div', {});
  /** The class report: its buttons while the session runs; after the end, the report itself, until the teacher leaves. */
  readonly #report = h('section', {
    className: 'class-report-slot live',
    'aria-labelledby': 'class-report-title',
    hidden: true,
  });
  readonly #reportBody = h('div', { className: 'class-report-body' });
  #createdAt = 0;
  readonly #mapSlot = h('div', { className: 'class-map-slot' });
  #map: SVGSVGElement | undefined;
  readonly #joined = h('p', { className: 'class-joined' });
  readonly #seats = h('span', {});
  readonly #lock = h('button', { type: 'button', className: 'btn secondary', 'aria-pressed': 'false' });
  #locked = false;
  #joinedCount = 0;
  readonly #live = h('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  readonly #notice = h('p', { className: 'notice', role: 'status', hidden: true });
  readonly #create: HTMLButtonElement;
  #scenario = '';
  #labels: ChoiceLabels = new Map();
  #last: DashboardData | undefined;
  #lastAnnounced = Number.NEGATIVE_INFINITY;
  #announced = '';

  constructor(o: TeacherDashboardOptions) {
    this.#lock.onclick = () => o.onLock(!this.#locked);
    this.#o = o;
    const t = o.t;
    const story = h('select', { id: 'class-story' }, ...o.stories.map((s) => h('option', { value: s.id }, s.title)));
    const language = h(
      'select',
      { id: 'class-lang' },
      ...o.languages.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === o.lang }, l.name)),
    );
    this.#create = h(
      'button',
      { type: 'button', className: 'btn', onclick: () => o.onCreate(story.value, language.value) },
      t('teacher.create'),
    );
    this.#setup = h(
      'section',
      { className: 'class-setup', 'aria-labelledby': 'class-setup-title' },
      h('h2', { id: 'class-setup-title' }, t('teacher.setup')),
      h('p', {}, h('label', { for: 'class-story' }, t('teacher.scenario')), ' ', story),
      h('p', {}, h('label', { for: 'class-lang' }, t('teacher.language')), ' ', language),
      h('p', {}, this.#create),
    );
    this.#results.append(
      h('h2', { id: 'class-results-title' }, t('teacher.results')),
      this.#joined,
      this.#live,
      this.#figures,
      this.#mapSlot,
    );
    this.element = h(
      'main',
      { className: 'screen wide teacher', lang: o.lang, dir: o.dir },
      h(
        'div',
        { className: 'topbar' },
        h('button', { type: 'button', className: 'icon-btn', 'aria-label': t('teacher.home'), onclick: o.onHome }, '⌂'),
        h('h1', {}, t('teacher.title')),
      ),
      h('div', { className: 'teacher-body' }, this.#notice, this.#setup, this.#session, this.#results, this.#report),
    );
  }

  /** While the service answers: the create button cannot be pressed twice. */
  setBusy(busy: boolean): void {
    this.#create.disabled = busy;
  }

  /** Says something once (the service is unreachable, the stream reconnects, the session ended). */
  notify(message: string | undefined): void {
    this.#notice.hidden = !message;
    this.#notice.textContent = message ?? '';
  }

  /** The session exists: its code, link and QR code for the projector, and the End button. */
  showCreated(session: {
    readonly scenario: string;
    readonly code: string;
    readonly joinUrl: string;
    readonly qrSvg: string;
  }): void {
    const t = this.#o.t;
    this.#scenario = session.scenario;
    this.#createdAt = (this.#o.now ?? Date.now)();
    this.#report.replaceChildren(...this.#reportChildren());
    this.#report.hidden = false;
    this.#setup.hidden = true;
    this.#session.hidden = false;
    this.#results.hidden = false;
    this.#session.replaceChildren(
      h('h2', { id: 'class-code-title' }, t('teacher.code')),
      h('p', { className: 'class-code', dir: 'ltr' }, session.code),
      h('p', {}, t('teacher.joinHint')),
      h('p', {}, `${t('teacher.joinLink')} `, h('a', { href: session.joinUrl, dir: 'ltr' }, session.joinUrl)),
      qrImage(session.qrSvg, t('teacher.qr')) ?? '',
      h('p', { className: 'class-seats' }, this.#seats),
      h(
        'p',
        {},
        this.#lock,
        ' ',
        h(
          'button',
          { type: 'button', className: 'btn secondary', onclick: () => this.#confirmEnd() },
          t('teacher.end'),
        ),
      ),
    );
    this.setLocked(false);
    this.#session.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    this.#session.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Whether new students can join: the lock button says what pressing it does, and is pressed while locked. */
  setLocked(locked: boolean): void {
    this.#locked = locked;
    this.#lock.setAttribute('aria-pressed', String(locked));
    this.#lock.textContent = this.#o.t('teacher.lock');
    this.#seatsText();
  }

  #seatsText(): void {
    const t = this.#o.t;
    const joined = t('teacher.joined', { count: this.#joinedCount });
    this.#seats.textContent = `${joined}. ${t(this.#locked ? 'teacher.locked' : 'teacher.open')}`;
  }

  /** The session ended: figures and the End button go, as the service deleted them. */
  showEnded(): void {
    this.#session.hidden = true;
    this.#results.hidden = true;
    this.#report.classList.remove('live');
    this.notify(this.#o.t('teacher.ended'));
  }

  /** The report's title, its buttons (print, CSV), a note on where the figures are, and the report (print only, live). */
  #reportChildren(): (Node | string)[] {
    const t = this.#o.t;
    return [
      h('h2', { id: 'class-report-title' }, t('teacher.report.title')),
      h(
        'p',
        { className: 'actions' },
        h(
          'button',
          { type: 'button', className: 'btn secondary', onclick: () => window.print() },
          t('teacher.report.print'),
        ),
        ' ',
        h(
          'button',
          { type: 'button', className: 'btn secondary', onclick: () => this.#downloadCsv() },
          t('teacher.report.csv'),
        ),
      ),
      h('p', { className: 'report-hint' }, t('teacher.report.hint')),
      this.#reportBody,
    ];
  }

  #heading(): ReportHeading {
    const o = this.#o;
    const date = new Intl.DateTimeFormat(o.lang, { dateStyle: 'long', timeStyle: 'short', numberingSystem: 'latn' });
    return {
      lang: o.lang,
      dir: o.dir,
      story: o.stories.find((s) => s.id === this.#scenario)?.title ?? this.#scenario,
      date: date.format(this.#createdAt),
    };
  }

  #reportNames(): ReportNames {
    return {
      choice: (p, n) => this.#choiceTitle(p, n),
      option: (p, o) => this.#optionLabel(p, o),
      technique: (id) => this.#o.names.technique(this.#scenario, id),
      ending: (id) => this.#o.names.ending(this.#scenario, id),
    };
  }

  #csv(): string {
    const d = this.#last;
    if (!d) return reportCsv([]);
    const ordered = { ...d, choices: inStoryOrder(d.choices, this.#labels) };
    return reportCsv(reportRows(ordered, this.#reportNames(), this.#o.t, this.#heading()));
  }

  #downloadCsv(): void {
    downloadCsv(this.#csv(), `class-${this.#scenario}.csv`);
  }

  /** Rebuilds the report from the latest figures and the map as marked now (a copy: the live map stays on screen). */
  #renderReport(): void {
    const d = this.#last;
    if (!d) return;
    const map = this.#map?.cloneNode(true) as SVGSVGElement | undefined;
    map?.removeAttribute('id');
    // Its own class: the live map stays the one `.class-map` on the page.
    map?.classList.replace('class-map', 'class-map-print');
    this.#reportBody.replaceChildren(
      renderClassReport(d, { t: this.#o.t, names: this.#reportNames(), heading: this.#heading(), map }),
    );
  }

  /** Shows the story map (SVG text from /teachers/), on which the class's path is marked as answers come in. */
  showMap(svgText: string | undefined): void {
    const map = svgText ? parseStoryMap(svgText) : undefined;
    this.#map = map;
    if (!map) return;
    map.classList.add('class-map');
    const t = this.#o.t;
    const scroller = h(
      'div',
      { className: 'class-map-scroll', tabindex: 0, role: 'region', 'aria-label': t('teacher.map') },
      map,
    );
    const zoom = h(
      'button',
      { type: 'button', className: 'btn secondary', 'aria-pressed': 'false' },
      t('teacher.mapZoom'),
    );
    zoom.addEventListener('click', () => {
      const on = zoom.getAttribute('aria-pressed') !== 'true';
      zoom.setAttribute('aria-pressed', String(on));
      scroller.classList.toggle('zoomed', on);
    });
    this.#mapSlot.replaceChildren(h('h3', {}, t('teacher.map')), h('p', {}, t('teacher.mapHint'), ' ', zoom), scroller);
    if (this.#last) this.update(this.#last);
  }

  /** The choice points' numbers and options' text for this story and language (from the teacher guides). */
  showLabels(labels: ChoiceLabels): void {
    this.#labels = labels;
    if (this.#last) this.update(this.#last);
  }

  /** New figures from the live stream. */
  update(d: DashboardData): void {
    const t = this.#o.t;
    this.#last = d;
    this.#joined.replaceChildren(...this.#progress(d));
    this.#joinedCount = d.students.joined;
    this.#seatsText();
    this.#figures.replaceChildren(
      h('h3', {}, t('teacher.choices')),
      ...this.#choices(d),
      h('h3', {}, t('teacher.flags')),
      this.#techniques(d),
      h('h3', {}, t('teacher.endings')),
      this.#endings(d),
      h('h3', {}, t('teacher.checks')),
      this.#checks(d),
      h('h3', {}, t('teacher.evidence.title')),
      renderEvidence(d.checks.paired, { t, lang: this.#o.lang, dir: this.#o.dir, threshold: d.threshold }),
    );
    this.#announce(t('teacher.live', { count: d.students.joined, events: d.events }));
    if (this.#map) {
      const points = d.choices.filter((c) => !c.belowThreshold && (c.answered ?? 0) > 0).map((c) => c.point);
      const endings = d.endings.belowThreshold ? [] : d.endings.endings.filter((e) => e.count > 0).map((e) => e.ending);
      markClassPath(this.#map, points, endings);
    }
    this.#renderReport();
  }

  #waiting(threshold: number): HTMLElement {
    return h('p', { className: 'class-waiting' }, this.#o.t('teacher.waiting', { count: threshold }));
  }

  /** "Choice 3", numbered as in the guide and on the map. */
  #choiceTitle(point: string, fallback: number): string {
    const n = this.#labels.get(point)?.number ?? pointNumber(this.#map, point) ?? fallback;
    return this.#o.t('teacher.choicePoint', { n });
  }

  /** An option's text as the students saw it, or "Option 2" when its text is not known for sure. */
  #optionLabel(point: string, option: number): string {
    return this.#labels.get(point)?.options[option] ?? this.#o.t('teacher.option', { n: option + 1 });
  }

  /** Joined, started, finished: plural-aware, with finished hidden until enough students reached an ending. */
  #progress(d: DashboardData): (Node | string)[] {
    const t = this.#o.t;
    const finished = d.endings.belowThreshold
      ? t('teacher.finishedHidden', { count: d.threshold })
      : t('teacher.finished', { count: d.endings.answered });
    return [
      h('strong', {}, t('teacher.joined', { count: d.students.joined })),
      ' · ',
      t('teacher.started', { count: d.students.started }),
      ' · ',
      finished,
    ];
  }

  #confirmEnd(): void {
    openEndDialog({
      t: this.#o.t,
      csv: () => this.#csv(),
      fileName: `class-${this.#scenario}.csv`,
      onConfirm: this.#o.onEnd,
    });
  }

  /**
   * The choice points the service shows (it leaves out any point fewer than `threshold` students answered), in story
   * order; until one is shown, a line says when they will appear.
   */
  #choices(d: DashboardData): HTMLElement[] {
    const shown = d.choices.flatMap((c) => (c.belowThreshold ? [] : [c]));
    if (!shown.length)
      return [h('p', { className: 'class-waiting' }, this.#o.t('teacher.noChoices', { count: d.threshold }))];
    return inStoryOrder(shown, this.#labels).map((c, i) => this.#choice(c, i));
  }

  /** One choice point: its options in the story's order, each named by its text, with how many took it. */
  #choice(c: Extract<DashboardData['choices'][number], { belowThreshold: false }>, i: number): HTMLElement {
    const t = this.#o.t;
    const title = this.#choiceTitle(c.point, i + 1);
    const options = [...c.options].sort((a, b) => a.option - b.option);
    const rows = options.map((o) => [this.#optionLabel(c.point, o.option), bar(o.count, c.answered)]);
    return h('div', { className: 'class-item' }, table(title, [t('teacher.answer'), t('teacher.count')], rows));
  }

  #techniques(d: DashboardData): HTMLElement {
    const t = this.#o.t;
    if (!d.techniques.length) return h('p', {}, t('teacher.noData'));
    const rows = d.techniques.map((x) => {
      const name = this.#o.names.technique(this.#scenario, x.technique);
      if (x.belowThreshold) return [name, this.#waiting(d.threshold), ''];
      return [name, bar(x.spotted, x.spotted + x.missed), bar(x.missed, x.spotted + x.missed)];
    });
    return table(t('teacher.flags'), [t('teacher.technique'), t('teacher.spotted'), t('teacher.missed')], rows);
  }

  #endings(d: DashboardData): HTMLElement {
    const t = this.#o.t;
    const e = d.endings;
    if (e.belowThreshold) return this.#waiting(d.threshold);
    const rows = e.endings.map((x) => [this.#o.names.ending(this.#scenario, x.ending), bar(x.count, e.answered)]);
    return table(t('teacher.endings'), [t('teacher.ending'), t('teacher.count')], rows);
  }

  #checks(d: DashboardData): HTMLElement {
    const t = this.#o.t;
    const rows = (['before', 'after'] as const).map((phase) => {
      const c = d.checks[phase];
      const key = phase === 'before' ? 'teacher.before' : 'teacher.after';
      const label = t(key);
      if (c.belowThreshold) return [label, this.#waiting(d.threshold), ''];
      return [label, String(c.students), bar(c.correct, c.answers)];
    });
    return table(t('teacher.checks'), [t('teacher.phase'), t('teacher.count'), t('teacher.correct')], rows);
  }

  /** Polite, and at most every ten seconds: the visible figures are always current, the voice is not constant. */
  #announce(text: string): void {
    const now = (this.#o.now ?? Date.now)();
    if (text === this.#announced || now - this.#lastAnnounced < ANNOUNCE_EVERY_MS) return;
    this.#announced = text;
    this.#lastAnnounced = now;
    this.#live.textContent = text;
  }
}
