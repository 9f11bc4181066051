import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, postEvent } from '../server/helpers.ts';
import { violations } from './axe.ts';
import { screenshotPath } from './browser.ts';
import { useService } from './service.ts';

const game = useService();

/** Before and after scores (out of 6) of five simulated students: differences 2, 2, 0, 2, 3 (paired-stats.test.ts). */
const SCORES: readonly [number, number][] = [
  [2, 4],
  [3, 5],
  [3, 3],
  [4, 6],
  [1, 4],
];

/** A simulated student on their own device: joins with a device id, sorts both checks, meets two red flags. */
async function simulatedStudent(code: string, n: number, [before, after]: readonly [number, number]): Promise<void> {
  const res = await call<{ token: string }>(game.url, 'POST', `/api/v1/sessions/${code}/join`, {
    body: { device: `simulated-device-${n}-0123456789` },
  });
  expect(res.status).toBe(201);
  const token = res.body.token;
  const events: object[] = [
    { kind: 'joined' },
    { kind: 'flag', technique: 'flattery', spotted: n !== 2 },
    { kind: 'flag', technique: 'flattery', spotted: true },
  ];
  for (const [phase, right] of [
    ['before', before],
    ['after', after],
  ] as const) {
    for (let item = 0; item < 6; item++) {
      const correct = item < right;
      events.push({ kind: 'check', phase, item, answer: correct ? 'manipulative' : 'ordinary', correct });
    }
  }
  for (const event of events) expect(await postEvent(game.url, code, token, event)).toBe(202);
}

