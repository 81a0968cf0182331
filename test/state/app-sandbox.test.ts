import { expect } from '@open-wc/testing';
import { APP_PERMISSIONS, SessionStore, SessionStoreError, appSandbox, checkAppSandbox } from '../../src/state/index.js';

const DESKTOP = 'https://desk.example/agent/';

describe('app sandbox rule', () => {
  it('an app on another origin keeps it; one on the desktop\'s origin does not, unless trusted', () => {
    expect(appSandbox('https://partner.example/app', DESKTOP)).to.deep.equal({ tokens: ['allow-scripts', 'allow-same-origin', 'allow-forms', 'allow-popups'], keepsOrigin: true });
    expect(appSandbox('/partner/app.html', DESKTOP)).to.deep.equal({ tokens: ['allow-scripts', 'allow-forms', 'allow-popups'], keepsOrigin: false });
    expect(appSandbox('https://desk.example/other', DESKTOP).keepsOrigin).to.be.false;
    expect(appSandbox('https://desk.example:8443/other', DESKTOP).keepsOrigin, 'another port is another origin').to.be.true;
    expect(appSandbox('/partner/app.html', DESKTOP, { trustedSameOrigin: true }).tokens).to.include('allow-same-origin');
    expect(appSandbox('not a url ::', 'about:blank').keepsOrigin, 'no origin: treated as the desktop\'s').to.be.false;
    expect(appSandbox('https://partner.example/app', DESKTOP, { opaqueOrigin: true }).tokens).to.not.include('allow-same-origin');
    expect(appSandbox('/own', DESKTOP, { opaqueOrigin: true, trustedSameOrigin: true }).keepsOrigin, 'opaque wins').to.be.false;
  });

  it('the app\'s own permissions replace the defaults, and never include top navigation', () => {
    expect(appSandbox('https://partner.example/', DESKTOP, { allow: [] }).tokens).to.deep.equal(['allow-scripts', 'allow-same-origin']);
    for (const permission of APP_PERMISSIONS) {
      const { tokens } = appSandbox('https://partner.example/', DESKTOP, checkAppSandbox({ allow: [permission] }));
      expect(tokens.some((t) => t.includes('top-navigation'))).to.be.false;
    }
  });

  it('refuses what would let an app out and anything malformed, with a store error', () => {
    for (const bad of [{ allow: ['allow-top-navigation'] }, { allow: ['allow-same-origin'] }, { allow: 'allow-forms' }, { allow: [42] }, { trustedSameOrigin: 'yes' }, { opaqueOrigin: 1 }, null, 'strict', []]) {
      expect(() => checkAppSandbox(bad), JSON.stringify(bad)).to.throw(SessionStoreError);
    }
    expect(checkAppSandbox(undefined)).to.be.undefined;
    expect(checkAppSandbox({ allow: ['allow-forms', 'allow-forms'], trustedSameOrigin: false })).to.deep.equal({ allow: ['allow-forms'] });
  });

  it('the store keeps an app\'s checked policy with its tab, and refuses a bad one without changing anything', () => {
    const store = new SessionStore();
    const opened = store.openTab({ app: { id: 'partner', title: 'Partner', url: 'https://partner.example/', sandbox: { allow: ['allow-forms'], trustedSameOrigin: true } } });
    expect(opened.status === 'opened' && opened.tab.app).to.deep.equal({ id: 'partner', url: 'https://partner.example/', sandbox: { allow: ['allow-forms'], trustedSameOrigin: true } });
    const before = store.state;
    expect(() => store.openTab({ app: { id: 'evil', title: 'Evil', url: 'https://evil.example/', sandbox: { allow: ['allow-top-navigation' as 'allow-forms'] } } })).to.throw(SessionStoreError);
    expect(store.state).to.equal(before);
    const copy = new SessionStore();
    copy.restore(JSON.parse(JSON.stringify(store)));
    expect(copy.focusedSession.tabs![0]!.app!.sandbox).to.deep.equal({ allow: ['allow-forms'], trustedSameOrigin: true });
  });
});
