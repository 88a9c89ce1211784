/**
 * Progress on stderr for work that lasts: nothing for the first 2 seconds, then the current step at most
 * once a second. Shown when stderr is a terminal or with --progress, never on stdout (which scripts read).
 */
export interface Progress {
  step(text: string): void;
  done(): void;
}

const QUIET_MS = 2000;
const EVERY_MS = 1000;

export function startProgress(write: ((text: string) => void) | undefined, now = () => Date.now()): Progress {
  if (!write) return { step: () => undefined, done: () => undefined };
  const started = now();
  let last = 0;
  let current = '';
  let shown = '';
  const show = () => {
    const t = now();
    if (t - started < QUIET_MS || t - last < EVERY_MS || current === shown) return;
    last = t;
    shown = current;
    write(current);
  };
  // Between the awaits of a long read the timer still fires; a synchronous step is caught by step() itself.
  const timer = setInterval(show, 250);
  timer.unref();
  return {
    step(text) {
      current = text;
      show();
    },
    done() {
      clearInterval(timer);
    },
  };
}
