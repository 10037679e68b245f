// Български: какво казват crm whoami, crm team (init, upgrade, add, remove, сутрешният изглед) и crm assign.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const people = (n: number) => counted('bg', n, { one: '# човек', other: '# души' });
const MADE = ' (потребителят е създаден на сървъра: дайте му парола или настройте удостоверяването, преди да го ползва)';

export const team: Catalogue['team'] = {
  roles: { admin: 'администратор', manager: 'мениджър', rep: 'търговец' },
  notOnTeam: (p) => `Вие сте ${p.login} в ${p.where}, но не сте в екипа му: crm не ви показва нищо от него (мениджър ви добавя с crm team add ${p.login}).`,
  youAre: (p) => `Вие сте ${p.login} (${p.name}), ${p.role}, в ${p.where}.`,
  away: (p) => `Отсъствие: досиетата ви са предадени на ${p.delegate} до ${p.until} (crm handover back го прекратява).`,
  holding: (p) => `Поемате досиетата на ${p.owner} до ${p.until}: crm today ги показва, отбелязани.`,
  added: (p) => `${p.name} (${p.login}) е в екипа като ${p.role}.`,
  addedAgain: (p) => `${p.name} (${p.login}) отново е в екипа като ${p.role}.`,
  addedMade: (p) => `${p.name} (${p.login}) е в екипа като ${p.role}${MADE}.`,
  addedAgainMade: (p) => `${p.name} (${p.login}) отново е в екипа като ${p.role}${MADE}.`,
  nothingToGive: (p) => `Няма какво да се предаде: ${p.handles} ${p.count === 1 ? 'вече е' : 'вече са'} на ${p.to}.`,
  gave: (p) => `${counted('bg', p.count, { one: 'Предадено е # досие', other: 'Предадени са # досиета' })} на ${p.to}: ${p.given}.`,
  givenFrom: (p) => `${p.handle} (от ${p.from})`,
  alreadyTheirs: (p) => `Вече са на ${p.to}: ${p.handles}.`,
  removed: (p) =>
    `${p.login} напусна екипа: ${counted('bg', p.count, { one: '# досие е предадено', other: '# досиета са предадени' })} на ${p.to}; авторството в историята не се променя.`,
  created: (p) => `Класьорът е създаден в ${p.where}: версия ${p.version}, ${counted('bg', p.tables, { one: '# таблица', other: '# таблици' })}.`,
  createdSchema: (p) => `Класьорът е създаден в ${p.where} (заедно със схемата): версия ${p.version}, ${counted('bg', p.tables, { one: '# таблица', other: '# таблици' })}.`,
  upToDate: (p) => `Класьорът в ${p.where} е актуален (версия ${p.version}); няма какво да се прави.`,
  upgraded: (p) => `Класьорът в ${p.where} е обновен от версия ${p.from} до ${p.to} (${counted('bg', p.steps, { one: '# стъпка', other: '# стъпки' })}).`,
  standing: { none: 'извън екипа', left: 'вече извън екипа', rep: 'търговец', manager: 'мениджър', admin: 'администратор' },
  managersOnly: (p) => `crm ${p.command} е за мениджър: вие (${p.login}) сте ${p.standing}; мениджър на екипа може да го изпълни (crm team показва кой е)`,
  teamOnlyManagers: (p) => `crm ${p.command} --team показва досиетата на целия екип: изглед за мениджър, а вие (${p.login}) сте ${p.standing}; crm ${p.command} показва вашите`,
  forOnlyManagers: (p) =>
    `crm ${p.command} --for ${p.other} показва досиетата на ${p.other}: на мениджър или на този, на когото ${p.other} ги е предал, а вие (${p.login}) днес не сте нито едното; crm ${p.command} показва вашите`,
  addNeedsName: (p) => `crm team add ${p.login} иска името, с което клиентите и колегите го познават: crm team add ${p.login} --name "Anna Nowak"`,
  assignFromAll: 'crm assign приема клиенти или --from <login> --all за всички досиета на един човек: crm assign --from piotr --all --to anna',
  assignNeedsClients: 'crm assign иска клиентите за предаване или --from <login> --all: crm assign acme kowalski --to anna',
  assignFromWithAll: 'crm assign --from <login> върви с --all (всичките му досиета); за да предадете някои, назовете тези клиенти: crm assign acme --to anna',
  removeNeedsTo: (p) => `crm team remove ${p.login} иска на кого да отидат досиетата: crm team remove ${p.login} --to <login>`,
  adminStays: (p) => `${p.login} създаде този класьор (администраторът му е) и остава в екипа`,
  removeToSelf: (p) => `crm team remove ${p.login} --to посочва ${p.login}: досиетата отиват при някой, който остава`,
  view: {
    title: 'Екипът',
    people: (p) => people(p.count),
    noCapacity: 'без капацитет на екипа',
    capacity: (p) => `капацитет на екипа ${p.capacity} на ден`,
    nobody: 'В екипа още няма никого: crm team add <login> --name "..." добавя човек.',
    person: 'Човек',
    stack: 'Днешна купчина',
    overdue: 'Просрочени',
    broken: 'Нарушени',
    complaints: 'Рекламации',
    calls: 'Обаждания',
    week: 'Седмица',
    refiled: 'Пренаредени',
    moved: 'Преместени',
    kept: 'Изпълнени',
    whereabouts: 'Отсъства / поема',
    weekday: (p) => ['нд', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'][p.day] ?? '',
    away: (p) => `отсъства, предадено на ${p.name} до ${p.until}`,
    holding: (p) => `поема досиетата на ${p.name} до ${p.until}`,
    weekNote: (p) =>
      `Седмицата от ${p.from}: обаждания, срещи и имейли, записани всеки ден; досиета, пренаредени след разговор и преместени без разговор; изпълнени обещания и такива, неизпълнени в срок.`,
    over: (p) => `${people(p.count)} над капацитета`,
    overAdvice: 'crm today --for <login> показва купчината им; crm assign или crm handover я облекчава.',
    dayNote: 'Нарушени: нашите обещания след срока им; рекламации: отворени след срока им; обаждания: записани днес и през седмицата. crm team --week: седмицата по дни.',
  },
};
