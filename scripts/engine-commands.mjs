// The test commands (`sendKeys`, `a11ySnapshot`, `setViewport`) the same in every engine.
//
// @web/test-runner-commands drives Chromium through the Chrome DevTools Protocol. Firefox (driven
// by puppeteer over WebDriver BiDi) and WebKit (driven by WebKitWebDriver over classic WebDriver)
// lack parts of it: BiDi has no accessibility snapshot, and the stock webdriver path cannot hold a
// modifier key down, type the same letter twice or size the page. This plugin answers those
// commands for Firefox and WebKit from what each engine itself computes, and leaves Chromium to
// the stock commands. (`emulateMedia` has no classic-WebDriver equivalent: not in WebKit.)

import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

/** What a session runs in: 'chromium', 'firefox' or 'webkit'. */
export function engineOf(session) {
  const browser = session.browser;
  if (browser.type === 'webdriver') return 'webkit';
  return browser.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium';
}

// ── Keys ─────────────────────────────────────────────────────────────────────────────────────────
// Tests name keys as puppeteer does (`Enter`, `ArrowDown`, `KeyW`, `Digit3`, `Space`, `Shift`).
// WebDriver (classic and BiDi) names a key by one character: itself, or a code point of the spec's
// table for keys that type nothing.
const WEBDRIVER_KEYS = {
  Cancel: '\uE001', Help: '\uE002', Backspace: '\uE003', Tab: '\uE004', Clear: '\uE005', Enter: '\uE007',
  Shift: '\uE008', ShiftLeft: '\uE008', Control: '\uE009', ControlLeft: '\uE009', Alt: '\uE00A', AltLeft: '\uE00A',
  Pause: '\uE00B', Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Insert: '\uE016', Delete: '\uE017',
  F1: '\uE031', F2: '\uE032', F3: '\uE033', F4: '\uE034', F5: '\uE035', F6: '\uE036', F7: '\uE037', F8: '\uE038',
  F9: '\uE039', F10: '\uE03A', F11: '\uE03B', F12: '\uE03C', Meta: '\uE03D', MetaLeft: '\uE03D',
  ShiftRight: '\uE050', ControlRight: '\uE051', AltRight: '\uE052', MetaRight: '\uE053',
};

export function webdriverKey(name) {
  if ([...name].length === 1) return name;
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  const letter = /^Key([A-Z])$/.exec(name);
  if (letter) return letter[1].toLowerCase();
  const digit = /^Digit([0-9])$/.exec(name);
  if (digit) return digit[1];
  throw new Error(`Unknown key: "${name}"`);
}

function keyActions(payload) {
  if ('type' in payload) return [...payload.type].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]);
  if ('press' in payload) {
    const value = webdriverKey(payload.press);
    return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
  }
  if ('down' in payload) return [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  throw new Error('sendKeys needs one of type, press, down, up');
}

async function sendKeys(session, engine, payload) {
  const actions = [{ type: 'key', id: 'keyboard', actions: keyActions(payload) }];
  if (engine === 'webkit') {
    // WebKitGTK passes keys through the browser process's input method, which learns where focus
    // is (which field, in which frame) when the page next renders: a key sent right after a
    // script moved focus could go to the old place. So let the page render first.
    await session.browser.driver.executeAsyncScript('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));', []);
    // Pressed keys stay down between calls (WebDriver's input state), so Shift held by
    // `{down: 'Shift'}` also modifies a later mouse click.
    await session.browser.driver.performActions(actions);
  } else {
    const page = session.browser.getPage(session.id);
    await page.mainFrame().browsingContext.performActions(actions.map((a) => ({ ...a, id: '__puppeteer_keyboard' })));
  }
  return true;
}

