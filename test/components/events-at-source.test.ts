import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import type { SessionEventMap } from '../../src/events.js';
import { realClick, shadow, shiftClick, tabNamed, until } from '../helpers.js';

/** Every kit session event that reaches the document while the test runs, with the element it came from. */
function record(types: (keyof SessionEventMap)[]) {
  const heard: { type: string; from: EventTarget | undefined; title?: string }[] = [];
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<{ session?: { title: string } }>).detail;
    heard.push({ type: event.type, from: event.composedPath()[0], title: detail.session?.title });
  };
  for (const type of types) document.addEventListener(type, listener);
  return {
    heard,
    stop: () => types.forEach((type) => document.removeEventListener(type, listener)),
  };
}

const SESSION_EVENTS: (keyof SessionEventMap)[] = ['session-opened', 'session-focused', 'session-closed', 'session-title-changed', 'session-limit-reached'];

describe('session events come from where the agent acted (issue 10, finding 5)', () => {
  it('two panels on one store: a click in one fires session-focused once, from that panel', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-panel id="a"></session-panel><session-panel id="b"></session-panel></session-provider>`);
    provider.store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    const [a, b] = [...provider.querySelectorAll<SessionPanel>('session-panel')] as [SessionPanel, SessionPanel];
    await a.updateComplete;
    await b.updateComplete;
    const events = record(SESSION_EVENTS);
    await realClick(tabNamed(b, 'Home'));
    events.stop();
    expect(events.heard.map((e) => e.type)).to.deep.equal(['session-focused']);
    expect(events.heard[0]!.from).to.equal(b);
  });

  it('two panels on one store: a Shift+clicked link opens one session and fires session-opened and session-focused once, from the link', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider>
      <session-panel></session-panel><session-panel></session-panel>
      <a href="/crm/account/42" data-session-entity="account" data-session-id="42">Contoso Ltd</a>
    </session-provider>`);
    for (const panel of provider.querySelectorAll<SessionPanel>('session-panel')) await panel.updateComplete;
    const link = provider.querySelector('a')!;
    const events = record(SESSION_EVENTS);
    const stopNavigation = (event: Event) => event.preventDefault();
    window.addEventListener('click', stopNavigation);
    await shiftClick(link);
    window.removeEventListener('click', stopNavigation);
    events.stop();
    expect(events.heard.map((e) => `${e.type} ${e.title}`)).to.deep.equal(['session-opened Contoso Ltd', 'session-focused Contoso Ltd']);
    expect(events.heard.every((e) => e.from === link)).to.be.true;
  });

  it('no panel: a shortcut handled by <session-view> fires session-focused from the view', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-view><p>Dashboard</p></session-view></session-provider>`);
    const view = provider.querySelector('session-view')!;
    provider.store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    provider.store.focusSession('home');
    await view.updateComplete;
    const events = record(SESSION_EVENTS);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    events.stop();
    expect(provider.store.focusedSession.title).to.equal('Contoso');
    expect(events.heard.map((e) => `${e.type} ${e.title}`)).to.deep.equal(['session-focused Contoso']);
    expect(events.heard[0]!.from).to.equal(view);
  });

  it('no panel: Pick in a stream fires session-opened and session-focused from the stream, once', async () => {
    const crm = new InMemoryCrm({ workItems: 6 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><work-item-stream stream="open" style="--ehe-stream-height: 20rem"></work-item-stream></session-provider>`);
    const stream = provider.querySelector<WorkItemStream>('work-item-stream')!;
    await until(() => !!shadow(stream).querySelector('[part="row"]'), 'the stream to load');
    const row = shadow(stream).querySelector<HTMLElement>('[part="row"]')!;
    const item = stream.items.find((i) => i.id === row.dataset.id)!;
    const events = record([...SESSION_EVENTS, 'session-started']);
    row.focus();
    await sendKeys({ press: 'Enter' }); // the row's menu
    await until(() => !!shadow(stream).querySelector('[role="menu"]:popover-open'), 'the menu');
    await sendKeys({ press: 'Enter' }); // Pick
    await until(() => events.heard.some((e) => e.type === 'session-started'), 'the pick');
    events.stop();
    expect(provider.store.focusedSession.conversation?.workItemId).to.equal(item.id);
    expect(events.heard.map((e) => e.type)).to.deep.equal(['session-opened', 'session-focused', 'session-started']);
    expect(events.heard.every((e) => e.from === stream)).to.be.true;
  });

  it('host code calling the store fires no DOM event: it hears its changes through store.subscribe', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-panel></session-panel></session-provider>`);
    const events = record(SESSION_EVENTS);
    const changes: string[] = [];
    const stop = provider.store.subscribe((change) => changes.push(change.type));
    provider.store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    provider.store.closeSession('record:account:A-1');
    stop();
    events.stop();
    expect(changes).to.deep.equal(['session-opened', 'session-focused', 'session-closed', 'session-focused']);
    expect(events.heard).to.deep.equal([]);
  });
});
