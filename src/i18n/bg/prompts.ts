// Български: въпросите в терминала (src/prompts/).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const prompts: Catalogue['prompts'] = {
  card: {
    newDossier: (p) => `Ново досие "${p.handle}": нужно е име; другите полета може да останат празни.`,
    name: 'Име на клиента',
    position: 'Длъжност',
    company: 'Фирма',
    phone: 'Телефон',
    email: 'Имейл',
    priority: 'Приоритет',
    priorityA: 'A (най-важно)',
    priorityB: 'B',
    priorityC: 'C (най-малко важно)',
  },
  form: {
    title: (p) => `Формуляр ${p.title}:`,
    optional: '(по желание)',
    none: '(няма)',
  },
  editorFailed: (p) => `редакторът (${p.editor}) завърши с ${p.status}; бележките не са променени`,
  log: {
    whatWasSaid: (p) => `Какво беше казано с ${p.name}?`,
    howDidItEnd: 'Как завърши?',
    noOutcome: '(без резултат)',
    whatOffer: 'Каква оферта беше изпратена? (Enter: никаква)',
    nextByDefault: (p) => `Следващ контакт (Enter: ${p.date}, ${p.where}; или ${p.done})`,
    next: (p) => `Следващ контакт (8, jul 5, +2w, пт; или ${p.done} за затваряне)`,
    typeTheDate: (p) => `въведете датата на следващия контакт или ${p.done}`,
    closes: 'затворено: извън класьора, историята се пази',
    movedOffDayOff: (p) => `${p.where} (преместено от почивен ден)`,
  },
  postpone: {
    which: 'Кои досиета да се отложат? (интервал за отметка, Enter за продължаване)',
    daysOverdue: (p) => `(${counted('bg', p.days, { one: '# ден', other: '# дни' })} просрочено)`,
    whereTo: 'Накъде? (дата като пт или +1w; Enter: най-близките работни дни със свободно място)',
  },
  work: {
    start: (p) => `${p.date}: ${p.dossiers} в днешната купчина. По една карта; можете да спрете по всяко време.`,
    cardOf: (p) => `${p.number} от ${p.total}`,
    recentHistory: 'Скорошна история:',
    historyOf: (p) => `История на ${p.handle}`,
    staysToday: (p) => `${p.handle} остава в днешната купчина: вече е подредено за този ден.`,
    postponed: (p) => `Отложено ${p.handle} ${p.where}.`,
    cancelled: (p) => `прекъснато; ${p.kept}`,
    keptDone: (p) => `направеното дотук остава: ${p.tally}`,
    nothingWritten: 'нищо не е записано',
    sessionDone: 'Сесията приключи',
    end: (p) => `${p.tally}; ${p.left}`,
    stackClear: 'купчината е празна.',
    stillLeft: (p) =>
      `${counted('bg', p.count, { one: '# досие остава', other: '# досиета остават' })} в днешната купчина (crm work, за да продължите).`,
    tally: (p) => `записани разговори: ${p.logged}, отложени: ${p.postponed}, пропуснати: ${p.skipped}`,
    whatNow: 'Какво сега?',
    log: 'Запиши разговора и премести',
    postpone: 'Отложи',
    skip: 'Пропусни засега',
    history: (p) => `Покажи цялата история (${p.count})`,
    call: (p) => `Обади се на ${p.phone}, после запиши разговора`,
    quit: 'Изход',
  },
};
