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
  app: { en: 'Customer Service · Agent desktop', fr: 'Service client · Poste de l’agent', de: 'Kundenservice · Agenten-Arbeitsplatz', es: 'Atención al cliente · Escritorio del agente', ar: 'خدمة العملاء · مكتب الوكيل', ja: 'カスタマーサービス · エージェントデスクトップ' },
  signedIn: { en: 'Signed in as', fr: 'Connecté en tant que', de: 'Angemeldet als', es: 'Sesión iniciada como', ar: 'تم تسجيل الدخول باسم', ja: 'サインイン中:' },
  routerNote: {
    en: 'The simulated router also offers a conversation every 45 seconds.',
    fr: 'Le routeur simulé propose aussi une conversation toutes les 45 secondes.',
    de: 'Der simulierte Router bietet außerdem alle 45 Sekunden eine Unterhaltung an.',
    es: 'El enrutador simulado también ofrece una conversación cada 45 segundos.',
    ar: 'يعرض الموجّه المحاكى أيضًا محادثة كل 45 ثانية.',
    ja: 'シミュレートされたルーターは45秒ごとにも会話を提示します。',
  },
  tip: {
    en: 'Shift + click a record to open it as a session; Ctrl + click (⌘ + click) to open it as a tab of the focused session. Accept a simulated conversation from an unknown visitor, then link a contact in its customer summary: the session is renamed. Use + in the tab bar to open a case form, a knowledge search or the partner app; switch around and come back: nothing you typed is lost.',
    fr: 'Maj + clic sur une fiche l’ouvre comme session ; Ctrl + clic (⌘ + clic) comme onglet de la session active. Acceptez une conversation simulée d’un visiteur inconnu, puis liez un contact dans sa synthèse client : la session est renommée. Le + de la barre d’onglets ouvre un formulaire de dossier, une recherche de connaissances ou l’application partenaire ; changez de session et revenez : rien de ce que vous avez saisi n’est perdu.',
    de: 'Umschalt + Klick öffnet einen Datensatz als Sitzung, Strg + Klick (⌘ + Klick) als Tab der aktiven Sitzung. Nehmen Sie eine simulierte Unterhaltung eines unbekannten Besuchers an und verknüpfen Sie in der Kundenübersicht einen Kontakt: Die Sitzung wird umbenannt. Mit + in der Tab-Leiste öffnen Sie ein Fallformular, eine Wissenssuche oder die Partner-App; wechseln Sie hin und her: Nichts Eingegebenes geht verloren.',
    es: 'Mayús + clic abre un registro como sesión; Ctrl + clic (⌘ + clic), como pestaña de la sesión activa. Acepte una conversación simulada de un visitante desconocido y vincule un contacto en su resumen del cliente: la sesión cambia de nombre. Con + en la barra de pestañas abra un formulario de caso, una búsqueda de conocimiento o la aplicación del socio; cambie de sesión y vuelva: no se pierde nada de lo escrito.',
    ar: 'انقر مع Shift على سجل لفتحه كجلسة، ومع Ctrl (⌘) لفتحه كعلامة تبويب في الجلسة الحالية. اقبل محادثة محاكاة من زائر مجهول، ثم اربط جهة اتصال في ملخص العميل: تتغير تسمية الجلسة. استخدم + في شريط علامات التبويب لفتح نموذج حالة أو بحث المعرفة أو تطبيق الشريك؛ تنقّل ثم عد: لا يضيع شيء مما كتبته.',
    ja: 'Shift + クリックでレコードをセッションとして、Ctrl + クリック（⌘ + クリック）で現在のセッションのタブとして開きます。不明な訪問者からのシミュレート会話を受け入れ、顧客サマリーで連絡先をリンクすると、セッション名が変わります。タブバーの + でケースフォーム、ナレッジ検索、パートナーアプリを開けます。切り替えて戻っても、入力した内容は失われません。',
  },
  otherLinks: { en: 'Other links', fr: 'Autres liens', de: 'Weitere Links', es: 'Otros enlaces', ar: 'روابط أخرى', ja: 'その他のリンク' },
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
