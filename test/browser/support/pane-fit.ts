/** Whether the task pane scrolls sideways, measured as Excel's pane would be: the pane box and the document. */
import type { Page } from 'playwright-core';

export interface PaneFit {
  /** Step name and what spilled over, empty when everything fits. */
  problems: string[];
}

/**
 * The pane (`.preview-pane`, the box Excel sizes) and the page's scrolling element must both fit their
 * width; the widest elements that stick out past the pane's right edge are named so a failure says where.
 */
export async function paneOverflow(page: Page, step: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.preview-pane')!;
    const doc = document.scrollingElement as HTMLElement;
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    const out: string[] = [];
    if (pane.scrollWidth > pane.clientWidth) {
      out.push(`pane scrollWidth ${pane.scrollWidth} > clientWidth ${pane.clientWidth}`);
      const culprits = [...pane.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 0.5)
        .slice(-3)
        .map((el) => {
          const id = el.getAttribute('data-testid') ?? el.tagName.toLowerCase();
          const field = el.closest('.fui-Field')?.querySelector('label')?.textContent ?? '';
          const box = el.getBoundingClientRect();
          return `${id} in field "${field}" (${Math.round(box.left)}–${Math.round(box.right)} px)`;
        });
      out.push(...culprits);
    }
    if (doc.scrollWidth > doc.clientWidth)
      out.push(`page scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}`);
    return out;
  });
  return found.map((p) => `${step}: ${p}`);
}
