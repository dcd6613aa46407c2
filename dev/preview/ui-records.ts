import type { MenuView, Notice } from './view-types';

// Reads what the runtime recorded of the add-on's UI (menus, sidebars, dialogs, toasts, alerts) into the
// preview's plain shapes. Tolerant of field names, because these records are the runtime's, not the preview's.

type Loose = Record<string, unknown>;

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function htmlContent(record: unknown): string {
  const r = (record ?? {}) as Loose;
  const html = r.html ?? r.content ?? r.output;
  if (typeof html === 'string') return html;
  const output = html as { getContent?: () => string } | undefined;
  if (output && typeof output.getContent === 'function') return output.getContent();
  if (typeof (r as { getContent?: () => string }).getContent === 'function') {
    return (r as { getContent: () => string }).getContent();
  }
  return '';
}

export function panelTitle(record: unknown): string {
  const r = (record ?? {}) as Loose;
  const output = r.html as { getTitle?: () => string } | undefined;
  return text(r.title ?? (typeof output?.getTitle === 'function' ? output.getTitle() : ''));
}

export function panelSize(record: unknown): { width?: number; height?: number } {
  const r = (record ?? {}) as Loose;
  const output = r.html as { getWidth?: () => number; getHeight?: () => number } | undefined;
  const width = Number(r.width ?? (typeof output?.getWidth === 'function' ? output.getWidth() : NaN));
  const height = Number(r.height ?? (typeof output?.getHeight === 'function' ? output.getHeight() : NaN));
  return { ...(width > 0 ? { width } : {}), ...(height > 0 ? { height } : {}) };
}

export function toNotice(kind: Notice['kind'], record: unknown): Notice {
  if (typeof record === 'string') return { kind, title: '', message: record };
  const r = (record ?? {}) as Loose;
  return { kind, title: text(r.title), message: text(r.message ?? r.msg ?? r.prompt ?? r.text) };
}

type MenuEntry = MenuView['items'][number];

function toItem(item: unknown): MenuEntry | null {
  const r = (item ?? {}) as Loose;
  if (r.separator || r.type === 'separator') return { separator: true };
  const caption = text(r.caption ?? r.title ?? r.name);
  if (Array.isArray(r.submenu)) {
    return { caption, submenu: r.submenu.map(toItem).filter(i => i !== null) };
  }
  const functionName = text(r.functionName ?? r.fn ?? r.function);
  return caption ? { caption, functionName } : null;
}

export function toMenus(menus: unknown): MenuView[] {
  if (!Array.isArray(menus)) return [];
  return menus.map(menu => {
    const r = (menu ?? {}) as Loose;
    const items = Array.isArray(r.items) ? r.items.map(toItem).filter(i => i !== null) : [];
    return { title: text(r.title ?? r.name), addon: r.addon !== false, items };
  });
}

/** Captions of every runnable item, submenus included. */
export function menuCaptions(menus: MenuView[]): string[] {
  const captions = (items: MenuEntry[]): string[] =>
    items.flatMap(i => ('submenu' in i ? captions(i.submenu) : 'functionName' in i ? [i.caption] : []));
  return menus.flatMap(m => captions(m.items));
}