// ── Viewport ─────────────────────────────────────────────────────────────────────────────────────
// Classic WebDriver sizes the window, not the page: grow the window by what the page lacks until
// the page (innerWidth × innerHeight) has the size asked for.
async function setWebKitViewport(session, { width, height }) {
  const driver = session.browser.driver;
  const inner = async () => driver.execute('return [window.innerWidth, window.innerHeight]');
  for (let attempt = 0; attempt < 5; attempt++) {
    const [w, h] = await inner();
    if (w === width && h === height) return true;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - w, rect.height + height - h);
    // The page learns its new size asynchronously: wait until it has changed (or 2 s passed).
    const end = Date.now() + 2000;
    while (Date.now() < end) {
      const [nw, nh] = await inner();
      if (nw !== w || nh !== h) break;
    }
  }
  const [w, h] = await inner();
  if (w !== width || h !== height) throw new Error(`WebKit: could not size the page to ${width}×${height} (it is ${w}×${h})`);
  return true;
}

// ── Accessibility snapshot ──────────────────────────────────────────────────────────────────────
// A tree shaped like puppeteer's `page.accessibility.snapshot()` ({role, name, selected, expanded,
// focused, children}, containers without a role flattened away). Roles and names come from the
// engine's own accessibility code: WebKit answers WebDriver's "computed role" and "computed label"
// for each element; Firefox finds elements by role and by name with BiDi's accessibility locator.
// States (selected, expanded, focused) are read from the ARIA attributes (or, without one, from a
// custom element's ElementInternals where axe-core finds it) and focus, which the engines pass
// through unchanged.

/** Runs in the page: the rendered, not aria-hidden elements in flat-tree order, with parents. */
const COLLECT = `function () {
  const elements = [], parents = [], roots = [document.documentElement], candidates = [], states = [];
  // Roles the page may have: its role attributes, and the roles HTML gives its elements.
  const roles = new Set();
  const implicit = { A: 'link', AREA: 'link', BUTTON: 'button', SUMMARY: 'button', SELECT: 'combobox listbox',
    TEXTAREA: 'textbox', INPUT: 'textbox searchbox combobox checkbox radio slider spinbutton button',
    H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
    UL: 'list', OL: 'list', MENU: 'list', LI: 'listitem', NAV: 'navigation', MAIN: 'main', HEADER: 'banner',
    FOOTER: 'contentinfo', ASIDE: 'complementary', SECTION: 'region', FORM: 'form', SEARCH: 'search',
    ARTICLE: 'article', TABLE: 'table', TR: 'row', TD: 'cell gridcell', TH: 'columnheader rowheader',
    THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', IMG: 'img', SVG: 'img', DIALOG: 'dialog alertdialog',
    PROGRESS: 'progressbar', METER: 'meter', HR: 'separator', OUTPUT: 'status', DETAILS: 'group',
    FIELDSET: 'group', OPTION: 'option', OPTGROUP: 'group', DATALIST: 'listbox', FIGURE: 'figure',
    BLOCKQUOTE: 'blockquote', DFN: 'term', TIME: 'time', MATH: 'math', CAPTION: 'caption', CODE: 'code' };
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'NOSCRIPT']);
  // An element with display: contents has no box of its own, but its children may.
  const rendered = (el) => el.checkVisibility() || getComputedStyle(el).display === 'contents';
  const childrenOf = (el) => {
    if (el.shadowRoot) { roots.push(el.shadowRoot); return [...el.shadowRoot.children]; }
    if (el.localName === 'slot') {
      const assigned = el.assignedElements({ flatten: true });
      return assigned.length || el.assignedNodes().length ? assigned : [...el.children];
    }
    return [...el.children];
  };
  // Text of a subtree, with \`sep\` between elements: engines differ in where they put spaces, so
  // the candidate names are tried both ways.
  const text = (node, sep) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 || node.getAttribute('aria-hidden') === 'true' || skip.has(node.tagName)) return '';
    if (node.getAttribute('aria-label')) return sep + node.getAttribute('aria-label') + sep;
    if (!rendered(node)) return '';
    let kids = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    if (node.localName === 'slot' && node.assignedNodes({ flatten: true }).length) kids = node.assignedNodes({ flatten: true });
    return sep + kids.map((k) => text(k, sep)).join('') + sep;
  };
  const namesOf = (el) => ['', ' '].map((sep) => {
    const root = el.getRootNode();
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) return labelledby.split(/\\s+/).map((id) => { const l = root.getElementById(id); return l ? text(l, sep) : ''; }).join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.labels && el.labels.length) return [...el.labels].map((l) => text(l, sep)).join(' ');
    const own = [...(el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes)].map((k) => text(k, sep)).join('');
    return own.trim() ? own : el.getAttribute('title') || el.getAttribute('placeholder') || '';
  }).map((n) => n.replace(/\\s+/g, ' ').trim()).filter((n, i, all) => n && all.indexOf(n) === i);
  // A custom element's ElementInternals, where accessibility checkers find it (axe-core's
  // convention: a property \`internals\`, \`_internals\` or \`internals_\`, or a symbol named \`internals\`).
  const internalsOf = (el) => {
    if (!el.localName.includes('-') || typeof ElementInternals === 'undefined') return undefined;
    for (const key of ['_internals', 'internals', 'internals_']) if (el[key] instanceof ElementInternals) return el[key];
    const symbol = Object.getOwnPropertySymbols(el).find((s) => s.description === 'internals' || s.description === 'privateInternals');
    return symbol && el[symbol] instanceof ElementInternals ? el[symbol] : undefined;
  };
  const walk = (el, parent) => {
    if (skip.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || !rendered(el)) return;
    const index = elements.push(el) - 1;
    for (const role of ((el.getAttribute('role') || '') + ' ' + (implicit[el.tagName.toUpperCase()] || '')).split(/\\s+/)) if (role) roles.add(role);
    parents.push(parent);
    candidates.push(namesOf(el));
    const bool = (attr, prop) => {
      let v = el.getAttribute(attr);
      if (v === null) { const internals = internalsOf(el); v = internals ? internals[prop] : null; }
      return v === 'true' ? true : v === 'false' ? false : undefined;
    };
    states.push({ selected: bool('aria-selected', 'ariaSelected'), expanded: bool('aria-expanded', 'ariaExpanded'), focused: el === active || undefined });
    for (const child of childrenOf(el)) walk(child, index);
  };
  walk(document.body, -1);
  window.__engineAx = { elements, roots };
  return JSON.stringify({ parents, candidates, states, roles: [...roles], custom: elements.map((e) => e.localName.includes('-')), title: document.title });
}`;

