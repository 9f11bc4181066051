/** The teacher pages' stylesheet (`teachers/guide.css`): system fonts only, A4 print rules, logical properties for RTL. */
export const GUIDE_CSS = `
@page { size: A4; margin: 15mm 14mm 16mm; }
@page map { size: A4 landscape; margin: 10mm; }
:root { color-scheme: light; --ink: #1a1f2b; --muted: #4d5567; --accent: #2f55d4; --line: #d3d9e6; --soft: #f3f5fa;
  --good: #16613a; --warn: #8a4b00; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink);
  background: #fff; line-height: 1.5; }
html[lang="ar"] { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
  line-height: 1.75; }
body { margin: 0 auto; max-width: 52rem; padding: 1.25rem 1.5rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-block-end: .25rem; border-block-end: 3px solid var(--accent);
  break-after: avoid; }
h3, h4 { font-size: 1.05rem; margin: 1rem 0 .3rem; break-after: avoid; }
p, li, dd { max-width: 46rem; }
a { color: var(--accent); }
q { quotes: "“" "”"; }
html[lang="fr"] q { quotes: "«\\00a0" "\\00a0»"; }
html[lang="ar"] q { quotes: "«" "»"; }
code.id { font-size: .75rem; color: var(--muted); font-weight: 400; direction: ltr; unicode-bidi: isolate; }
nav.top { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .9rem; margin-block-end: 1rem; }
.kicker { color: var(--accent); font-weight: 700; font-size: .9rem; margin: 0; }
.print-hint, .generated { color: var(--muted); font-size: .85rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .5rem; margin: 1rem 0;
  padding: 0; }
.facts div { border: 1px solid var(--line); border-radius: 8px; padding: .45rem .7rem; background: var(--soft); }
.facts dt { font-size: .8rem; color: var(--muted); }
.facts dd { margin: 0; font-weight: 700; }
.note { border: 2px solid var(--warn); border-radius: 8px; padding: .6rem 1rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem .8rem; margin: .8rem 0;
  break-inside: avoid; }
.card h3, .card h4 { margin-top: .2rem; }
.gender-lines { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .9rem; }
.gender-lines th, .gender-lines td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: start;
  vertical-align: top; }
.gender-lines tr { break-inside: avoid; }
.playbook { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .9rem; }
.playbook th, .playbook td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: start; vertical-align: top; }
.playbook td:first-child { width: 50%; }
.playbook .quote { margin: 0; }
.playbook tr { break-inside: avoid; }
.quote { margin: .4rem 0; padding: .35rem .8rem; border-inline-start: 4px solid var(--line); background: var(--soft);
  border-radius: 4px; break-inside: avoid; }
.quote cite, .context cite { font-style: normal; font-weight: 700; }
.tag, .badge { display: inline-block; font-size: .75rem; border: 1px solid var(--muted); border-radius: 999px;
  padding: 0 .5rem; color: var(--muted); }
.badge.adults { border-color: var(--warn); color: var(--warn); font-weight: 700; }
.ask { color: var(--muted); }
.role { font-weight: 400; color: var(--muted); }
.stages { padding-inline-start: 1.4rem; }
.stage h3 { margin-block-end: 0; }
.stage p { margin: .15rem 0; }
.seen { font-size: .92rem; }
.label { font-weight: 700; color: var(--muted); font-size: .85rem; margin: .4rem 0 .15rem; }
.num { display: inline-block; min-width: 1.7em; padding: 0 .35em; border-radius: 999px; background: var(--accent);
  color: #fff; text-align: center; }
.options { list-style: none; padding: 0; margin: .2rem 0 .5rem; }
.options li { display: flex; gap: .5rem; margin: .15rem 0; }
.letter { font-weight: 700; min-width: 1.3em; }
.question { background: #edf1fd; border-inline-start: 4px solid var(--accent); padding: .45rem .8rem; margin: .4rem 0 0;
  font-weight: 600; border-radius: 4px; }
.question .label { display: block; margin: 0; }
.cost { border-inline-start: 4px solid var(--muted); padding: .35rem .8rem; margin: .3rem 0 0; }
.cost .label { display: block; margin: 0; }
.context { margin: .3rem 0; }
.endings dt { font-weight: 700; margin-top: .6rem; }
.endings dd { margin-inline-start: 1.2rem; }
.rules li, .steps li { margin: .35rem 0; }
.help dl { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: .2rem 1rem; margin: .4rem 0; }
.help dt { font-weight: 700; color: var(--muted); }
.help dd { margin: 0; }
.help .contacts { margin: 0; padding-inline-start: 1.1rem; }
.help.adults { border-color: var(--warn); }
.check { color: var(--warn); font-weight: 600; }
.meta { font-size: .8rem; color: var(--muted); }
.map-figure { margin: 1rem 0; }
.map-figure svg, .map-band svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.guides { list-style: none; padding: 0; }
.map-print { display: none; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .6rem; font-size: .85rem; color: var(--muted); }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav.top, .print-hint { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 1.4rem; }
  .map-section, footer { page: map; }
  .map-section { break-before: page; }
  .map-section h2 { margin-top: 0; }
  .map-figure { display: none; }
  .map-print { display: block; }
  .map-band { break-inside: avoid; margin: 0 auto; }
  .map-band + .map-band { break-before: page; }
}
`;
