import type { Answer, MenuView, Notice, PreviewState, Question, GridView } from '../view-types';
import { api, withAnswers, type Selection } from './api';
import { byId, el } from './dom';
import { a1Of, HEADER_HEIGHT, positionOfA1, renderGrid, ROW_HEADER_WIDTH } from './grid';
import { createPanels } from './panels';
import { askQuestion } from './question';

const gridScroll = byId('grid-scroll');
const tabs = byId('tabs');
const menubar = byId('menubar');
const nameBox = byId('name-box');
const formulaInput = byId<HTMLInputElement>('formula-input');
const notices = byId('notices');
const fileInfo = byId('file-info');
const busy = byId('busy');

let state: PreviewState | null = null;
let selected = { row: 0, col: 0 };
let editor: HTMLInputElement | null = null;
let pending = 0;

const panels = createPanels({
  // A dialog or sidebar may have moved the active cell (e.g. the quality check's cell links): follow it.
  onAfterRun: () => void act(api.state, true),
  onError: message => notify({ kind: 'alert', title: 'Error', message }),
  selection: currentSelection,
  ask,
});

/** A question the add-on waits on: the page is not "working" while the user reads it. */
async function ask(question: Question): Promise<Answer> {
  busy.hidden = true;
  try {
    return await askQuestion(question, state?.locale ?? 'en_US');
  } finally {
    busy.hidden = pending === 0;
  }
}

function currentSelection(): Selection | undefined {
  return state?.view ? { sheet: state.view.name, a1: a1Of(selected.row, selected.col) } : undefined;
}

