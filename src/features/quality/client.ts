// Quality dialog: a click on a cell reference selects that cell in the spreadsheet (the server validates it).
declare const google: {
  script: {
    run: {
      withSuccessHandler(fn: () => void): typeof google.script.run;
      withFailureHandler(fn: (error: Error) => void): typeof google.script.run;
      selectCell(a1: string): void;
    };
  };
};

document.addEventListener('click', event => {
  const link = (event.target as Element | null)?.closest?.('a[data-cell]') as HTMLAnchorElement | null;
  if (!link) return;
  event.preventDefault();
  const status = document.getElementById('status');
  if (status) status.textContent = '';
  google.script.run
    .withSuccessHandler(() => undefined)
    .withFailureHandler(error => {
      if (status) status.textContent = error.message;
    })
    .selectCell(link.dataset.cell ?? '');
});
