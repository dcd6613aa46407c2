import type { Answer, PanelRef, Question } from '../view-types';
import { api, withAnswers, type Selection } from './api';
import { byId } from './dom';

// Sidebars and dialogs are iframes of /html/:id, sandboxed WITHOUT allow-same-origin: the add-on's page gets an
// opaque origin, cannot read the preview's storage or DOM, and reaches the server only through the page, which
// forwards its google.script.run calls (postMessage) to /api/run. allow-forms/allow-modals/allow-popups let
// sidebar forms, confirm() and links behave as they do in Sheets' own sandboxed iframe.
const SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';

export interface PanelsOptions {
  onAfterRun(): void;
  onError(message: string): void;
  /** The cell selected in the grid, the active range the add-on's server functions see. */
  selection(): Selection | undefined;
  /** Shows an alert with buttons or a prompt the add-on's server function is waiting on. */
  ask(question: Question): Promise<Answer>;
}

export function createPanels(options: PanelsOptions) {
  const sidebar = byId('sidebar');
  const sidebarTitle = byId('sidebar-title');
  const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');
  const backdrop = byId('dialog-backdrop');
  const dialog = byId('dialog');
  const dialogTitle = byId('dialog-title');
  const dialogFrame = byId<HTMLIFrameElement>('dialog-frame');
  sidebarFrame.setAttribute('sandbox', SANDBOX);
  dialogFrame.setAttribute('sandbox', SANDBOX);
  let sidebarId: string | null = null;
  let dialogId: string | null = null;

  function closeSidebar() {
    if (sidebarId) void api.close(sidebarId).catch(() => undefined);
    sidebarId = null;
    sidebar.hidden = true;
    document.body.classList.remove('has-sidebar');
    sidebarFrame.removeAttribute('src');
  }

  function closeDialog() {
    if (dialogId) void api.close(dialogId).catch(() => undefined);
    dialogId = null;
    backdrop.hidden = true;
    dialogFrame.removeAttribute('src');
  }

  function show(ref: PanelRef | null, kind: 'sidebar' | 'dialog') {
    const current = kind === 'sidebar' ? sidebarId : dialogId;
    if (!ref) {
      if (current) {
        if (kind === 'sidebar') closeSidebar();
        else closeDialog();
      }
      return;
    }
    if (ref.id === current) return;
    if (kind === 'sidebar') {
      sidebarId = ref.id;
      sidebarTitle.textContent = ref.title || 'Add-on';
      sidebarFrame.title = ref.title || 'Add-on sidebar';
      sidebarFrame.src = `/html/${encodeURIComponent(ref.id)}`;
      sidebar.hidden = false;
      document.body.classList.add('has-sidebar');
    } else {
      dialogId = ref.id;
      dialogTitle.textContent = ref.title || '';
      dialogFrame.title = ref.title || 'Add-on dialog';
      dialog.style.width = `${ref.width ?? 600}px`;
      dialogFrame.style.height = `${ref.height ?? 400}px`;
      dialogFrame.src = `/html/${encodeURIComponent(ref.id)}`;
      backdrop.hidden = false;
    }
  }

  document.getElementById('sidebar-close')?.addEventListener('click', closeSidebar);
  document.getElementById('dialog-close')?.addEventListener('click', closeDialog);
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !backdrop.hidden) closeDialog();
  });

  window.addEventListener('message', event => {
    const fromSidebar = event.source !== null && event.source === sidebarFrame.contentWindow;
    const fromDialog = event.source !== null && event.source === dialogFrame.contentWindow;
    if (!fromSidebar && !fromDialog) return;
    const frame = fromSidebar ? sidebarFrame : dialogFrame;
    const data = (event.data ?? {}) as {
      type?: string;
      id?: number;
      functionName?: string;
      argsJson?: string;
      value?: unknown;
    };
    const reply = (message: Record<string, unknown>) =>
      frame.contentWindow?.postMessage({ type: 'okr-preview:result', id: data.id, ...message }, '*');
    switch (data.type) {
      case 'okr-preview:run': {
        let args: unknown[];
        try {
          args = JSON.parse(String(data.argsJson ?? '[]')) as unknown[];
        } catch {
          reply({ error: 'google.script.run: arguments are not JSON' });
          return;
        }
        const selection = options.selection();
        withAnswers(answers => api.run(String(data.functionName), args, selection, answers), options.ask)
          .then(
            ({ result }) => reply({ resultJson: result === undefined ? undefined : JSON.stringify(result) }),
            (error: Error) => reply({ error: error.message })
          )
          .finally(options.onAfterRun);
        return;
      }
      case 'okr-preview:close':
        if (fromSidebar) closeSidebar();
        else closeDialog();
        return;
      case 'okr-preview:setHeight':
        if (fromDialog && typeof data.value === 'number') dialogFrame.style.height = `${data.value}px`;
        return;
      case 'okr-preview:setWidth':
        if (fromDialog && typeof data.value === 'number') dialog.style.width = `${data.value}px`;
        return;
    }
  });

  return {
    update(sidebarRef: PanelRef | null, dialogRef: PanelRef | null) {
      show(sidebarRef, 'sidebar');
      show(dialogRef, 'dialog');
    },
  };
}
