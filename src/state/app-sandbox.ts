/**
 * How a third-party app in an application tab is sandboxed. DOM-free: the rule lives here once,
 * `<session-view>` applies it to the app's iframe.
 *
 * The default keeps an app away from the agent desktop: it may run scripts, submit forms and open
 * (equally sandboxed) popups, but never navigate the desktop's window. An app on another origin
 * keeps that origin (its own cookies and storage, its own login); an app served from the desktop's
 * own origin runs in a unique, opaque origin, because keeping it would hand it the desktop's page,
 * its session store and its CRM. Only a deliberate opt-in (`trustedSameOrigin`) changes that.
 */
import { SessionStoreError } from './errors.js';

/** Sandbox permissions an app may be given on top of running scripts. */
export const APP_PERMISSIONS = [
  'allow-forms',
  'allow-modals',
  'allow-popups',
  'allow-downloads',
  'allow-pointer-lock',
  'allow-presentation',
  'allow-orientation-lock',
  'allow-storage-access-by-user-activation',
] as const;
export type AppPermission = (typeof APP_PERMISSIONS)[number];

/** What an app gets when its definition says nothing. */
export const DEFAULT_APP_PERMISSIONS: readonly AppPermission[] = Object.freeze(['allow-forms', 'allow-popups']);

/** An app's sandbox, as its definition (`AppDefinition.sandbox`) states it. */
export interface AppSandboxPolicy {
  /** Permissions besides running scripts; `DEFAULT_APP_PERMISSIONS` when absent. */
  readonly allow?: readonly AppPermission[];
  /**
   * Deliberate opt-in for an app served from the desktop's own origin that must keep it: the app
   * can then reach the desktop's page, every session and the CRM, exactly like the desktop's own
   * code. Only for code you trust as much as your own; ignored for apps on another origin.
   */
  readonly trustedSameOrigin?: boolean;
  /**
   * Runs the app in a unique, opaque origin even when it is served from another one: it gets no
   * cookies or storage of its own, but no other frame of its origin (another tab of the same
   * vendor) can reach into it. Wins over `trustedSameOrigin`.
   */
  readonly opaqueOrigin?: boolean;
}

// Never granted, whatever the definition says: each one lets an app act outside its tab.
const REFUSED: Readonly<Record<string, string>> = {
  'allow-top-navigation': 'it would let the app navigate the desktop away (every session lost)',
  'allow-top-navigation-by-user-activation': 'it would let the app navigate the desktop away (every session lost)',
  'allow-top-navigation-to-custom-protocols': 'it would let the app navigate the desktop away',
  'allow-popups-to-escape-sandbox': 'its popups could navigate the desktop away',
  'allow-same-origin': 'say `trustedSameOrigin: true` for a same-origin app you trust; apps on other origins keep theirs anyway',
  'allow-scripts': 'every app may run scripts already',
};

/**
 * An app's sandbox policy from outside (a definition, saved state), checked: unknown or refused
 * permissions throw an `invalid-app` error that says why. `undefined` stays `undefined`.
 */
export function checkAppSandbox(policy: unknown): AppSandboxPolicy | undefined {
  if (policy === undefined) return undefined;
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw new SessionStoreError('invalid-app', 'An app\'s sandbox must be an object like {allow: ["allow-forms"], trustedSameOrigin: false}.');
  }
  const { allow, trustedSameOrigin, opaqueOrigin } = policy as Record<string, unknown>;
  for (const [name, flag] of [['trustedSameOrigin', trustedSameOrigin], ['opaqueOrigin', opaqueOrigin]] as const) {
    if (flag !== undefined && typeof flag !== 'boolean') throw new SessionStoreError('invalid-app', `An app's sandbox.${name} must be true or false.`);
  }
  let permissions: AppPermission[] | undefined;
  if (allow !== undefined) {
    if (!Array.isArray(allow)) throw new SessionStoreError('invalid-app', 'An app\'s sandbox.allow must be a list of permissions like "allow-forms".');
    permissions = [];
    for (const token of allow as unknown[]) {
      const name = typeof token === 'string' ? token : String(typeof token);
      if (typeof token === 'string' && Object.hasOwn(REFUSED, token)) throw new SessionStoreError('invalid-app', `An app cannot be given "${token}": ${REFUSED[token]}.`);
      if (!(APP_PERMISSIONS as readonly unknown[]).includes(token)) {
        throw new SessionStoreError('invalid-app', `"${name.slice(0, 60)}" is not an app permission (permissions: ${APP_PERMISSIONS.join(', ')}).`);
      }
      if (!permissions.includes(token as AppPermission)) permissions.push(token as AppPermission);
    }
  }
  return Object.freeze({
    ...(permissions ? { allow: Object.freeze(permissions) } : {}),
    ...(trustedSameOrigin ? { trustedSameOrigin: true } : {}),
    ...(opaqueOrigin ? { opaqueOrigin: true } : {}),
  });
}

/** The origin of an address (relative to `base`), or `undefined` when it has none. */
export function originOf(url: string, base: string): string | undefined {
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The iframe `sandbox` tokens for an app at `appUrl` shown on a desktop at `desktopUrl`, and
 * whether the app keeps its own origin. Same-origin apps keep it only with `trustedSameOrigin`.
 */
export function appSandbox(appUrl: string, desktopUrl: string, policy?: AppSandboxPolicy): { readonly tokens: readonly string[]; readonly keepsOrigin: boolean } {
  const appOrigin = originOf(appUrl, desktopUrl);
  const desktopOrigin = originOf(desktopUrl, desktopUrl);
  const sameOrigin = appOrigin === undefined || appOrigin === desktopOrigin;
  const keepsOrigin = policy?.opaqueOrigin !== true && (!sameOrigin || policy?.trustedSameOrigin === true);
  const tokens = ['allow-scripts', ...(keepsOrigin ? ['allow-same-origin'] : []), ...(policy?.allow ?? DEFAULT_APP_PERMISSIONS)];
  return { tokens, keepsOrigin };
}

/**
 * What an app in an application tab may say over its tab's private port (see `<session-view>`):
 *
 * - `{type: 'engagement-hub:tab-title', title: 'Order 42'}` names its tab;
 * - `{type: 'engagement-hub:tab-dirty', dirty: true, what?: 'the order form'}` says it holds input
 *   the agent has not saved (closing the tab or its session then asks first, naming `what`), and
 *   `{type: 'engagement-hub:tab-dirty', dirty: false}` that it no longer does. A page that unloads
 *   (reload, navigation) takes its mark with it.
 */
export const APP_TITLE_MESSAGE = 'engagement-hub:tab-title';
export const APP_DIRTY_MESSAGE = 'engagement-hub:tab-dirty';

export type AppMessage = { readonly type: 'title'; readonly title: string } | { readonly type: 'dirty'; readonly dirty: boolean; readonly what?: string };

/** An app's port message, checked; `undefined` for anything else (ignored: an app is untrusted). */
export function readAppMessage(data: unknown): AppMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { type?: unknown; title?: unknown; dirty?: unknown; what?: unknown };
  if (message.type === APP_TITLE_MESSAGE && typeof message.title === 'string') return { type: 'title', title: message.title };
  if (message.type === APP_DIRTY_MESSAGE && typeof message.dirty === 'boolean') {
    return { type: 'dirty', dirty: message.dirty, ...(typeof message.what === 'string' ? { what: message.what } : {}) };
  }
  return undefined;
}