// The roles of WAI-ARIA 1.2 and HTML-AAM that a snapshot reports.
const ROLES = `alert alertdialog application article banner blockquote button caption cell checkbox code columnheader
combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure form
generic grid gridcell group heading img insertion link list listbox listitem log main marquee math menu menubar
menuitem menuitemcheckbox menuitemradio meter navigation note option paragraph progressbar radio radiogroup
region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong subscript
superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem`.split(/\s+/);
const UNINTERESTING = new Set(['', 'generic', 'none', 'presentation', 'paragraph', 'StaticText', 'text', 'div', 'section']);

function buildTree(meta, roles, names) {
  const nodes = meta.parents.map((_, i) => {
    const node = { role: roles[i] ?? '', name: names[i] ?? '' };
    for (const [key, value] of Object.entries(meta.states[i])) if (value !== undefined) node[key] = value;
    return node;
  });
  const root = { role: 'RootWebArea', name: meta.title, children: [] };
  // Each node hangs under its nearest ancestor that has a role worth reporting.
  const holder = (i) => {
    let p = meta.parents[i];
    while (p >= 0 && UNINTERESTING.has(nodes[p].role)) p = meta.parents[p];
    return p < 0 ? root : nodes[p];
  };
  nodes.forEach((node, i) => {
    if (UNINTERESTING.has(node.role)) return;
    const parent = holder(i);
    (parent.children ??= []).push(node);
  });
  return root;
}

async function webkitSnapshot(session) {
  const driver = session.browser.driver;
  const meta = JSON.parse(await driver.execute(`return (${COLLECT})()`));
  const elements = await driver.execute('return window.__engineAx.elements');
  const id = (el) => el['element-6066-11e4-a52e-4f735466cecf'] ?? el.ELEMENT;
  const roles = [];
  const names = [];
  for (const [i, el] of elements.entries()) {
    roles[i] = String(await driver.getElementComputedRole(id(el))).toLowerCase();
    names[i] = UNINTERESTING.has(roles[i]) ? '' : String(await driver.getElementComputedLabel(id(el))).replace(/\s+/g, ' ').trim();
  }
  return buildTree(meta, roles, names);
}

