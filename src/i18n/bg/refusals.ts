// Български: какво отказват ежедневните команди (commands/file, log, move, postpone, undo, change.ts).
import type { Catalogue } from '../catalogue.js';

export const refusals: Catalogue['refusals'] = {
  noRename: (p) =>
    `"${p.client}" е ${p.handle} (${p.who}), а crm file не преименува клиент: за ново име въведете crm edit ${p.handle} --name "${p.name}"; ` +
    `за нов клиент изберете друго кратко име: crm file <handle> ${p.when} --name "${p.name}"; нищо не е записано`,
  newNeedsName: (p) => `няма клиент, който да отговаря на "${p.handle}"; за ново досие с това кратко име добавете --name "<име на клиента>"`,
  hasOwner: (p) => `${p.handle} вече е подредено и има отговорник; crm assign ${p.handle} --to ${p.owner} го дава на ${p.owner}`,
  noteNeedsText: 'бележката има нужда от текст: добавете --note "<какво беше казано>" (или --note -, за да се прочете от stdin)',
  nextMissing: (p) => `липсва следващият контакт: добавете --next <кога> (например --next fri) или --done, за да затворите ${p.handle}; нищо не е записано`,
  fieldNeedsForm: '--field върви с --form <име>: crm log acme --form visit --field budget=12000',
  notAKind: (p) => `--kind "${p.kind}" не е вид контакт; използвайте ${p.kinds}`,
  notAnOutcome: (p) => `--outcome "${p.outcome}" не е резултат; използвайте ${p.outcomes}`,
  moveNeeds: 'move иска клиенти и дата (crm move acme zolc fri) или --from <разделител> --to <кога>',
  closedRefile: (p) => `${p.handle} е затворено (в чекмеджето); подредете го отново с crm file ${p.handle} <кога>`,
  autoNeedsCapacity: 'postpone --auto иска дневен капацитет: задайте го с crm config capacity 20',
  postponeNeeds: 'postpone иска кратките имена на досиетата (crm postpone acme zolc) или --auto, за да избере по приоритет',
  closedNothingToPostpone: (p) => `${p.handle} е затворено (в чекмеджето): няма какво да се отложи`,
  roles: { rep: 'търговец', manager: 'мениджър', admin: 'администратор' },
  notOnTeam: 'извън екипа',
  changesAll: (p) => `crm changes --all показва промените на целия екип: изглед за мениджъра, а вие (${p.login}) сте ${p.role}; crm changes показва вашите`,
  teamSettings: (p) => `в класьора на екип настройките на класьора са на екипа и ги променя мениджърът; вие (${p.login}) сте ${p.role}`,
  teamForms: (p) => `в класьора на екип формулярите са на екипа и ги променя мениджърът; вие (${p.login}) сте ${p.role}`,
  changedMeanwhile: (p) =>
    `${p.handle}: ${p.fields} е променено, откакто crm прочете досието (някой друг го промени междувременно); нищо не е записано: вижте го (crm show ${p.handle}) и въведете своето отново: ${p.given}`,
  and: ' и ',
  texts: { note: 'бележката', offer: 'офертата', promise: 'обещанието', complaint: 'рекламацията', resolution: 'решението' },
  answerTo: (p) => `отговорът на "${p.key}"`,
  tooLong: (p) =>
    `${p.what} е ${p.size}, над лимита на класьора от ${p.limit} за един запис; ` +
    `пазете толкова дълъг текст като документ (crm attach ${p.handle} <файл>) или вдигнете лимита (crm config note-limit); нищо не е записано`,
  blankNote: (p) => `--note е празно; напишете какво беше казано (${p.example} --note "иска 40 броя") или пропуснете --note; нищо не е записано`,
  commandLineNotValid: 'командният ред не е валиден',
  moveNeedsDate: 'move иска клиенти и дата: crm move acme fri или crm move --from 24 --to 25',
  moveClientsOrFrom: 'move приема клиенти или --from <разделител>, не и двете',
  handleAndDate: (p) =>
    `"${p.word}" е едновременно кратко име на клиент и дата; сложете датата заедно с часа в кавички (crm move ${p.clients} "<дата> ${p.hour}") или я дайте с --to`,
  postponeHandlesOrAuto: 'postpone приема кратки имена или --auto, не и двете',
  autoNeedsYes: 'postpone --auto показва план за потвърждение: добавете --yes, за да го приложите, или --dry-run, за да го видите само',
  workNeedsTerminal: 'work иска терминал; от скрипт използвайте crm today --json и crm log',
  limitNotWhole: (p) => `--limit "${p.typed}" не е цяло число над 0; опитайте --limit 10`,
  nextOrDone: 'log приема --next <кога> или --done, не и двете',
};
