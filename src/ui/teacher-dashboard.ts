import './class-session.css';
import type { EarlierClass, SessionKind } from '../protocol/index.ts';
import { renderBoosterResult } from './class-booster.ts';
import { type ChoiceLabels, inStoryOrder } from './class-choice-labels.ts';
import { renderEvidence } from './class-evidence.ts';
import { markClassPath, parseStoryMap, pointNumber } from './class-map.ts';
import { bar, qrImage, table } from './class-table.ts';
import type { DashboardData } from './dashboard-data.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';
import { TeacherReport } from './teacher-report.ts';
import type { SessionRequest } from './teacher-setup.ts';
import { renderTeacherSetup } from './teacher-setup.ts';
import './teacher-dashboard.css';

export type { DashboardData } from './dashboard-data.ts';
export type { SessionRequest } from './teacher-setup.ts';

/** What the teacher screen needs and reports. */
export interface TeacherDashboardOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly stories: readonly { readonly id: string; readonly title: string }[];
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  /** Names in the teacher's language for a scenario's techniques and endings. */
  readonly names: { technique(scenario: string, id: string): string; ending(scenario: string, id: string): string };
  /** Earlier classes' before/after results kept on this device, newest first (for a booster session). */
  readonly earlier: () => readonly EarlierClass[];
  /** Creates a story session, or a booster session (for the class `earlier`, when its result is kept here). */
  readonly onCreate: (request: SessionRequest) => void;
  /** Keeps a story session's before/after result on this device once shown (a booster session shows it later). */
  readonly keep: (result: EarlierClass) => void;
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
 * The teacher's screen for a live class session: pick a story and language (or run a booster session weeks later),
 * create the session, show the join code, link and QR code, then the class's answers live. Every figure stays hidden
 * until enough students answered it.
 */
