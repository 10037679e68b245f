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
  where: (p) => `схема ${p.schema} в базата данни ${p.database} на ${p.server} като ${p.user}`,
  socket: (p) => `сокета в ${p.folder}`,
  badLogin: (p) =>
    `"${p.login}" не е потребител, какъвто crm приема: букви, цифри, _ . @ -, като започва с буква или _ (името на потребителя в сървъра, както в crm team)`,
  notOnTeamSo: (p) => `${p.login} не е в екипа, затова не може ${p.cannotBe}; в екипа са ${p.team.join(', ')} (crm team add ${p.login} --name "..." го добавя)`,
  leftTeamSo: (p) => `${p.login} вече не е в екипа, затова не може ${p.cannotBe}; в екипа са ${p.team.join(', ')} (crm team add ${p.login} --name "..." го добавя)`,
  cannotBe: {
    handingOver: 'да предава купчина',
    givenStack: 'да поеме купчина',
    givenDossiers: 'да получава досиета',
    removed: 'да бъде премахнат(а)',
    givenTheirs: 'да поеме досиетата на напускащия',
    owner: 'да бъде собственик на досие',
  },
  noLogin: (p) =>
    `на сървъра няма потребител ${p.login}, а вашият потребител не може да го създаде; помолете администратора на сървъра да изпълни ${p.create}, след това отново crm team add ${p.login}`,
  mayNotGrant: (p) =>
    `вашият потребител не може да даде ${p.roles.length === 1 ? 'ролята' : 'ролите'} на екипа ${p.roles.join(' и ')} на ${p.login}; може администраторът на класьора (който изпълни crm team init) или мениджър, добавен с --manager`,
  onTeamAlready: (p) => `${p.login} вече е в екипа; crm team показва кой е в него`,
  handover: {
    fromNotManager: (p) => `crm handover --from ${p.owner} предава купчината на ${p.owner}: това е за мениджър, а вие (${p.login}) не сте; crm handover <to> --until <when> предава вашата`,
    toYourself: (p) => `crm handover ${p.to} посочва вас: купчината отива при колега (crm team показва кой е в екипа)`,
    toTheOwner: (p) => `crm handover ${p.owner} посочва собственика на купчината (${p.owner}): купчината отива при колега (crm team показва кой е в екипа)`,
    inForce: (p) => `купчината на ${p.owner} вече е предадена на ${p.delegate} до ${p.until} (едно предаване наведнъж); първо го прекратете с ${p.back}`,
    notGivenBack: (p) =>
      `купчината на ${p.owner} беше предадена на ${p.delegate} до ${p.until} и още не е върната; първо прекратете предаването с ${p.back} (то показва и работата на ${p.delegate})`,
    toAway: (p) =>
      `${p.to} отсъства: купчината на ${p.to} е при ${p.delegate} до ${p.until}, а предадена купчина не се предава нататък (без вериги); предайте на някой, който е на място`,
    youHold: (p) =>
      `${p.login} държи купчината на ${p.owner} до ${p.until}, а предадена купчина не се предава нататък (без вериги); първо я върнете (crm handover back --from ${p.owner})`,
    theyHold: (p) =>
      `${p.login} държи купчината на ${p.owner} до ${p.until}, а предадена купчина не се предава нататък (без вериги); първо ${p.login} трябва да я върне (crm handover back --from ${p.owner})`,
    onlyNeedsWords: 'crm handover --only иска думи, по които да избере досиета, както ги приема crm find: --only warsaw, --only "acme kowalski"',
    onlyMatchesNone: (p) => `нито едно досие на ${p.owner} не отговаря на "${p.text}"; нищо не е предадено (--only приема същото като crm find)`,
    onlyMatchesTooMany: (p) => `"${p.text}" отговаря на повече от ${p.limit} досиета на ${p.owner}; предайте цялата купчина (без --only) или изберете с повече думи`,
    notHandedOver: (p) => `купчината на ${p.owner} не е предадена (няма текущо предаване); crm handovers показва минали и текущи предавания`,
    backNotYours: (p) => `предаването от ${p.owner} на ${p.delegate} се прекратява от ${p.owner}, от ${p.delegate} или от мениджър, а вие (${p.login}) не сте никой от тях`,
    holdSeveral: (p) => `държите купчините на ${p.owners.join(' и ')}; кажете коя се връща: crm handover back --from ${p.first}`,
    nothingToGiveBack: (p) => `вашата купчина не е предадена и не държите ничия (вие сте ${p.login}); crm handovers показва минали и текущи предавания`,
    justGivenBack: (p) => `предаването от ${p.owner} на ${p.delegate} току-що беше прекратено от някой друг; crm handovers показва от кого`,
  },
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
