/** Focuses an element after React has re-rendered it (e.g. a card that moved to another cell). */
export function focusSoon(domId: string): void {
  requestAnimationFrame(() => {
    requestAnimationFrame(() => document.getElementById(domId)?.focus());
  });
}
