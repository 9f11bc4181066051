/** A decrease this small is the frame's own height echoed back, not shorter content. */
const SMALL_SHRINK = 24;

/** Reports the height the content wants, so a host page can fit its frame (checked once per animation frame). */
export function watchContentHeight(ui: HTMLElement, safety: HTMLElement, report: (height: number) => void): void {
  if (typeof ResizeObserver !== 'function') return;
  let last = 0;
  let queued = false;
  const measure = () => {
    queued = false;
    const screen = ui.querySelector<HTMLElement>('.screen');
    const body = screen?.querySelector<HTMLElement>('.home-body');
    const height = Math.ceil(safety.offsetHeight + Math.max(screen?.scrollHeight ?? 0, (body?.scrollHeight ?? 0) + 64));
    // A screen that fills the frame measures a little less than the frame each time the frame shrinks to it, so
    // small decreases would walk the frame down 8 px per frame; only a real shrink (a shorter screen) is reported.
    if (height - last <= 2 && last - height <= SMALL_SHRINK) return;
    last = height;
    report(height);
  };
  const observer = new ResizeObserver(() => {
    if (!queued) requestAnimationFrame(measure);
    queued = true;
  });
  observer.observe(ui);
  new MutationObserver(() => observer.observe(ui.firstElementChild ?? ui)).observe(ui, { childList: true });
}
