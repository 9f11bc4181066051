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
    if (Math.abs(height - last) <= 2) return;
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
