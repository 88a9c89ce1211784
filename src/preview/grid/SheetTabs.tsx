import type { KeyboardEvent } from 'react';

interface SheetTabsProps {
  names: string[];
  active: string;
  onSelect(name: string): void;
}

/** The sheet tabs under the grid, reachable with the keyboard (arrow keys move between tabs). */
export function SheetTabs({ names, active, onSelect }: SheetTabsProps) {
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = names[(index + step + names.length) % names.length];
    onSelect(next);
  };
  return (
    <div className="preview-tabs" role="tablist" aria-label="Các trang tính">
      {names.map((name, index) => (
        <button
          key={name}
          role="tab"
          aria-selected={name === active}
          tabIndex={name === active ? 0 : -1}
          data-testid={`sheet-tab-${name}`}
          onClick={() => onSelect(name)}
          onKeyDown={(e) => onKey(e, index)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
