import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface LineMenuItem {
  label: string;
  /** The item's accessible name when the visible label alone would be ambiguous ("Delete I48.91"). */
  name: string;
  disabled?: boolean;
  run: () => void;
}

interface LineActionsMenuProps {
  /** The code as read, for the button's name: "Actions for I48.91". */
  code: string;
  items: readonly LineMenuItem[];
}

/**
 * One tab stop for a line's actions (move, revise, delete, classify): a menu button following the ARIA
 * menu-button pattern. Arrow keys, Home and End move within the open menu; Escape closes it and returns
 * the focus to the button; Tab closes it and moves on.
 */
export function LineActionsMenu({ code, items }: LineActionsMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemButtons = () => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    itemButtons()
      .find((b) => b.getAttribute('aria-disabled') !== 'true')
      ?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = itemButtons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (item: LineMenuItem) => {
    if (item.disabled) return;
    close(true);
    item.run();
  };

  return (
    <div className="line-menu">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-small"
        data-field="actions"
        aria-label={`Actions for ${code}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Actions <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Actions for ${code}`}
          className="line-menu-list"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-label={item.name}
                aria-disabled={item.disabled || undefined}
                onClick={() => choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