function notify(notice: Notice | { kind: 'error'; title: string; message: string }) {
  const box = el('div', {
    class: `notice notice-${notice.kind}`,
    role: notice.kind === 'toast' ? 'status' : 'alert',
  });
  if (notice.title) box.append(el('strong', {}, notice.title));
  box.append(el('span', {}, notice.message));
  const close = el('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  notices.append(box);
  if (notice.kind === 'toast') setTimeout(() => box.remove(), 6000);
}

/**
 * Runs a request, then redraws from the state it returns; errors become visible notices. followActiveCell: the
 * request ran add-on code, whose active cell (sent with the request, maybe moved by it) becomes the selection.
 */
async function act(request: () => Promise<PreviewState>, followActiveCell = false): Promise<void> {
  pending++;
  busy.hidden = false;
  try {
    render(await request(), followActiveCell);
  } catch (error) {
    notify({ kind: 'error', title: 'Error', message: (error as Error).message });
  } finally {
    if (--pending === 0) busy.hidden = true;
  }
}

function refresh(): Promise<void> {
  return act(api.state);
}

function selectedCell(view: GridView) {
  return view.cells[selected.row]?.[selected.col] ?? null;
}

function showSelection() {
  if (!state?.view) return;
  gridScroll.querySelector('td.selected')?.classList.remove('selected');
  const a1 = a1Of(selected.row, selected.col);
  const td = gridScroll.querySelector<HTMLElement>(`td[data-a1="${a1}"]`);
  td?.classList.add('selected');
  td?.setAttribute('aria-selected', 'true');
  nameBox.textContent = a1;
  const cell = selectedCell(state.view);
  formulaInput.value = cell?.f ?? cell?.e ?? cell?.t ?? '';
}

function select(row: number, col: number, scroll = true) {
  if (!state?.view) return;
  selected = {
    row: Math.max(0, Math.min(state.view.rowCount - 1, row)),
    col: Math.max(0, Math.min(state.view.columnCount - 1, col)),
  };
  showSelection();
  if (scroll)
    gridScroll
      .querySelector(`td[data-a1="${a1Of(selected.row, selected.col)}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function menuItems(items: MenuView['items'], container: HTMLElement) {
  for (const item of items) {
    if ('separator' in item) {
      container.append(el('hr', { role: 'separator' }));
    } else if ('submenu' in item) {
      const group = el('div', { role: 'group', 'aria-label': item.caption, class: 'menu-group' });
      group.append(el('div', { class: 'menu-group-title' }, item.caption));
      menuItems(item.submenu, group);
      container.append(group);
    } else {
      const entry = el('button', { type: 'button', role: 'menuitem' }, item.caption);
      entry.addEventListener('click', () => {
        closeMenus();
        const selection = currentSelection();
        void act(() => withAnswers(answers => api.menu(item.caption, selection, answers), ask), true);
      });
      container.append(entry);
    }
  }
}

/** A menu bar button with its drop-down list. */
function topMenu(label: string, id: string, fill: (list: HTMLElement) => void, autoOpen?: () => void) {
  const root = el('div', { class: 'menu' });
  const button = el(
    'button',
    { type: 'button', id, class: 'menu-button', 'aria-haspopup': 'true', 'aria-expanded': 'false' },
    label
  );
  const list = el('div', { class: 'menu-list', role: 'menu', 'aria-label': label, hidden: '' });
  fill(list);
  button.addEventListener('click', () => {
    const open = list.hidden;
    closeMenus();
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) autoOpen?.();
  });
  root.append(button, list);
  return root;
}

let shownMenus = '';

/** Rebuilt only when the add-on's menus change, so a menu the user opened stays open across refreshes. */
function renderMenus(menus: MenuView[]) {
  const key = JSON.stringify(menus);
  if (key === shownMenus) return;
  shownMenus = key;
  menubar.replaceChildren();
  const addonMenus = menus.filter(m => m.addon);
  menus
    .filter(m => !m.addon)
    .forEach((menu, i) =>
      menubar.append(topMenu(menu.title, `menu-${i}`, list => menuItems(menu.items, list)))
    );
  const subLists: HTMLElement[] = [];
  const extensions = topMenu(
    'Extensions',
    'menu-extensions',
    list => {
      for (const menu of addonMenus) {
        const sub = el('div', { class: 'submenu' });
        const title = el(
          'button',
          { type: 'button', role: 'menuitem', 'aria-haspopup': 'true', class: 'submenu-title' },
          `${menu.title} ▸`
        );
        const items = el('div', {
          class: 'menu-list submenu-list',
          role: 'menu',
          'aria-label': menu.title,
          hidden: '',
        });
        menuItems(menu.items, items);
        subLists.push(items);
        title.addEventListener('click', () => {
          const open = items.hidden;
          subLists.forEach(l => (l.hidden = true));
          items.hidden = !open;
        });
        sub.append(title, items);
        list.append(sub);
      }
      if (addonMenus.length === 0) list.append(el('div', { class: 'menu-empty' }, 'No add-on menu'));
    },
    () => {
      if (subLists.length === 1) subLists[0].hidden = false;
    }
  );
  menubar.append(extensions);
}

function closeMenus() {
  menubar.querySelectorAll<HTMLElement>('.menu-list').forEach(l => (l.hidden = true));
  menubar.querySelectorAll('.menu-button').forEach(b => b.setAttribute('aria-expanded', 'false'));
}

function renderTabs(sheets: string[], active: string | null) {
  tabs.replaceChildren();
  for (const name of sheets) {
    const tab = el(
      'button',
      { type: 'button', role: 'tab', 'aria-selected': String(name === active), class: 'tab' },
      name
    );
    tab.addEventListener('click', () => {
      if (name === state?.activeSheet) return;
      selected = { row: 0, col: 0 };
      void act(() => api.activate(name));
    });
    tabs.append(tab);
  }
}

/** Each sheet tab keeps its own scroll position, as in Sheets. */
const scrolls = new Map<string, { top: number; left: number }>();

/** Cells brought into view (keyboard, links) land beside the frozen rows and columns, not under them. */
function frozenPadding(view: GridView) {
  const sum = (sizes: number[], count: number, fallback: number) =>
    sizes.slice(0, count).reduce((total, size) => total + (size || fallback), 0);
  gridScroll.style.scrollPaddingLeft = `${ROW_HEADER_WIDTH + sum(view.columnWidths, view.frozenColumns, 100)}px`;
  gridScroll.style.scrollPaddingTop = `${HEADER_HEIGHT + sum(view.rowHeights, view.frozenRows, 21)}px`;
}

function render(next: PreviewState, followActiveCell = false) {
  const sheetChanged = next.activeSheet !== state?.activeSheet;
  const scroll = { top: gridScroll.scrollTop, left: gridScroll.scrollLeft };
  if (sheetChanged && state?.activeSheet) scrolls.set(state.activeSheet, scroll);
  state = next;
  const active = followActiveCell && next.activeCell ? positionOfA1(next.activeCell) : null;
  if (active) selected = active;
  renderMenus(next.menus);
  renderTabs(next.sheets, next.activeSheet);
  fileInfo.textContent = `${next.file} · ${next.locale}`;
  closeEditor();
  gridScroll.replaceChildren(
    next.view ? renderGrid(next.view, next.locale) : el('p', { class: 'empty' }, 'No sheet')
  );
  const restore = sheetChanged ? (scrolls.get(next.activeSheet ?? '') ?? { top: 0, left: 0 }) : scroll;
  gridScroll.scrollTop = restore.top;
  gridScroll.scrollLeft = restore.left;
  if (next.view) frozenPadding(next.view);
  if (active) select(active.row, active.col);
  else showSelection();
  panels.update(next.sidebar, next.dialog);
  for (const notice of next.notices) notify(notice);
}

function openEditor(initial: string) {
  if (!state?.view) return;
  const td = gridScroll.querySelector<HTMLElement>(`td[data-a1="${a1Of(selected.row, selected.col)}"]`);
  if (!td) return;
  closeEditor();
  editor = el('input', {
    class: 'cell-editor',
    'aria-label': `Edit ${a1Of(selected.row, selected.col)}`,
    autocomplete: 'off',
  });
  editor.value = initial;
  const canvas = gridScroll.firstElementChild as HTMLElement;
  // offset* are in the grid's own (unzoomed) pixels, which is what the editor's position inside it needs.
  Object.assign(editor.style, {
    left: `${td.offsetLeft}px`,
    top: `${td.offsetTop}px`,
    width: `${Math.max(td.offsetWidth, 120)}px`,
    height: `${td.offsetHeight}px`,
  });
  canvas.append(editor);
  editor.focus();
  editor.setSelectionRange(initial.length, initial.length);
  editor.addEventListener('input', () => (formulaInput.value = editor?.value ?? ''));
  editor.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      commit((editor as HTMLInputElement).value, event.key === 'Tab' ? [0, 1] : [1, 0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeEditor();
      showSelection();
      gridScroll.focus();
    }
  });
}

function closeEditor() {
  editor?.remove();
  editor = null;
}

function commit(input: string, move: [number, number]) {
  if (!state?.view) return;
  const sheet = state.view.name;
  const a1 = a1Of(selected.row, selected.col);
  closeEditor();
  selected = { row: selected.row + move[0], col: selected.col + move[1] };
  gridScroll.focus();
  void act(() => api.editCell(sheet, a1, input));
}

gridScroll.addEventListener('mousedown', event => {
  const td = (event.target as HTMLElement).closest('td[data-a1]');
  if (!td || (event.target as HTMLElement).classList.contains('cell-editor')) return;
  select(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')), false);
  gridScroll.focus();
  event.preventDefault();
});

// Hovering a cell with an error (or a note) shows its message, as Sheets does.
const cellTip = byId('cell-tip');
gridScroll.addEventListener('mouseover', event => {
  const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-tip]');
  if (!td) {
    cellTip.hidden = true;
    return;
  }
  const box = td.getBoundingClientRect();
  cellTip.textContent = td.dataset.tip ?? '';
  cellTip.hidden = false;
  const width = cellTip.offsetWidth;
  cellTip.style.left = `${Math.max(4, Math.min(box.right + 2, window.innerWidth - width - 4))}px`;
  cellTip.style.top = `${Math.min(box.top, window.innerHeight - cellTip.offsetHeight - 4)}px`;
});
gridScroll.addEventListener('mouseleave', () => (cellTip.hidden = true));
gridScroll.addEventListener('scroll', () => (cellTip.hidden = true));

gridScroll.addEventListener('dblclick', event => {
  if ((event.target as HTMLElement).closest('td[data-a1]') && state?.view) {
    const cell = selectedCell(state.view);
    openEditor(cell?.f ?? cell?.e ?? cell?.t ?? '');
  }
});

gridScroll.addEventListener('keydown', event => {
  if (editor || !state?.view || event.target !== gridScroll) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, event.shiftKey ? -1 : 1],
    Enter: [1, 0],
  };
  if (event.key === 'F2') {
    const cell = selectedCell(state.view);
    openEditor(cell?.f ?? cell?.e ?? cell?.t ?? '');
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    commit('', [0, 0]);
  } else if (moves[event.key]) {
    select(selected.row + moves[event.key][0], selected.col + moves[event.key][1]);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    openEditor(event.key);
  } else {
    return;
  }
  event.preventDefault();
});

formulaInput.addEventListener('keydown', event => {
  if (event.key === 'Enter') {
    event.preventDefault();
    commit(formulaInput.value, [1, 0]);
  } else if (event.key === 'Escape') {
    showSelection();
    gridScroll.focus();
  }
});

document.addEventListener('mousedown', event => {
  if (!(event.target as HTMLElement).closest('#menubar')) closeMenus();
});

document.getElementById('reset')?.addEventListener('click', () => {
  if (confirm('Start again from a new empty spreadsheet? The current workbook file will be replaced.')) {
    selected = { row: 0, col: 0 };
    void act(api.reset);
  }
});

const zoom = byId<HTMLSelectElement>('zoom');
function applyZoom() {
  gridScroll.style.zoom = zoom.value;
  localStorage.setItem('okr-preview-zoom', zoom.value);
}
zoom.value = localStorage.getItem('okr-preview-zoom') ?? '1';
if (!zoom.value) zoom.value = '1';
applyZoom();
zoom.addEventListener('change', applyZoom);

void refresh();
