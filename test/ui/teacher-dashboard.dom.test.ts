import { describe, expect, it } from 'vitest';
import type { EarlierClass } from '../../src/protocol/index.ts';
import { reportCsv, reportRows } from '../../src/ui/class-report.ts';
import { type DashboardData, parseChoiceLabels, TeacherDashboard } from '../../src/ui/index.ts';

const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.values(vars).join('|')}`;

const hidden = { belowThreshold: true, students: null, answers: null, correct: null } as const;
const pairedWithheld = {
  done: 3,
  items: 6,
  belowThreshold: true,
  before: null,
  after: null,
  difference: null,
  low: null,
  high: null,
  effect: null,
} as const;
const boosterWithheld = { done: 2, items: 8, belowThreshold: true, score: null } as const;
const heading = { lang: 'en', dir: 'ltr', story: 'The video', date: '2 March 2026' } as const;

function dashboard(overrides: Partial<DashboardData> = {}): DashboardData {
  return {
    threshold: 5,
    events: 8,
    students: { joined: 4, started: 4 },
    choices: [{ point: 'start#0', belowThreshold: true, answered: null, options: null }],
    techniques: [],
    endings: { belowThreshold: true, answered: null, endings: null },
    checks: { before: hidden, after: hidden, paired: pairedWithheld, booster: boosterWithheld },
    ...overrides,
  };
}

function makeView(now = () => 0, earlier: readonly EarlierClass[] = []) {
  const calls: string[] = [];
  const kept: EarlierClass[] = [];
  const view = new TeacherDashboard({
    t,
    lang: 'en',
    dir: 'ltr',
    stories: [{ id: 'the-video', title: 'The video' }],
    languages: [{ code: 'en', name: 'English' }],
    names: { technique: (_s, id) => `name:${id}`, ending: (_s, id) => `ending:${id}` },
    earlier: () => earlier,
    keep: (result) => kept.push(result),
    onCreate: (r) =>
      calls.push(`create ${r.kind} ${r.scenario} ${r.lang}${'earlier' in r ? ` ${r.earlier?.code}` : ''}`),
    onEnd: () => calls.push('end'),
    onLock: (locked) => calls.push(`lock ${locked}`),
    onHome: () => calls.push('home'),
    now,
  });
  document.body.replaceChildren(view.element);
  return { view, calls, kept };
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h1v1H0z"/></svg>';

describe('TeacherDashboard', () => {
  it('creates a session for the chosen story and language', () => {
    const { view, calls } = makeView();
    view.element.querySelector<HTMLButtonElement>('.class-setup button')?.click();
    expect(calls).toEqual(['create story the-video en']);
  });

  it('shows the code, the link and the QR code as an image, never as inline markup', () => {
    const { view } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/?join=K7QX2M', qrSvg: svg });
    expect(view.element.querySelector('.class-code')?.textContent).toBe('K7QX2M');
    expect(view.element.querySelector('a')?.getAttribute('href')).toBe('http://x/?join=K7QX2M');
    const img = view.element.querySelector('img.qr');
    expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(img?.getAttribute('alt')).toBe('teacher.qr');
    expect(view.element.querySelector('svg')).toBeNull();
  });

  it('shows how many joined and lets the teacher close the session to new students with a toggle button', () => {
    const { view, calls } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/?join=K7QX2M', qrSvg: svg });
    view.update(dashboard({ students: { joined: 27, started: 25 } }));
    // The count is said once, in the results' first line; the seats line says only whether the session is open.
    expect(view.element.querySelector('.class-seats')?.textContent).toBe('teacher.open');
    expect(view.element.querySelector('.class-joined')?.textContent).toMatch(/^teacher.joined27 · /);
    expect(view.element.querySelector('.class-session')?.textContent).not.toContain('teacher.joined');
    const lock = [...view.element.querySelectorAll('button')].find((b) => b.textContent === 'teacher.lock');
    expect(lock?.getAttribute('aria-pressed')).toBe('false');
    lock?.click();
    expect(calls).toEqual(['lock true']);
    view.setLocked(true);
    expect(lock?.getAttribute('aria-pressed')).toBe('true');
    expect(view.element.querySelector('.class-seats')?.textContent).toBe('teacher.locked');
    lock?.click();
    expect(calls).toEqual(['lock true', 'lock false']);
  });

  it('refuses a QR code that carries a script', () => {
    const { view } = makeView();
    const bad = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: bad });
    expect(view.element.querySelector('img')).toBeNull();
  });

  it('shows "waiting" for every figure below the threshold', () => {
    const { view } = makeView();
    view.update(dashboard());
    const waiting = [...view.element.querySelectorAll('.class-waiting')].map((e) => e.textContent);
    // No choice point is listed below the threshold: one line says when they will appear.
    // The before/after result comes first: it is what the lesson ends on, in view beside the code.
    expect(waiting).toEqual([
      'teacher.evidence.waiting2|5',
      'teacher.noChoices5',
      'teacher.waiting5',
      'teacher.waiting5',
      'teacher.waiting5',
    ]);
    expect(view.element.querySelector('.class-item')).toBeNull();
    expect(view.element.querySelector('table td .class-bar')).toBeNull();
  });

  it('shows counts in tables once enough students answered', () => {
    const { view } = makeView();
    view.update(
      dashboard({
        students: { joined: 6, started: 6 },
        choices: [
          {
            point: 'start#0',
            belowThreshold: false,
            answered: 6,
            options: [
              { option: 0, count: 4 },
              { option: 1, count: 2 },
            ],
          },
        ],
        techniques: [{ technique: 'secrecy', belowThreshold: false, students: 5, spotted: 3, missed: 2 }],
      }),
    );
    const rows = [...(view.element.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      r.textContent?.trim(),
    );
    expect(rows).toEqual(['teacher.option14', 'teacher.option22']);
    expect(view.element.textContent).not.toContain('teacher.noChoices');
    expect(view.element.querySelectorAll('table')[1]?.textContent).toContain('name:secrecy');
  });

  it('announces politely and at most every ten seconds', () => {
    let now = 0;
    const { view } = makeView(() => now);
    const status = view.element.querySelector('[role="status"][aria-live="polite"]');
    view.update(dashboard());
    expect(status?.textContent).toBe('teacher.live4|8');
    now = 3000;
    view.update(dashboard({ events: 9 }));
    expect(status?.textContent).toBe('teacher.live4|8');
    now = 12_000;
    view.update(dashboard({ events: 10 }));
    expect(status?.textContent).toBe('teacher.live4|10');
  });
});

describe('TeacherDashboard labels, progress and ending', () => {
  const shown = (point: string, counts: number[]) => ({
    point,
    belowThreshold: false as const,
    answered: counts.reduce((a, b) => a + b, 0),
    options: counts.map((count, option) => ({ option, count })),
  });

  it('names options by their text and lists choices in story order', () => {
    const { view } = makeView();
    view.update(dashboard({ choices: [shown('later#0', [3, 3]), shown('start#0', [5, 1])] }));
    view.showLabels(
      parseChoiceLabels({
        version: 1,
        points: [
          { point: 'start#0', number: 1, options: ['so unfair 😡', 'when was it filmed?'] },
          { point: 'later#0', number: 2, options: [] },
        ],
      }),
    );
    const captions = [...view.element.querySelectorAll('.class-item caption')].map((c) => c.textContent);
    expect(captions).toEqual(['teacher.choicePoint1', 'teacher.choicePoint2']);
    const first = [...view.element.querySelectorAll('.class-item')][0];
    expect([...(first?.querySelectorAll('tbody th') ?? [])].map((c) => c.textContent)).toEqual([
      'so unfair 😡',
      'when was it filmed?',
    ]);
    // A point whose options vary between visits keeps numbered options.
    const second = [...view.element.querySelectorAll('.class-item')][1];
    expect(second?.querySelector('tbody th')?.textContent).toBe('teacher.option1');
  });

  it("lists a point's options in the story's order whatever order the service sends them in", () => {
    const { view } = makeView();
    const point = shown('start#0', [2, 4]);
    view.update(dashboard({ choices: [{ ...point, options: [...point.options].reverse() }] }));
    view.showLabels(parseChoiceLabels({ version: 1, points: [{ point: 'start#0', number: 1, options: ['A', 'B'] }] }));
    const rows = [...view.element.querySelectorAll('.class-item tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['A2', 'B4']);
  });

  it('counts joined, started and finished with plural-aware strings', () => {
    const { view } = makeView();
    view.update(dashboard({ students: { joined: 1, started: 1 } }));
    expect(view.element.querySelector('.class-joined')?.textContent).toBe(
      'teacher.joined1 · teacher.started1 · teacher.finishedHidden5',
    );
  });

  it('asks before ending and ends only on confirmation', () => {
    // jsdom has <dialog> but not its modal methods: a minimal stand-in with the same open/close effects.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
    const { view, calls } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: svg });
    view.update(dashboard());
    const end = [...view.element.querySelectorAll<HTMLButtonElement>('.class-session button')].at(-1);
    end?.click();
    const dialog = document.querySelector('dialog.end-dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(calls).toEqual([]);
    const buttons = [...(dialog?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    buttons.find((b) => b.textContent === 'teacher.endConfirm')?.click();
    expect(calls).toEqual(['end']);
  });

  it('writes a CSV of the shown aggregates only, with formulas neutralised', () => {
    const names = {
      choice: (_p: string, n: number) => `Choice ${n}`,
      option: (_p: string, o: number) => (o === 0 ? '=cmd' : 'fine "quoted"'),
      technique: (id: string) => id,
      ending: (id: string) => id,
    };
    const csv = reportCsv(reportRows(dashboard({ choices: [shown('start#0', [4, 2])] }), names, t, heading));
    expect(csv).toContain(`"'=cmd","4"`);
    expect(csv).toContain('"fine ""quoted""","2"');
    expect(csv).toContain('"teacher.endings","","teacher.waiting5",""');
    expect(csv).toContain('"teacher.report.title","teacher.report.story","The video",""');
    // Below the threshold, the before/after rows say how many more students are needed, and no figure.
    expect(csv).toContain('"teacher.evidence.title","","teacher.evidence.waiting2|5",""');
  });

  it('shows the before/after result: a sentence, an SVG chart named by the same numbers, and the table', () => {
    const { view } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: svg });
    view.update(dashboard());
    expect(view.element.querySelector('.evidence-waiting')?.textContent).toBe('teacher.evidence.waiting2|5');
    expect(view.element.querySelector('.evidence-chart')).toBeNull();

    view.update(
      dashboard({ checks: { before: hidden, after: hidden, paired: pairedShown, booster: boosterWithheld } }),
    );
    const chart = view.element.querySelector('.class-results svg.evidence-chart');
    expect(chart?.getAttribute('role')).toBe('img');
    const alt = chart?.getAttribute('aria-label') ?? '';
    expect(alt).toContain('teacher.evidence.summary5|6|2.6|4.4|+1.8|+0.4|+3.2|+1.64|5');
    expect(alt).toContain('teacher.evidence.effect');
    expect(alt).toContain('teacher.evidence.up');
    const cells = [...view.element.querySelectorAll('.class-results .evidence table td')].map((c) => c.textContent);
    expect(cells).toEqual([
      '5',
      'teacher.evidence.outOf2.6|6',
      'teacher.evidence.outOf4.4|6',
      '+1.8',
      'teacher.evidence.range5|6|2.6|4.4|+1.8|+0.4|+3.2|+1.64',
      '+1.64',
    ]);
    // The report (printed) holds the same result; while the session runs it is for print only.
    expect(view.element.querySelector('.class-report-slot.live .class-report svg.evidence-chart')).not.toBeNull();
    view.showEnded();
    expect(view.element.querySelector('.class-report-slot')?.classList.contains('live')).toBe(false);
    expect(view.element.querySelector('.class-report-slot')?.hasAttribute('hidden')).toBe(false);
  });

  it('says "no spread" rather than an effect size when every student changed alike', () => {
    const same = { ...pairedShown, difference: 2, low: 2, high: 2, effect: null };
    const { view } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: svg });
    view.update(dashboard({ checks: { before: hidden, after: hidden, paired: same, booster: boosterWithheld } }));
    const alt = view.element.querySelector('.class-results .evidence-chart')?.getAttribute('aria-label') ?? '';
    expect(alt).toContain('teacher.evidence.noSpread');
    expect(alt).not.toMatch(/NaN|Infinity/);
    expect(view.element.querySelector('.class-results .evidence table')?.textContent).toContain(
      'teacher.evidence.noSpreadShort',
    );
  });
});

const pairedShown = {
  done: 5,
  items: 6,
  belowThreshold: false,
  before: 2.6,
  after: 4.4,
  difference: 1.8,
  low: 0.439825,
  high: 3.160175,
  effect: 1.643168,
} as const;

const earlierClass: EarlierClass = {
  code: 'K7QX2M',
  scenario: 'the-video',
  lang: 'ar',
  createdAt: Date.UTC(2026, 10, 18, 9, 30),
  done: 5,
  items: 6,
  before: 2.6,
  after: 4.4,
  difference: 1.8,
  low: 0.439825,
  high: 3.160175,
  effect: 1.643168,
};

describe('booster sessions', () => {
  it('keeps a story session’s before/after result on this device once shown, never before', () => {
    const { view, kept } = makeView(() => earlierClass.createdAt);
    view.showCreated({ scenario: 'the-video', lang: 'ar', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: svg });
    view.update(dashboard());
    expect(kept).toEqual([]);
    view.update(
      dashboard({ checks: { before: hidden, after: hidden, paired: pairedShown, booster: boosterWithheld } }),
    );
    expect(kept).toEqual([earlierClass]);
  });

  it('starts a booster session for an earlier class kept here (its story and language), or for another one', () => {
    const { view, calls } = makeView(() => 0, [earlierClass]);
    const setup = view.element.querySelector('.booster-setup');
    const select = setup?.querySelector<HTMLSelectElement>('#booster-class');
    expect([...(select?.options ?? [])].map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^teacher\.booster\.optionThe video\|.*2026.*\|K7QX2M$/),
      'teacher.booster.none',
    ]);
    expect(setup?.querySelector<HTMLElement>('.booster-other')?.hidden).toBe(true);
    const create = [...(setup?.querySelectorAll('button') ?? [])].at(-1);
    create?.click();
    if (select) select.value = '';
    select?.dispatchEvent(new Event('change'));
    expect(setup?.querySelector<HTMLElement>('.booster-other')?.hidden).toBe(false);
    create?.click();
    expect(calls).toEqual(['create booster the-video ar K7QX2M', 'create booster the-video en']);
  });

  it('shows before / after / booster side by side; the booster row waits for 5, and so do the CSV and report', () => {
    const { view } = makeView(() => 0);
    view.showCreated({
      kind: 'booster',
      scenario: 'the-video',
      code: 'B00STR',
      joinUrl: 'http://x/',
      qrSvg: svg,
      earlier: earlierClass,
    });
    view.update(dashboard());
    const rows = () =>
      [...view.element.querySelectorAll('.class-results .booster-result tbody tr')].map((r) =>
        [...r.children].map((c) => c.textContent),
      );
    expect(rows()).toEqual([
      ['teacher.before', '5', 'teacher.evidence.outOf2.6|6', '43%'],
      ['teacher.after', '5', 'teacher.evidence.outOf4.4|6', '73%'],
      ['teacher.booster.round', 'teacher.booster.waiting3|5', '', ''],
    ]);
    expect(view.element.querySelector('.class-joined')?.textContent).toBe('teacher.joined4 · teacher.booster.done2');
    // No story figures in a booster session.
    expect(view.element.querySelector('.class-results .evidence, .class-results .class-map')).toBeNull();
    const shown = { done: 6, items: 8, belowThreshold: false, score: 6.5 } as const;
    view.update(dashboard({ checks: { before: hidden, after: hidden, paired: pairedWithheld, booster: shown } }));
    expect(rows()[2]).toEqual(['teacher.booster.round', '6', 'teacher.evidence.outOf6.5|8', '81%']);
    expect(view.element.querySelector('.class-report .booster-result')).not.toBeNull();
    expect(view.element.querySelector('.class-report')?.textContent).toContain('teacher.booster.note');
  });

  it('says so when no before/after result is kept on this device for the class', () => {
    const { view } = makeView();
    view.showCreated({ kind: 'booster', scenario: 'the-video', code: 'B00STR', joinUrl: 'http://x/', qrSvg: svg });
    view.update(dashboard());
    const cells = [...view.element.querySelectorAll('.class-results .booster-result tbody td')].map(
      (c) => c.textContent,
    );
    expect(cells.slice(0, 3)).toEqual(['teacher.booster.notKept', '', '']);
    expect(view.element.querySelector('.class-results .evidence-note')?.textContent).toBe('teacher.booster.noteNone');
  });
});

describe('the printed report', () => {
  it('marks the class path on its own copy of the map, leaving the live map the only .class-map', () => {
    const { view } = makeView();
    view.showCreated({ scenario: 'the-video', code: 'K7QX2M', joinUrl: 'http://x/', qrSvg: svg });
    view.showMap('<svg xmlns="http://www.w3.org/2000/svg"><g class="choice" data-point="start#0"><rect/></g></svg>');
    view.update(
      dashboard({
        choices: [{ point: 'start#0', belowThreshold: false, answered: 5, options: [{ option: 0, count: 5 }] }],
      }),
    );
    expect(view.element.querySelectorAll('.class-map .class-reached')).toHaveLength(1);
    expect(view.element.querySelectorAll('.class-report .class-map-print .class-reached')).toHaveLength(1);
  });
});
