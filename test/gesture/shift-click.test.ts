import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { accessibleText, realClick, shadow, shiftClick, tabs } from '../helpers.js';

async function page(links: unknown) {
  const provider = await fixture<SessionProvider>(html`<session-provider max-sessions="2"><session-panel></session-panel><div class="work">${links}</div></session-provider>`);
  const panel = provider.querySelector('session-panel')!;
  await panel.updateComplete;
  return { provider, panel, store: provider.store };
}

/** Whether the browser would have done its own thing with the click (not prevented by the kit). */
function watchDefault(): { prevented: () => boolean | undefined } {
  let prevented: boolean | undefined;
  const listener = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault(); // keep the test page where it is
  };
  window.addEventListener('click', listener, { once: true });
  return { prevented: () => prevented };
}

describe('Shift+click on record links', () => {
  it('opens a link with data-session-* attributes as a session instead of a new window', async () => {
    const { panel, store } = await page(html`<a href="/crm/account/42" data-session-entity="account" data-session-id="42">Contoso Ltd</a>`);
    const click = watchDefault();
    await shiftClick(document.querySelector('a')!);
    expect(click.prevented()).to.be.true;
    expect(store.focusedSession.title).to.equal('Contoso Ltd');
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Contoso Ltd']);
  });

  it('takes the title from data-session-title when present', async () => {
    const { store } = await page(html`<a href="#" data-session-entity="contact" data-session-id="7" data-session-title="Émilie Dubois">open profile</a>`);
    watchDefault();
    await shiftClick(document.querySelector('a')!);
    expect(store.focusedSession.title).to.equal('Émilie Dubois');
  });

  it('a second Shift+click on the same record focuses its session', async () => {
    const { store } = await page(html`<a href="#" data-session-entity="account" data-session-id="1">One</a>`);
    watchDefault();
    await shiftClick(document.querySelector('a')!);
    store.focusSession('home');
    watchDefault();
    await shiftClick(document.querySelector('a')!);
    expect(store.sessions).to.have.length(2);
    expect(store.focusedSession.title).to.equal('One');
  });

  it('leaves a plain click on a record link alone', async () => {
    const { store } = await page(html`<a href="#plain" data-session-entity="account" data-session-id="1">One</a>`);
    const click = watchDefault();
    await realClick(document.querySelector('a')!);
    expect(click.prevented()).to.be.false;
    expect(store.sessions).to.have.length(1);
  });

  it('leaves Shift+click on an ordinary link to the browser', async () => {
    const { store } = await page(html`<a href="https://example.com/help">Help</a>`);
    const click = watchDefault();
    await shiftClick(document.querySelector('a')!);
    expect(click.prevented()).to.be.false;
    expect(store.sessions).to.have.length(1);
  });

  it('works for links inside shadow roots', async () => {
    const { store } = await page(html`<div id="card"></div>`);
    const card = document.querySelector('#card')!;
    const root = card.attachShadow({ mode: 'open' });
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.sessionEntity = 'incident';
    link.dataset.sessionId = 'CAS-1';
    link.textContent = 'Printer jams';
    root.append(link);
    watchDefault();
    await shiftClick(link);
    expect(store.focusedSession.title).to.equal('Printer jams');
  });

  it('recognises record URLs through the host\'s matcher', async () => {
    const { panel, store } = await page(html`<a href="/crm/main.aspx?etn=incident&id=CAS-77">Case CAS-77</a><a href="/crm/other">Other</a>`);
    panel.recordLinkMatcher = (url) => {
      const entity = url.searchParams.get('etn');
      const id = url.searchParams.get('id');
      return entity && id ? { entity, id } : undefined;
    };
    const [caseLink, other] = document.querySelectorAll('a');
    watchDefault();
    await shiftClick(caseLink!);
    expect(store.focusedSession.title).to.equal('Case CAS-77');
    const click = watchDefault();
    await shiftClick(other!);
    expect(click.prevented()).to.be.false;
    expect(store.sessions).to.have.length(2);
  });

  it('a link with malformed record attributes behaves as a normal link, with a console warning', async () => {
    const { store } = await page(html`<a href="#" data-session-entity="not an entity!" data-session-id="1">Broken</a>`);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    const click = watchDefault();
    try {
      await shiftClick(document.querySelector('a')!);
    } finally {
      console.warn = original;
    }
    expect(click.prevented()).to.be.false;
    expect(store.sessions).to.have.length(1);
    expect(String(warnings[0])).to.contain('cannot open a session');
  });

  it('a Shift+click past the session limit opens nothing and the panel says why', async () => {
    const { panel, store } = await page(html`${['1', '2', '3'].map((id) => html`<a href="#" data-session-entity="account" data-session-id=${id}>Account ${id}</a> `)}`);
    const links = document.querySelectorAll('a');
    for (const link of links) {
      watchDefault();
      await shiftClick(link);
    }
    expect(store.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Account 1', 'Account 2']);
    await panel.updateComplete;
    expect(shadow(panel).querySelector('[role="status"]')!.textContent).to.contain('Account 3');
  });

  it('Shift+Enter on a focused record link opens it too', async () => {
    const { store } = await page(html`<a href="#" data-session-entity="contact" data-session-id="k">Keyboard Contact</a>`);
    document.querySelector('a')!.focus();
    watchDefault();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(store.focusedSession.title).to.equal('Keyboard Contact');
  });

  it('stops listening when the panel is removed', async () => {
    const { panel, store } = await page(html`<a href="#" data-session-entity="account" data-session-id="1">One</a>`);
    panel.remove();
    const click = watchDefault();
    await shiftClick(document.querySelector('a')!);
    expect(click.prevented()).to.be.false;
    expect(store.sessions).to.have.length(1);
  });
});
