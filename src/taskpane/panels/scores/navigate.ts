/**
 * The shell keeps the current tab to itself; a panel that sends the user elsewhere presses that tab, so
 * focus, selection and keyboard behaviour stay the shell's.
 */
export function openPanel(id: string): boolean {
  const tab = document.querySelector<HTMLElement>(`[data-testid="nav-${id}"]`);
  if (!tab) return false;
  tab.click();
  tab.focus();
  return true;
}
