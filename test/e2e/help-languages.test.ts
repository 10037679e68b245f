// Help in the run's language (issue 17): crm log --help, the program's help and commander's errors
// of a command line speak Polish, Bulgarian, Armenian and Persian; English stays as it was, and a
// completion script never changes with the language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

/** `crm args...` under `env`: its help on stdout, nothing on stderr, exit 0. */
function helpOf(args: string[], env: NodeJS.ProcessEnv): string[] {
  const result = binder.crm(args, { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.split('\n');
}

/** For each language: lines of `crm log --help` as they must print (commander's layout, 80 columns). */
const LOG_HELP: Record<string, string[]> = {
  pl: [
    'Użycie: crm log [options] <client>',
    'po rozmowie: zanotuj, co powiedziano i jak się skończyło, i przełóż teczkę, za',
    'Argumenty:',
    '  client               skrót albo początek skrótu lub słowa z nazwiska czy firmy',
    'Opcje:',
    '  --offer <text>       złożona oferta',
    '  --kind <kind>        rodzaj kontaktu: call, meeting, email, note (domyślnie:',
    '  --field <key=value>  odpowiedź w formularzu; powtórz dla kilku',
    '  -h, --help           pokaż pomoc polecenia',
    'Daty (<when>), jak na przekładkach segregatora:',
    '  5 lipca    najbliższy 5 lipca (także lip 5, jul 5)',
    '  dziś, jutro, pojutrze, 2026-12-05',
    'Data wypadająca w dzień wolny przechodzi na następny dzień roboczy, chyba że podano --exact.',
    'Przykłady:',
    '  $ crm log acme --outcome callback --next "pt 15:00"',
  ],
  bg: [
    'Употреба: crm log [options] <client>',
    'Аргументи:',
    'Опции:',
    '  --offer <text>       направената оферта',
    '  --field <key=value>  отговор във формуляра; повторете за няколко',
    '  -h, --help           показва помощта за командата',
    'Дати (<when>), както са на разделителите на класьора:',
    '  5 юли      следващият 5 юли (също юли 5, jul 5)',
    '  днес, утре, вдругиден, 2026-12-05',
    'Примери:',
    '  $ crm log acme --outcome callback --next "пт 15:00"',
  ],
  hy: [
    'Օգտագործում: crm log [options] <client>',
    'Արգումենտներ:',
    'Ընտրանքներ:',
    '  --offer <text>       արված առաջարկը',
    '  --field <key=value>  ձևի պատասխան, կրկնել մի քանիսի համար',
    '  -h, --help           ցույց տալ հրամանի օգնությունը',
    '  հուլիսի 5  հաջորդ հուլիսի 5-ը (նաև 5 հուլիսի, jul 5)',
    '  այսօր, վաղը, 2026-12-05',
    'Օրինակներ:',
    '  $ crm log acme --outcome callback --next "ուր 15:00"',
  ],
  fa: [
    'کاربرد: crm log [options] <client>',
    'آرگومان‌ها:',
    '  client               شناسه، یا آغاز شناسه یا آغاز واژه‌ای از نام یا شرکت',
    'گزینه‌ها:',
    '  --offer <text>       پیشنهاد داده‌شده',
    '  --kind <kind>        نوع تماس: call, meeting, email, note (پیش‌فرض: "call")',
    '  -h, --help           نمایش راهنمای فرمان',
    'تاریخ‌ها (<when>)، چنان‌که روی جداکننده‌های زونکن است:',
    '  امروز، فردا، پس‌فردا، 2026-12-05، 1405/9/14',
    'نمونه‌ها:',
    '  $ crm log acme --outcome callback --next "سه‌شنبه 15:00"',
  ],
};

describe('crm log --help in the run language', () => {
  it.each(Object.entries(LOG_HELP))('CRM_LANG=%s: the description, the options, the dates and the section titles', (language, lines) => {
    const help = helpOf(['log', '--help'], { CRM_LANG: language });
    for (const line of lines) expect(help).toContain(line);
    // No English left in commander's words.
    for (const english of ['Usage:', 'Options:', 'Arguments:', 'Examples:', 'display help for command', '(default:']) expect(help.join('\n')).not.toContain(english);
    // What is typed stays as typed: option names, outcomes, kinds.
    for (const typed of ['--outcome <outcome>', 'no-answer', 'meeting-set', 'call, meeting, email, note']) expect(help.join('\n')).toContain(typed);
  });

  it('--lang pl, and LANG=pl_PL.UTF-8, speak Polish as CRM_LANG=pl does', () => {
    const polish = helpOf(['log', '--help'], { CRM_LANG: 'pl' });
    expect(helpOf(['--lang', 'pl', 'log', '--help'], {})).toEqual(polish);
    expect(helpOf(['log', '--help'], { LANG: 'pl_PL.UTF-8' })).toEqual(polish);
  });

  it('English stays as it was', () => {
    const help = helpOf(['log', '--help'], { LANG: 'C' });
    expect(help.slice(0, 3)).toEqual(['Usage: crm log [options] <client>', '', 'after a call: note what was said and how it ended, and refile the dossier, in']);
    expect(help).toContain('  -h, --help           display help for command');
    expect(help).toContain('  --kind <kind>        the kind of contact: call, meeting, email, note (default:');
    expect(help).toContain("Dates (<when>), as on the binder's dividers:");
    expect(help).toContain('  $ crm log acme --outcome callback --next "fri 15:00"');
  });
});

describe("the program's help in the run's language", () => {
  it('CRM_LANG=pl: the description, the global options, the commands and the help command', () => {
    const help = helpOf(['--help'], { CRM_LANG: 'pl' });
    expect(help[0]).toBe('Użycie: crm [options] [command]');
    expect(help).toContain('Opcje:');
    expect(help).toContain('Polecenia:');
    expect(help).toContain('  -V, --version                           pokaż numer wersji');
    expect(help).toContain('  --no-color                              pisz bez kolorów (także: NO_COLOR=1)');
    expect(help).toContain('  help [command]                          pokaż pomoc polecenia');
    expect(help).toContain('Dziś to data lokalna albo CRM_TODAY=RRRR-MM-DD w skryptach i testach.');
  });

  it('CRM_LANG=fa: crm file --help lists the card options in Persian', () => {
    const help = helpOf(['file', '--help'], { CRM_LANG: 'fa' }).join('\n');
    expect(help).toContain('  --company <company>');
    expect(help).toContain('شرکت او');
    expect(help).toContain('  $ crm file acme "۵ تیر" --note "بعد از تعطیلات تماس بگیرم"');
  });
});

describe("commander's errors in the run's language: one line, exit 2", () => {
  const CASES: { language: string; args: string[]; line: string }[] = [
    { language: 'pl', args: ['log', 'acme', '--nxt', 'fri'], line: "crm: nieznana opcja '--nxt' (Czy chodziło o --next?) (zob. crm log --help)" },
    { language: 'pl', args: ['log'], line: "crm: brak wymaganego argumentu 'client' (zob. crm log --help)" },
    { language: 'pl', args: ['lgo'], line: "crm: nieznane polecenie 'lgo' (Czy chodziło o log?) (zob. crm --help)" },
    {
      language: 'pl',
      args: ['log', 'acme', '--next', 'pt', '15:00'],
      line: `crm: za dużo argumentów dla 'log'. Oczekiwano 1 argumentu, podano 2; kilka słów opcji ujmij w cudzysłów: --next "pt 15:00", --note "chce 40 sztuk" (zob. crm log --help)`,
    },
    { language: 'bg', args: ['show', 'acme', '--format', 'pdf'], line: "crm: опцията '--format <format>' не приема 'pdf'. Възможни: markdown, html. (вижте crm show --help)" },
    { language: 'hy', args: ['log', 'acme', '--nxt'], line: "crm: անհայտ ընտրանք '--nxt' (Գուցե՝ --next) (տե՛ս crm log --help)" },
    { language: 'fa', args: ['log', 'acme', '--nxt'], line: "crm: گزینهٔ ناشناختهٔ '--nxt' (منظورتان --next بود؟) (ببینید: crm log --help)" },
  ];
  it.each(CASES)('CRM_LANG=$language crm $args', ({ language, args, line }) => {
    const result = binder.crm(args, { env: { CRM_LANG: language } });
    expect(result.stderr).toBe(`${line}\n`);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    // Nothing written: a binder file is made only by a write (a server's binder is there already).
    if (binder.schema === undefined) expect(binder.exists()).toBe(false);
  });

  it('English says it as commander does', () => {
    const result = binder.crm(['log', 'acme', '--nxt', 'fri']);
    expect(result.stderr).toBe("crm: unknown option '--nxt' (Did you mean --next?) (see crm log --help)\n");
    expect(result.code).toBe(2);
  });
});

describe('a completion script is never localised', () => {
  it.each(['bash', 'zsh', 'fish'])('CRM_LANG=pl crm completion %s prints the English script', (shell) => {
    const english = binder.crm(['completion', shell]);
    expect(english.code).toBe(0);
    for (const env of [{ CRM_LANG: 'pl' }, { CRM_LANG: 'fa' }, { LANG: 'bg_BG.UTF-8' }]) {
      const local = binder.crm(['completion', shell], { env });
      expect(local.stderr).toBe('');
      expect(local.stdout).toBe(english.stdout);
    }
  });
});
