/**
 * Turns a custom state on or off, so a host page can write `session-tab:state(selected)` (and
 * `::part(tab):state(selected)` through a shadow root). Chromium before 125 only accepted
 * `--name` (matched by `:--name`) and throws on the bare name; engines without `CustomStateSet`
 * get nothing here, so every state also has an attribute or a part name an element documents.
 */
export function setCustomState(internals: ElementInternals, name: string, on: boolean): void {
  const states = (internals as ElementInternals & { states?: Set<string> }).states;
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    if (on) states.add(`--${name}`);
    else states.delete(`--${name}`);
  }
}
