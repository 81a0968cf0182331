/**
 * Registers a custom element without ever breaking the host page: a name already taken by the
 * same class is left alone, and one taken by another class (another copy or version of the kit,
 * another library) gets a console warning instead of the `NotSupportedError` that
 * `customElements.define` would throw.
 */
export function defineElement(name: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(name);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `engagement-hub-elements: <${name}> is already defined by another class, so this copy was not registered. ` +
        `Both copies share one session store; to use this one too, register it under another name: customElements.define('my-${name}', ${constructor.name}).`,
    );
    return;
  }
  // The class already serves under a name of the host's own: that name stays, and no warning.
  if ((registry as CustomElementRegistry & { getName?: (c: CustomElementConstructor) => string | null }).getName?.(constructor)) return;
  try {
    registry.define(name, constructor);
  } catch (error) {
    // The class is registered under another name already (a host's own): that name serves.
    console.warn(`engagement-hub-elements: <${name}> was not registered: ${(error as Error).message}`);
  }
}
