// Demo renderers: the host's own forms for the "Open application" menu (plain DOM, text only).
import type { TabRenderer } from '../src/index.js';

function field(label: string, control: HTMLElement): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.className = 'demo-field';
  wrapper.append(label, control);
  return wrapper;
}

function form(title: string, fields: [string, 'input' | 'textarea'][]): HTMLElement {
  const section = document.createElement('form');
  section.className = 'demo-form';
  // The documented dirty protocol: typed-in forms say so, so closing their tab asks first; Save clears it.
  let dirty = false;
  const report = (now: boolean) => {
    if (now === dirty) return;
    dirty = now;
    section.dispatchEvent(new CustomEvent('session-content-dirty', { detail: { dirty, what: `the ${title.toLowerCase()} form` }, bubbles: true, composed: true }));
  };
  section.addEventListener('input', () => report([...section.querySelectorAll<HTMLInputElement>('input, textarea')].some((f) => f.value !== '')));
  section.addEventListener('submit', (event) => {
    event.preventDefault();
    report(false);
  });
  const heading = document.createElement('h2');
  heading.textContent = title;
  section.append(heading, ...fields.map(([label, kind]) => field(label, document.createElement(kind))));
  const save = document.createElement('button');
  save.textContent = 'Save (demo: does nothing)';
  section.append(save);
  return section;
}

export const demoRenderers: Record<string, TabRenderer> = {
  case: () => form('New case', [['Case title', 'input'], ['Customer', 'input'], ['Description', 'textarea']]),
  account: () => form('New account', [['Account name', 'input'], ['Phone', 'input'], ['E-mail', 'input']]),
  contact: () => form('New contact', [['First name', 'input'], ['Last name', 'input'], ['E-mail', 'input']]),
  'knowledge-search': () => form('Knowledge search', [['Search articles', 'input']]),
};
