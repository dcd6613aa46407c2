// Quality dialog: a click on a cell reference selects that cell in the spreadsheet (the server validates it).
import { serverApi } from '../../html/rpc';

const server = serverApi(['selectCell']);

document.addEventListener('click', event => {
  const link = (event.target as Element | null)?.closest?.('a[data-cell]') as HTMLAnchorElement | null;
  if (!link) return;
  event.preventDefault();
  const status = document.getElementById('status');
  if (status) status.textContent = '';
  server.selectCell(link.dataset.cell ?? '').catch((error: Error) => {
    if (status) status.textContent = error.message;
  });
});