export class TeacherDashboard {
  readonly element: HTMLElement;
  readonly #o: TeacherDashboardOptions;
  readonly #body = h('div', { className: 'teacher-body' });
  readonly #setup: HTMLElement;
  readonly #session = h('section', { className: 'class-session', 'aria-labelledby': 'class-code-title', hidden: true });
  readonly #results = h('section', {
    className: 'class-results',
    'aria-labelledby': 'class-results-title',
    hidden: true,
  });
  readonly #figures = h('div', {});
  readonly #report: TeacherReport;
  readonly #mapSlot = h('div', { className: 'class-map-slot' });
  #map: SVGSVGElement | undefined;
  readonly #joined = h('p', { className: 'class-joined' });
  readonly #seats = h('span', {});
  readonly #lock = h('button', { type: 'button', className: 'btn secondary', 'aria-pressed': 'false' });
  #locked = false;
  readonly #live = h('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  readonly #notice = h('p', { className: 'notice', role: 'status', hidden: true });
  readonly #createButtons: readonly HTMLButtonElement[];
  #kind: SessionKind = 'story';
  #scenario = '';
  #code = '';
  #sessionLang = '';
  #createdAt = 0;
  #earlier: EarlierClass | undefined;
  #labels: ChoiceLabels = new Map();
  #last: DashboardData | undefined;
  #lastAnnounced = Number.NEGATIVE_INFINITY;
  #announced = '';

  constructor(o: TeacherDashboardOptions) {
    this.#lock.onclick = () => o.onLock(!this.#locked);
    this.#o = o;
    const t = o.t;
    this.#report = new TeacherReport({
      ...o,
      choiceTitle: (p, n) => this.#choiceTitle(p, n),
      optionLabel: (p, n) => this.#optionLabel(p, n),
    });
    const setup = renderTeacherSetup({ ...o, date: (ms) => this.#report.date(ms) });
    this.#setup = setup.element;
    this.#createButtons = setup.buttons;
    this.#results.append(
      h('h2', { id: 'class-results-title' }, t('teacher.results')),
      this.#joined,
      this.#live,
      this.#figures,
      this.#mapSlot,
    );
    this.#body.append(this.#notice, this.#setup, this.#session, this.#results, this.#report.element);
    this.element = h(
      'main',
      { className: 'screen wide teacher', lang: o.lang, dir: o.dir },
      h(
        'div',
        { className: 'topbar' },
        h('button', { type: 'button', className: 'icon-btn', 'aria-label': t('teacher.home'), onclick: o.onHome }, '⌂'),
        h('h1', {}, t('teacher.title')),
      ),
      this.#body,
    );
  }

  /** While the service answers: the create buttons cannot be pressed twice. */
  setBusy(busy: boolean): void {
    for (const button of this.#createButtons) button.disabled = busy;
  }

  /** Says something once (the service is unreachable, the stream reconnects, the session ended). */
  notify(message: string | undefined): void {
    this.#notice.hidden = !message;
    this.#notice.textContent = message ?? '';
  }

  /** The session exists: its code, link and QR code for the projector, and the End button. */
  showCreated(session: {
    readonly kind?: SessionKind;
    readonly scenario: string;
    /** The session's language (the students'), kept with its result. */
    readonly lang?: string;
    readonly code: string;
    readonly joinUrl: string;
    readonly qrSvg: string;
    readonly earlier?: EarlierClass | undefined;
  }): void {
    const t = this.#o.t;
    this.#kind = session.kind ?? 'story';
    this.#scenario = session.scenario;
    this.#earlier = session.earlier;
    this.#code = session.code;
    this.#sessionLang = session.lang ?? this.#o.lang;
    const createdAt = (this.#o.now ?? Date.now)();
    this.#createdAt = createdAt;
    this.#report.start({ kind: this.#kind, scenario: session.scenario, createdAt, earlier: session.earlier });
    this.#setup.hidden = true;
    this.#session.hidden = false;
    this.#results.hidden = false;
    this.#body.classList.add('running');
    const title =
      this.#kind === 'booster' ? `${t('teacher.booster.session')} · ${t('teacher.code')}` : t('teacher.code');
    this.#session.replaceChildren(
      h('h2', { id: 'class-code-title' }, title),
      // The code reads left to right in every language, but sits where the page's text starts (right, in Arabic).
      h('p', { className: 'class-code' }, h('span', { dir: 'ltr' }, session.code)),
      h('p', {}, t('teacher.joinHint')),
      h('p', {}, `${t('teacher.joinLink')} `, h('a', { href: session.joinUrl, dir: 'ltr' }, session.joinUrl)),
      qrImage(session.qrSvg, t('teacher.qr')) ?? '',
      h('p', { className: 'class-seats' }, this.#seats),
      h(
        'p',
        { className: 'actions' },
        this.#lock,
        ' ',
        h(
          'button',
          { type: 'button', className: 'btn secondary', onclick: () => this.#report.confirmEnd(this.#o.onEnd) },
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
    // The count of students is in the results' first line: said once, not here again.
    this.#seats.textContent = this.#o.t(locked ? 'teacher.locked' : 'teacher.open');
  }

  /** The session ended: figures and the End button go, as the service deleted them. */
  showEnded(): void {
    this.#session.hidden = true;
    this.#results.hidden = true;
    this.#body.classList.remove('running');
    this.#report.ended();
    this.notify(this.#o.t('teacher.ended'));
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
    this.#report.setLabels(labels);
    if (this.#last) this.update(this.#last);
  }

  /** New figures from the live stream. */
  update(d: DashboardData): void {
    const t = this.#o.t;
    this.#last = d;
    this.#joined.replaceChildren(...this.#progress(d));
    this.#figures.replaceChildren(...(this.#kind === 'booster' ? this.#boosterFigures(d) : this.#storyFigures(d)));
    this.#announce(t('teacher.live', { count: d.students.joined, events: d.events }));
    if (this.#map) {
      const points = d.choices.filter((c) => !c.belowThreshold && (c.answered ?? 0) > 0).map((c) => c.point);
      const endings = d.endings.belowThreshold ? [] : d.endings.endings.filter((e) => e.count > 0).map((e) => e.ending);
      markClassPath(this.#map, points, endings);
    }
    this.#report.update(d, this.#kind === 'story' ? this.#map : undefined);
    this.#keep(d);
  }

  /** A story session's before/after result, once shown, is kept on this device for a booster session weeks later. */
  #keep(d: DashboardData): void {
    const p = d.checks.paired;
    const lang = (['fr', 'ar', 'en'] as const).find((l) => l === this.#sessionLang);
    if (this.#kind !== 'story' || p.belowThreshold || !lang) return;
    const { done, items, before, after, difference, low, high, effect } = p;
    const where = { code: this.#code, scenario: this.#scenario, lang, createdAt: this.#createdAt };
    this.#o.keep({ ...where, done, items, before, after, difference, low, high, effect });
  }

  /**
   * A story session's figures. The before/after result comes first: it is what a lesson ends on, and on a school PC
   * (1366 × 768) it stays in view beside the join code.
   */
  #storyFigures(d: DashboardData): (Node | string)[] {
    const t = this.#o.t;
    return [
      h('h3', {}, t('teacher.evidence.title')),
      renderEvidence(d.checks.paired, { t, lang: this.#o.lang, dir: this.#o.dir, threshold: d.threshold }),
      h('h3', {}, t('teacher.choices')),
      ...this.#choices(d),
      h('h3', {}, t('teacher.flags')),
      this.#techniques(d),
      h('h3', {}, t('teacher.endings')),
      this.#endings(d),
      h('h3', {}, t('teacher.checks')),
      this.#checks(d),
    ];
  }

  /** A booster session's figures: before / after (kept on this device) and the booster, side by side. */
  #boosterFigures(d: DashboardData): (Node | string)[] {
    const o = this.#o;
    return [
      h('h3', {}, o.t('teacher.booster.title')),
      renderBoosterResult(d.checks.booster, {
        t: o.t,
        lang: o.lang,
        threshold: d.threshold,
        earlier: this.#earlier,
        date: (ms) => this.#report.date(ms),
      }),
    ];
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

  /**
   * Joined, started, finished (a story), or joined and done (a booster): plural-aware, with finished hidden until
   * enough students reached an ending.
   */
  #progress(d: DashboardData): (Node | string)[] {
    const t = this.#o.t;
    const joined = h('strong', {}, t('teacher.joined', { count: d.students.joined }));
    if (this.#kind === 'booster') return [joined, ' · ', t('teacher.booster.done', { count: d.checks.booster.done })];
    const finished = d.endings.belowThreshold
      ? t('teacher.finishedHidden', { count: d.threshold })
      : t('teacher.finished', { count: d.endings.answered });
    return [joined, ' · ', t('teacher.started', { count: d.students.started }), ' · ', finished];
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
