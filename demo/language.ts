// The demo's language and direction switch: what a host does to show the kit in the agent's
// language. The kit follows the page's `lang` and `dir` live; the host registers the languages it
// ships and translates its own text (here, the few words of the demo page itself).
import { registerTranslation } from '../src/i18n/index.js';
import ar from '../src/i18n/ar.js';
import de from '../src/i18n/de.js';
import es from '../src/i18n/es.js';
import fr from '../src/i18n/fr.js';
import ja from '../src/i18n/ja.js';

registerTranslation(fr, de, es, ar, ja);

const LANGUAGES = [
  ['en', 'English', 'ltr'],
  ['fr', fr.$name, fr.$dir],
  ['de', de.$name, de.$dir],
  ['es', es.$name, es.$dir],
  ['ar', ar.$name, ar.$dir],
  ['ja', ja.$name, ja.$dir],
] as const;
type Code = (typeof LANGUAGES)[number][0];

/** The demo page's own words (the host's, not the kit's). */
const PAGE: Record<string, Record<Code, string>> = {
  dashboard: { en: 'Agent dashboard', fr: 'Tableau de bord de l’agent', de: 'Agenten-Übersicht', es: 'Panel del agente', ar: 'لوحة معلومات الوكيل', ja: 'エージェントのダッシュボード' },
  simulate: { en: 'Simulate incoming conversation', fr: 'Simuler une conversation entrante', de: 'Eingehende Unterhaltung simulieren', es: 'Simular una conversación entrante', ar: 'محاكاة محادثة واردة', ja: '着信する会話をシミュレート' },
  recent: { en: 'Recent records', fr: 'Fiches récentes', de: 'Zuletzt verwendete Datensätze', es: 'Registros recientes', ar: 'السجلات الأخيرة', ja: '最近のレコード' },
  language: { en: 'Language', fr: 'Langue', de: 'Sprache', es: 'Idioma', ar: 'اللغة', ja: '言語' },
  direction: { en: 'Direction', fr: 'Sens', de: 'Richtung', es: 'Dirección', ar: 'الاتجاه', ja: '方向' },
  auto: { en: 'As the language', fr: 'Selon la langue', de: 'Wie die Sprache', es: 'Según el idioma', ar: 'حسب اللغة', ja: '言語に合わせる' },
};

const STORAGE_KEY = 'engagement-hub-demo-language';

function apply(code: Code, direction: 'auto' | 'ltr' | 'rtl'): void {
  const [, , languageDir] = LANGUAGES.find(([c]) => c === code)!;
  document.documentElement.lang = code;
  document.documentElement.dir = direction === 'auto' ? languageDir : direction;
  for (const element of document.querySelectorAll<HTMLElement>('[data-demo-text]')) {
    const text = PAGE[element.dataset.demoText!];
    if (text) element.textContent = text[code];
  }
  for (const option of document.querySelectorAll<HTMLOptionElement>('#direction option[value="auto"]')) option.textContent = PAGE.auto![code];
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ code, direction }));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Adds the switch to the header bar (before the API link) and applies the saved choice. */
export function installLanguageSwitch(bar: HTMLElement): void {
  const language = document.createElement('select');
  language.id = 'language';
  for (const [code, name] of LANGUAGES) language.append(new Option(name, code));
  const direction = document.createElement('select');
  direction.id = 'direction';
  for (const [value, label] of [['auto', PAGE.auto!.en], ['ltr', 'LTR →'], ['rtl', '← RTL']] as const) direction.append(new Option(label, value));
  const label = (text: string, control: HTMLSelectElement) => {
    const wrapper = document.createElement('label');
    wrapper.className = 'crm-switch';
    const caption = document.createElement('span');
    caption.dataset.demoText = text;
    caption.textContent = PAGE[text]!.en;
    wrapper.append(caption, control);
    return wrapper;
  };
  bar.querySelector('.crm-api')!.before(label('language', language), label('direction', direction));
  let saved: { code?: Code; direction?: 'auto' | 'ltr' | 'rtl' } = {};
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    saved = {};
  }
  language.value = LANGUAGES.some(([c]) => c === saved.code) ? saved.code! : 'en';
  direction.value = saved.direction ?? 'auto';
  const change = () => apply(language.value as Code, direction.value as 'auto' | 'ltr' | 'rtl');
  language.addEventListener('change', change);
  direction.addEventListener('change', change);
  change();
}
