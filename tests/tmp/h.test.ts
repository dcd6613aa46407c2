import { installed } from '../template/runtime-helpers';
it('h', () => {
  const rt = installed();
  rt.call('insertExampleOkrs');
  const v = rt.sheetValues('OKRs');
  console.log(JSON.stringify(v[0]), JSON.stringify(rt.sheetFormulas('OKRs')[0].slice(-3)));
  console.log(JSON.stringify(rt.sheetValues('Dashboard').slice(0, 3)));
  rt.calls.reset();
  rt.call('installTemplate');
  console.log(rt.ui.toasts.at(-1)?.message);
});
