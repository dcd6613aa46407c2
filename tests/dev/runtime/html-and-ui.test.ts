import { fixtureRuntime } from './fixture';

describe('HtmlService and Ui', () => {
  test('templates run scriptlets: <?= ?> escapes, <?!= ?> does not, <? ?> runs code, globals are visible', () => {
    const rt = fixtureRuntime();
    rt.call('showPage', '<b>Léa & co</b>');
    const sidebar = rt.ui.sidebars[0];
    expect(sidebar.title).toBe('Page');
    expect(sidebar.width).toBe(300);
    expect(sidebar.html).toBe(
      '<h1>Hello &lt;b&gt;Léa &amp; co&lt;/b&gt;</h1><div><b>Léa & co</b></div><ul><li>a</li><li>b</li></ul><p>number:1</p>'
    );
  });

  test('HtmlOutput setters and dialogs are recorded', () => {
    const rt = fixtureRuntime();
    const html = rt.global.HtmlService;
    const out = html
      .createHtmlOutput('<p>x</p>')
      .append('<p>y</p>')
      .setWidth(400)
      .setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    rt.global.SpreadsheetApp.getUi().showModalDialog(out, 'Quality check');
    expect(rt.ui.dialogs[0]).toMatchObject({
      title: 'Quality check',
      html: '<p>x</p><p>y</p>',
      width: 400,
      height: 200,
      kind: 'modal',
    });
    expect(html.createHtmlOutputFromFile('page').getContent()).toContain('<?= name ?>');
    expect(() => html.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });

  test('alerts and prompts answer with queued responses, OK by default', () => {
    const rt = fixtureRuntime();
    const ui = rt.global.SpreadsheetApp.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    rt.ui.queueAlertResponse('NO');
    expect(ui.alert('Title', 'Replace?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    rt.ui.queuePromptResponse('KR-0003');
    const response = ui.prompt('Which KR?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('KR-0003');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(rt.ui.alerts.map(a => a.message)).toEqual(['Hello', 'Replace?']);
    rt.spreadsheet.toast('Saved', 'okr-sheets', 3);
    expect(rt.ui.toasts).toEqual([{ message: 'Saved', title: 'okr-sheets', timeoutSeconds: 3 }]);
  });
});
