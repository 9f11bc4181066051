/**
 * When the game runs inside a partner's frame: the host page's exact origin, so messages go to it alone (never
 * `*`). Undefined at top level or when the browser does not say.
 */
export function hostOrigin(win: Window = window): string | undefined {
  if (win.top === win) return undefined;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Tells the host page the player left (the partner protocol; see docs/partners.md when it lands). */
export function tellHostLeft(win: Window = window): boolean {
  const origin = hostOrigin(win);
  if (!origin) return false;
  win.parent.postMessage({ protocol: 'before-you-reply', version: 1, type: 'leave' }, origin);
  return true;
}