async function firefoxSnapshot(session) {
  const context = session.browser.getPage(session.id).mainFrame().browsingContext;
  const realm = context.defaultRealm;
  const call = async (fn, args = []) => {
    const response = await realm.callFunction(fn, true, { arguments: args, resultOwnership: 'none' });
    if (response.type !== 'success') throw new Error(`a11ySnapshot failed in the page: ${response.exceptionDetails?.text}`);
    return response.result;
  };
  const meta = JSON.parse((await call(COLLECT)).value);
  const roots = (await call('function () { return window.__engineAx.roots; }')).value.map((n) => ({ sharedId: n.sharedId }));
  const indexes = async (found) => {
    if (!found.length) return [];
    const result = await call('function (...nodes) { return JSON.stringify(nodes.map((n) => window.__engineAx.elements.indexOf(n))); }', found.map((n) => ({ sharedId: n.sharedId })));
    return JSON.parse(result.value);
  };
  const locate = (value) => context.locateNodes({ type: 'accessibility', value }, roots);
  // Which elements have which role: ask for each role the page may have (its role attributes and
  // HTML's implicit roles). An element whose role comes from elsewhere (ElementInternals) shows up
  // below with a name but no role: then every ARIA role is asked for.
  const roles = [];
  const findRoles = (list) => Promise.all(list.filter((role) => !UNINTERESTING.has(role)).map(async (role) => {
    for (const i of await indexes(await locate({ role }))) if (i >= 0) roles[i] = role;
  }));
  await findRoles(meta.roles.filter((role) => ROLES.includes(role)));
  // Firefox tells which elements have a given name: confirm the name each element's content suggests.
  const names = [];
  let unknownRole = false;
  const findNames = async () => {
    const wanted = [...new Set(meta.candidates.flatMap((c, i) => ((roles[i] && !UNINTERESTING.has(roles[i])) || meta.custom[i] ? c : [])))];
    await Promise.all(wanted.map(async (name) => {
      for (const i of await indexes(await locate({ name }))) {
        if (i < 0 || !meta.candidates[i].includes(name)) continue;
        names[i] = name;
        if (!roles[i]) unknownRole = true;
      }
    }));
  };
  await findNames();
  if (unknownRole) {
    await findRoles(ROLES.filter((role) => !meta.roles.includes(role)));
    await findNames();
  }
  return buildTree(meta, roles, names);
}

/**
 * `sendKeys`, `a11ySnapshot` and (WebKit) `setViewport` for Firefox and WebKit (Chromium keeps the stock commands).
 * Returns a plugin and a reporter for the config: the runner puts its stock command plugins ahead
 * of the config's, and the first plugin that answers a command wins, so the reporter moves the
 * plugin to the front of the runner's plugin list when the run starts.
 */
export function engineCommands() {
  const chromiumSnapshot = a11ySnapshotPlugin();
  const plugin = {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-keys' && command !== 'a11y-snapshot' && command !== 'set-viewport') return undefined;
      const engine = engineOf(session);
      if (command === 'set-viewport') return engine === 'webkit' ? setWebKitViewport(session, payload) : undefined;
      if (command === 'a11y-snapshot') {
        if (engine === 'chromium') return chromiumSnapshot.executeCommand({ command, payload, session });
        if (payload?.selector) throw new Error('a11ySnapshot({selector}) is only supported in Chromium');
        return engine === 'webkit' ? webkitSnapshot(session) : firefoxSnapshot(session);
      }
      if (engine === 'chromium') return undefined; // the stock send-keys command
      return sendKeys(session, engine, payload);
    },
  };
  const reporter = {
    start({ config }) {
      const at = config.plugins.indexOf(plugin);
      if (at < 0) throw new Error('engineCommands(): put its plugin in the config\'s plugins');
      config.plugins.splice(at, 1);
      config.plugins.unshift(plugin);
    },
  };
  return { plugin, reporter };
}
