import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import de from '../../src/i18n/de.js';
import ja from '../../src/i18n/ja.js';
import { button, realClick, shadow } from '../helpers.js';

// Both tab bars close what they hold with one family of terms (`closeNamed`, `closeQuestion`,
// `closeConfirm` for a session or a tab, and the tooltip `deleteHint`): the agent reads, per
// language, the words a translator wrote once for both bars.

const FSI = '\u2068';
const PDI = '\u2069';

async function bars(lang: string) {
  const provider = await fixture<SessionProvider>(html`<session-provider lang=${lang}>
    <session-panel></session-panel>
    <app-tab-panel></app-tab-panel>
  </session-provider>`);
  const store = provider.store;
  store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
  store.openTab({ app: { id: 'kb', title: 'Notes', url: 'https://apps.example/notes' } });
  const panel = provider.querySelector('session-panel')!;
  const bar = provider.querySelector('app-tab-panel')!;
  await panel.updateComplete;
  await bar.updateComplete;
  return { panel, bar };
}

/** The close button's name, its tooltip, and the close dialog's heading and confirm button. */
async function sessionWords(panel: Element, name: string, tooltip: string, heading: string, confirm: string) {
  const close = button(panel, name);
  expect(close.title, 'the tooltip: the name with the Delete key').to.equal(tooltip);
  await realClick(close);
  const dialog = shadow(panel).querySelector('dialog')!;
  expect(dialog.open).to.be.true;
  expect(dialog.querySelector('h2')!.textContent).to.equal(heading);
  expect(button(dialog, confirm)).to.exist;
  await realClick(button(dialog, confirm));
  expect(dialog.open).to.be.false;
}

describe('closing in every language: one family of terms for sessions and tabs', () => {
  before(() => {
    registerTranslation(de, ja);
    // A host whose keyboards label the key "Del" says so once, for both bars.
    registerTranslation({ $code: 'en-x-del', deleteHint: (label) => `${label} (Del)` });
  });

  it('German: each bar says what it closes, with the Delete key named as German keyboards do', async () => {
    const { panel, bar } = await bars('de');
    expect(button(bar, 'Tab Notes schließen').title).to.equal(`Tab ${FSI}Notes${PDI} schließen (Entf)`);
    await sessionWords(panel, 'Sitzung Contoso schließen', `Sitzung ${FSI}Contoso${PDI} schließen (Entf)`, 'Sitzung schließen?', 'Sitzung schließen');
  });

  it('Japanese: the name stands between the quotes of the sentence', async () => {
    const { panel, bar } = await bars('ja');
    expect(button(bar, 'タブ「Notes」を閉じる').title).to.equal(`タブ「${FSI}Notes${PDI}」を閉じる (Delete キー)`);
    await sessionWords(panel, 'セッション「Contoso」を閉じる', `セッション「${FSI}Contoso${PDI}」を閉じる (Delete キー)`, 'セッションを閉じますか?', 'セッションを閉じる');
  });

  it('a host names the Delete key once: both bars\' tooltips follow, their names and dialogs stay', async () => {
    const { panel, bar } = await bars('en-x-del');
    expect(button(bar, 'Close tab Notes').title).to.equal(`Close tab ${FSI}Notes${PDI} (Del)`);
    await sessionWords(panel, 'Close session Contoso', `Close session ${FSI}Contoso${PDI} (Del)`, 'Close session?', 'Close session');
  });
});