/** The teacher opens teacher mode in `lang` and creates a session for the-video; returns the page and the code. */
async function teacherSession(lang: 'fr' | 'ar', problems: string[]): Promise<{ page: Page; code: string }> {
  // bypassCSP: only so that axe can be injected into the page the service serves under its strict policy.
  const page = await game.browser.newPage({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    bypassCSP: true,
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${game.url}/?teacher=1&lang=${lang}`);
  const entry = lang === 'fr' ? 'Pour les enseignants : session de classe' : 'للأساتذة: جلسة القسم';
  await page.getByRole('button', { name: entry }).click();
  await page.locator('#class-story').selectOption('the-video');
  await page.locator('.class-setup:not(.booster-setup) button').click();
  const code = (await page.locator('.class-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return { page, code };
}

/** The booster's messages in order: manipulative or ordinary (src/content/data/checks.json, `booster`). */
const BOOSTER_ANSWERS = [false, true, false, true, false, true, true, false];

/**
 * A student on their own phone joins the booster session by its link and sorts the 8 messages by tapping, right
 * except for the first `wrong` of them; the booster round opens at once, no story.
 */
async function boosterStudent(code: string, wrong: number): Promise<void> {
  const phone = await game.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await phone.newPage();
  await page.goto(`${game.url}/?join=${code}&lang=fr&pacing=instant`);
  await page.getByRole('heading', { name: 'Rappel : 8 nouveaux messages' }).waitFor({ timeout: 90_000 });
  // In a class session the answers are counted with the class's: the intro must not promise they stay here.
  await page.getByText('Tes réponses sont comptées avec celles de la classe, sans ton nom', { exact: false }).waitFor();
  expect(await page.getByText(/Aucun score n.est enregistré/).count()).toBe(0);
  const answers = page.getByRole('group', { name: 'Quel genre de message est-ce ?' });
  for (const [i, manipulative] of BOOSTER_ANSWERS.entries()) {
    const right = i >= wrong ? manipulative : !manipulative;
    await answers.getByRole('button', { name: right ? 'Manipulation' : 'Ordinaire' }).tap();
    await page.getByRole('button', { name: i < 7 ? 'Message suivant' : 'Voir mon résultat' }).tap();
  }
  await expect.poll(() => page.locator('.sort-feedback').textContent()).toContain(`${8 - wrong} messages sur 8`);
  await phone.close();
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('class evidence: the before/after result, its chart, the report and the CSV', () => {
  it('in French: counts devices, waits for 5, then shows the figures, the chart, the CSV and the print view', async () => {
    const problems: string[] = [];
    const { page: teacher, code } = await teacherSession('fr', problems);

    // Two tabs of one browser (one device) join: two seats, one student for every threshold.
    const device = await game.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tabs = [await device.newPage(), await device.newPage()];
    for (const tab of tabs) await tab.goto(`${game.url}/?join=${code}&lang=fr&pacing=instant`);
    await expect
      .poll(() => teacher.locator('.class-joined').textContent(), { timeout: 15_000 })
      .toMatch(/^2 élèves connectés/);
    expect(await teacher.locator('.class-joined').textContent()).toContain('1 a commencé');
    const ids = await Promise.all(tabs.map((tab) => tab.evaluate(() => localStorage.getItem('byr:device'))));
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(ids[1]).toBe(ids[0]);

    for (const [n, scores] of SCORES.slice(0, 4).entries()) await simulatedStudent(code, n, scores);
    await expect
      .poll(() => teacher.locator('.evidence-waiting').first().textContent(), { timeout: 15_000 })
      .toBe('Affiché quand 5 élèves auront fait les deux tests : encore 1 élève.');
    expect(await teacher.locator('.class-results .evidence-chart').count()).toBe(0);

    await simulatedStudent(code, 4, SCORES[4] ?? [0, 0]);
    const chart = teacher.locator('.class-results').getByRole('img', { name: /Score moyen avant/ });
    await chart.waitFor({ timeout: 15_000 });
    const alt = (await chart.getAttribute('aria-label')) ?? '';
    expect(alt).toContain('5 élèves ont fait les deux tests. Score moyen avant : 2,6 sur 6 ; après : 4,4 sur 6.');
    expect(alt).toContain('Changement moyen : +1,8 (intervalle de confiance à 95 % : de +0,4 à +3,2)');
    expect(alt).toContain('Taille d’effet (d de Cohen pour mesures appariées) : +1,64.');
    expect(alt).toContain('la classe a très probablement progressé');
    const table = teacher.getByRole('table', { name: 'Avant et après, en chiffres' }).first();
    expect(await table.locator('td').allTextContents()).toEqual([
      '5',
      '2,6 / 6',
      '4,4 / 6',
      '+1,8',
      'de +0,4 à +3,2',
      '+1,64',
    ]);
    expect(await violations(teacher)).toEqual([]);
    await teacher.locator('.class-results .evidence').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-evidence-fr-desktop') });

    const csv = await downloaded(teacher, 'Télécharger le bilan (CSV)');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Bilan de la classe","Histoire","La vidéo qui met en colère"');
    // Flattery: 10 red flags met, 9 caught; the technique named in the teacher's language.
    expect(csv).toMatch(/"Signaux d’alerte","[^"]+","Repérés","90\u00a0%"/);
    expect(csv).toContain('"Avant et après : ce qui a changé","Score moyen avant","2,6 / 6",""');
    expect(csv).toContain(
      '"Avant et après : ce qui a changé","Intervalle de confiance à 95 % du changement","de +0,4 à +3,2",""',
    );
    expect(csv).not.toMatch(/simulated-device|[0-9a-f]{64}/);

    // The print view: only the report (story, date, students, red flags as shares, before/after, the map).
    await teacher.emulateMedia({ media: 'print' });
    const report = teacher.locator('.class-report');
    expect(await report.isVisible()).toBe(true);
    expect(await teacher.locator('.class-results').isVisible()).toBe(false);
    expect(await report.locator('dd').allTextContents()).toEqual([
      'La vidéo qui met en colère',
      expect.stringMatching(/2026/),
      '7 élèves connectés',
    ]);
    expect(
      await report
        .getByRole('table', { name: /Part des signaux/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['90\u00a0% sur 10']);
    expect(await report.getByRole('img', { name: /Score moyen avant : 2,6/ }).count()).toBe(1);
    await teacher.screenshot({ path: screenshotPath('class-evidence-fr-print'), fullPage: true });
    await teacher.emulateMedia({ media: 'screen' });

    // The end screen keeps the report on this page (and its Print / Save as PDF button) after the service deleted it.
    await teacher.getByRole('button', { name: 'Terminer la session' }).click();
    await teacher.getByRole('dialog').getByRole('button', { name: 'Terminer et effacer' }).click();
    await teacher.getByRole('status').filter({ hasText: 'La session est terminée' }).waitFor();
    expect(await teacher.getByRole('button', { name: 'Imprimer / Enregistrer en PDF' }).isVisible()).toBe(true);
    expect(await teacher.locator('.class-report').isVisible()).toBe(true);
    expect(await violations(teacher)).toEqual([]);
    await teacher.screenshot({ path: screenshotPath('class-evidence-fr-ended'), fullPage: true });

    // Weeks later, on the same PC: a booster session for this class, whose before/after result the PC kept.
    await teacher.getByRole('button', { name: 'Accueil' }).first().click();
    await teacher.getByRole('button', { name: 'Pour les enseignants : session de classe' }).click();
    const setup = teacher.getByRole('region', { name: 'Séance de rappel, une semaine ou plus après' });
    const earlierOption = await setup.getByLabel('Classe d’avant').locator('option:checked').textContent();
    expect(earlierOption?.replace(/[\u2068\u2069]/g, '')).toMatch(
      new RegExp(`^La vidéo qui met en colère, .*2026.* \\(code ${code}\\)$`),
    );
    expect(await violations(teacher)).toEqual([]);
    await teacher.screenshot({ path: screenshotPath('class-booster-setup-fr-desktop') });
    await setup.getByRole('button', { name: 'Lancer une séance de rappel' }).click();
    const boosterCode = (await teacher.locator('.class-code').textContent())?.trim() ?? '';
    expect(boosterCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(boosterCode).not.toBe(code);
    // Five phones play it: right but for the first 1, 1, 0, 0, 0 messages (7, 7, 8, 8, 8 of 8: mean 7.6).
    // One after another: five phones loading the game at once starve a loaded 2-core machine.
    for (const wrong of [1, 1, 0, 0, 0]) await boosterStudent(boosterCode, wrong);
    const sideBySide = teacher.getByRole('table', { name: 'Le résultat de la classe, côte à côte' }).first();
    await expect
      .poll(() => sideBySide.locator('tbody tr').last().textContent(), { timeout: 30_000 })
      .toContain('7,6 / 8');
    const rows = await sideBySide
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Avant', '5', '2,6 / 6', '43\u00a0%'],
      ['Après', '5', '4,4 / 6', '73\u00a0%'],
      ['Rappel', '5', '7,6 / 8', '95\u00a0%'],
    ]);
    // In view beside the join code on a school PC, without scrolling.
    const box = await teacher.locator('.class-results .booster-result').boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
    expect(await teacher.locator('.class-results').textContent()).not.toContain('Choix');
    expect(await violations(teacher)).toEqual([]);
    await teacher.screenshot({ path: screenshotPath('class-booster-fr-desktop') });
    const boosterCsv = await downloaded(teacher, 'Télécharger le bilan (CSV)');
    expect(boosterCsv).toContain('"Avant, après, rappel","Rappel","7,6 / 8 (95\u00a0%)","5"');
    expect(boosterCsv).toContain('"Avant, après, rappel","Avant","2,6 / 6 (43\u00a0%)","5"');
    expect(boosterCsv).not.toMatch(/simulated-device|[0-9a-f]{64}/);
    expect(problems).toEqual([]);
    await device.close();
    await teacher.close();
  }, 600_000);

  it('in Arabic: the same result, right to left, the chart mirrored; axe finds nothing', async () => {
    const problems: string[] = [];
    const { page: teacher, code } = await teacherSession('ar', problems);
    for (const [n, scores] of SCORES.entries()) await simulatedStudent(code, 10 + n, scores);
    const chart = teacher.locator('.class-results svg.evidence-chart');
    await chart.waitFor({ timeout: 45_000 });
    // Numbers are isolated (FSI…PDI) and signed ones carry a left-to-right mark, so "+1.8" never reads "1.8+".
    const alt = ((await chart.getAttribute('aria-label')) ?? '').replace(/[\u200e\u2068\u2069]/g, '');
    expect(alt).toContain('متوسط النتيجة قبل: 2.6 من 6');
    expect(alt).toContain('من +0.4 إلى +3.2');
    // Mirrored: the labels stand on the right, and the "after" bar grows leftwards from 0.
    const geometry = await chart.evaluate((svg) => {
      const label = svg.querySelector('text.label')?.getBoundingClientRect();
      const bar = svg.querySelector('rect.bar-after')?.getBoundingClientRect();
      return { label: label?.left ?? 0, barRight: bar?.right ?? 0 };
    });
    expect(geometry.label).toBeGreaterThan(geometry.barRight);
    expect(await violations(teacher)).toEqual([]);
    await teacher.locator('.class-results .evidence').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-evidence-ar-desktop') });
    await teacher.setViewportSize({ width: 360, height: 740 });
    await teacher.locator('.class-results .evidence').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-evidence-ar-phone') });
    await teacher.emulateMedia({ media: 'print' });
    await teacher.screenshot({ path: screenshotPath('class-evidence-ar-print'), fullPage: true });
    expect(problems).toEqual([]);
    await teacher.close();
  }, 120_000);

  it('in Arabic: a booster session beside the class kept on this PC, its setup and the phone round; axe finds nothing', async () => {
    const problems: string[] = [];
    const earlier = {
      code: 'K7QX2M',
      scenario: 'the-video',
      lang: 'ar',
      createdAt: Date.UTC(2026, 10, 18, 9, 30),
      ...{ done: 5, items: 6, before: 2.6, after: 4.4, difference: 1.8, low: 0.44, high: 3.16, effect: 1.64 },
    };
    const teacher = await game.browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    teacher.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await teacher.addInitScript((kept) => {
      localStorage.setItem('byr:teacher:classes', JSON.stringify({ version: 1, classes: [kept] }));
    }, earlier);
    await teacher.goto(`${game.url}/?teacher=1&lang=ar`);
    await teacher.getByRole('button', { name: 'للأساتذة: جلسة القسم' }).click();
    const setup = teacher.getByRole('region', { name: 'جلسة تذكير، بعد أسبوع أو أكثر' });
    const option = await setup.getByLabel('القسم السابق').locator('option:checked').textContent();
    expect(option?.replace(/[\u2068\u2069]/g, '')).toContain('(الرمز K7QX2M)');
    expect(await violations(teacher)).toEqual([]);
    await teacher.screenshot({ path: screenshotPath('class-booster-setup-ar-desktop') });
    await setup.getByRole('button', { name: 'بدء جلسة تذكير' }).click();
    const code = (await teacher.locator('.class-code').textContent())?.trim() ?? '';
    // The code reads left to right but stands where Arabic text starts: on the right of its column.
    const [codeBox, columnBox] = await Promise.all([
      teacher.locator('.class-code span').boundingBox(),
      teacher.locator('.class-session').boundingBox(),
    ]);
    expect((columnBox?.x ?? 0) + (columnBox?.width ?? 0) - ((codeBox?.x ?? 0) + (codeBox?.width ?? 0))).toBeLessThan(
      24,
    );

    // One phone plays the round (Arabic, right to left); four more students answer through the service.
    const phone = await game.browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await phone.newPage();
    await page.goto(`${game.url}/?join=${code}&lang=ar&pacing=instant`);
    await page.getByRole('heading', { name: 'جولة تذكير: 8 رسائل جديدة' }).waitFor({ timeout: 90_000 });
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('class-booster-round-ar-phone') });
    const answers = page.getByRole('group', { name: 'ما نوع هذه الرسالة؟' });
    for (const [i, manipulative] of BOOSTER_ANSWERS.entries()) {
      await answers.getByRole('button', { name: manipulative ? 'تلاعب' : 'عادية' }).click();
      await page.getByRole('button', { name: i < 7 ? 'الرسالة التالية' : 'عرض نتيجتي' }).click();
    }
    await phone.close();
    for (let n = 0; n < 4; n++) {
      const res = await call<{ token: string }>(game.url, 'POST', `/api/v1/sessions/${code}/join`, {
        body: { device: `simulated-booster-${n}-0123456789` },
      });
      for (const [item, manipulative] of BOOSTER_ANSWERS.entries()) {
        const correct = item >= n;
        const answer = manipulative === correct ? 'manipulative' : 'ordinary';
        const event = { kind: 'check', phase: 'booster', item, answer, correct };
        expect(await postEvent(game.url, code, res.body.token, event)).toBe(202);
      }
    }
    // 8 + 8 + 7 + 6 + 5 = 34 of 40: 6.8 of 8.
    const sideBySide = teacher.getByRole('table', { name: 'نتيجة القسم، جنبًا إلى جنب' }).first();
    // Numbers are isolated (FSI…PDI) in Arabic text.
    const plain = async (row: 'first' | 'last') =>
      ((await sideBySide.locator('tbody tr')[row]().textContent()) ?? '').replace(/[\u200e\u2068\u2069]/g, '');
    await expect.poll(() => plain('last'), { timeout: 30_000 }).toContain('6.8 / 8');
    expect(await plain('last')).toContain('85%');
    expect(await plain('first')).toContain('2.6 / 6');
    expect(await violations(teacher)).toEqual([]);
    await teacher.screenshot({ path: screenshotPath('class-booster-ar-desktop') });
    await teacher.setViewportSize({ width: 360, height: 740 });
    await teacher.locator('.class-results .booster-result').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-booster-ar-phone') });
    expect(problems).toEqual([]);
    await teacher.close();
  }, 300_000);
});
