import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryCrm } from '../src/data/index.js';
import '../src/index.js';
import type { AppTabPanel, SessionProvider, SessionView } from '../src/index.js';
import { realClick, shadow, tabs as sessionTabsOf, accessibleText, until } from './helpers.js';

// End to end, as an agent: work in two sessions and several tabs; nothing typed is lost and no
// content is re-created by switching; closing a session with many tabs leaves nothing behind.
describe('end to end: switch anything, lose nothing', () => {
  it('keeps typed text, element identity and an iframe\'s state across tab and session switches', async () => {
    const crm = new InMemoryCrm({ workItems: 5 });
    const caseForm = () => {
      const form = document.createElement('form');
      const label = document.createElement('label');
      label.textContent = 'Case title ';
      const input = document.createElement('input');
      label.append(input);
      form.append(label);
      return form;
    };
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}>
      <session-panel></session-panel>
      <app-tab-panel
        .applications=${[
          { id: 'case', title: 'New case' },
          // Served from the desktop's origin and read by this test: trusted, by the documented opt-in.
          { id: 'partner', title: 'Partner app', url: new URL('./fixtures/title-app.html', import.meta.url).href, sandbox: { trustedSameOrigin: true } },
        ]}
      ></app-tab-panel>
      <session-view .renderers=${{ app: { case: caseForm } }}><p>Dashboard</p></session-view>
    </session-provider>`);
    const { store } = provider;
    const panel = provider.querySelector('session-panel')!;
    const tabsBar = provider.querySelector('app-tab-panel') as AppTabPanel;
    const view = provider.querySelector('session-view') as SessionView;
    const openApp = async (title: string) => {
      await realClick(shadow(tabsBar).querySelector('[part="add"]')!);
      await until(() => [...shadow(tabsBar).querySelectorAll('[role="menuitem"]')].some((m) => m.textContent === title), 'the menu');
      await realClick([...shadow(tabsBar).querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.textContent === title)!);
      await view.updateComplete;
    };
    const clickTab = async (title: string) => {
      await realClick([...shadow(tabsBar).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent!.trim() === title)!);
      await view.updateComplete;
    };
    const clickSession = async (title: string) => {
      await realClick(sessionTabsOf(panel).find((t) => accessibleText(t) === title)!);
      await view.updateComplete;
    };

    // Session A: a case form and a partner app in an iframe.
    store.openRecordSession({ entity: 'account', id: crm.records.accounts[0]!.id, name: 'Session A' });
    await view.updateComplete;
    await openApp('New case');
    const formA = view.contentOf(store.state.focusedId, 'app:case:1')!;
    formA.querySelector('input')!.focus();
    await sendKeys({ type: 'Half-typed in A' });
    await openApp('Partner app');
    const frame = view.contentOf(store.state.focusedId, 'app:partner:1') as HTMLIFrameElement;
    await until(() => !!(frame.contentWindow as (Window & { loadedAt?: number }) | null)?.loadedAt, 'the partner app');
    const loadedAt = (frame.contentWindow as Window & { loadedAt: number }).loadedAt;
    frame.contentDocument!.getElementById('note')!.focus();
    await sendKeys({ type: 'Inside the iframe' });

    await clickTab('New case');
    expect(formA.querySelector('input')!.value).to.equal('Half-typed in A');

    // Session B: another case form.
    store.openRecordSession({ entity: 'account', id: crm.records.accounts[1]!.id, name: 'Session B' });
    await view.updateComplete;
    await openApp('New case');
    const formB = view.contentOf(store.state.focusedId, 'app:case:1')!;
    expect(formB).to.not.equal(formA);
    formB.querySelector('input')!.focus();
    await sendKeys({ type: 'Typed in B' });

    // Back to A, to each tab: same nodes, same text, same iframe page.
    await clickSession('Session A');
    expect(view.contentOf(store.state.focusedId, 'app:case:1')).to.equal(formA);
    expect(formA.querySelector('input')!.value).to.equal('Half-typed in A');
    expect(formA.checkVisibility()).to.be.true;
    await clickTab('Partner app');
    expect(view.contentOf(store.state.focusedId, 'app:partner:1')).to.equal(frame);
    expect((frame.contentWindow as Window & { loadedAt: number }).loadedAt, 'the iframe was not reloaded').to.equal(loadedAt);
    expect((frame.contentDocument!.getElementById('note') as HTMLInputElement).value).to.equal('Inside the iframe');
    await clickSession('Session B');
    expect(formB.querySelector('input')!.value).to.equal('Typed in B');

    // Closing session A with all its tabs leaves no content behind.
    const sessionA = store.sessions.find((s) => s.title === 'Session A')!;
    store.closeSession(sessionA.id);
    await view.updateComplete;
    expect(formA.isConnected).to.be.false;
    expect(frame.isConnected).to.be.false;
    expect([...view.querySelectorAll('.ehe-tab-content')].map((w) => (w as HTMLElement).dataset.sessionId)).to.not.include(sessionA.id);
    crm.dispose();
  });
});
