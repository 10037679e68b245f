// Հայերեն: ինչից են հրաժարվում ամենօրյա հրամանները (commands/file, log, move, postpone, undo, change.ts)։
import type { Catalogue } from '../catalogue.js';

export const refusals: Catalogue['refusals'] = {
  noRename: (p) =>
    `"${p.client}"-ը ${p.handle}-ն է (${p.who}), իսկ crm file-ը հաճախորդին չի վերանվանում․ վերանվանելու համար գրեք crm edit ${p.handle} --name "${p.name}"․ ` +
    `նոր հաճախորդի համար ընտրեք այլ կարճ անուն՝ crm file <handle> ${p.when} --name "${p.name}"․ ոչինչ չի գրանցվել`,
  newNeedsName: (p) => `"${p.handle}"-ին համապատասխանող հաճախորդ չկա․ այդ կարճ անունով նոր թղթապանակ բացելու համար ավելացրեք --name "<հաճախորդի անունը>"`,
  hasOwner: (p) => `${p.handle}-ն արդեն դասված է և ունի պատասխանատու․ crm assign ${p.handle} --to ${p.owner}-ը այն կհանձնի ${p.owner}-ին`,
  noteNeedsText: 'նշմանը տեքստ է պետք․ ավելացրեք --note "<ինչ ասվեց>" (կամ --note -՝ stdin-ից կարդալու համար)',
  nextMissing: (p) => `հաջորդ կապը նշված չէ․ ավելացրեք --next <երբ> (օրինակ՝ --next fri) կամ --done՝ ${p.handle}-ը փակելու համար․ ոչինչ չի գրանցվել`,
  fieldNeedsForm: '--field-ը օգտագործվում է --form <անուն>-ի հետ՝ crm log acme --form visit --field budget=12000',
  notAKind: (p) => `--kind "${p.kind}"-ը կապի տեսակ չէ․ օգտագործեք ${p.kinds}`,
  notAnOutcome: (p) => `--outcome "${p.outcome}"-ը արդյունք չէ․ օգտագործեք ${p.outcomes}`,
  moveNeeds: 'move-ին պետք են հաճախորդներ և ամսաթիվ (crm move acme zolc fri) կամ --from <բաժանարար> --to <երբ>',
  closedRefile: (p) => `${p.handle}-ը փակված է (դարակում)․ նորից դասեք՝ crm file ${p.handle} <երբ>`,
  autoNeedsCapacity: 'postpone --auto-ին պետք է օրական սահման․ սահմանեք՝ crm config capacity 20',
  postponeNeeds: 'postpone-ին պետք են տեղափոխվող կարճ անունները (crm postpone acme zolc) կամ --auto՝ ըստ առաջնահերթության ընտրելու համար',
  closedNothingToPostpone: (p) => `${p.handle}-ը փակված է (դարակում)․ հետաձգելու բան չկա`,
  roles: { rep: 'վաճառքի մասնագետ', manager: 'ղեկավար', admin: 'ադմինիստրատոր' },
  notOnTeam: 'թիմում չեք',
  changesAll: (p) => `crm changes --all-ը ցույց է տալիս ամբողջ թիմի փոփոխությունները՝ ղեկավարի տեսքը, իսկ դուք (${p.login})՝ ${p.role}․ crm changes-ը ցույց է տալիս ձերը`,
  teamSettings: (p) => `թիմի քարտադարանում կարգավորումները թիմինն են, և դրանք փոխում է ղեկավարը․ դուք (${p.login})՝ ${p.role}`,
  teamForms: (p) => `թիմի քարտադարանում ձևաթղթերը թիմինն են, և դրանք փոխում է ղեկավարը․ դուք (${p.login})՝ ${p.role}`,
  changedMeanwhile: (p) =>
    `${p.handle}: ${p.fields} փոխվել է այն պահից, երբ crm-ը կարդաց թղթապանակը (մեկ ուրիշը փոխեց այդ ընթացքում)․ ոչինչ չի գրանցվել․ նայեք (crm show ${p.handle}), ապա նորից տվեք ձերը՝ ${p.given}`,
  and: ' և ',
  texts: { note: 'նշումը', offer: 'առաջարկը', promise: 'խոստումը', complaint: 'բողոքը', resolution: 'լուծումը' },
  answerTo: (p) => `"${p.key}"-ի պատասխանը`,
  tooLong: (p) =>
    `${p.what} ${p.size} է, քարտադարանի մեկ գրառման ${p.limit} սահմանից ավելի․ ` +
    `այդքան երկար տեքստը պահեք որպես փաստաթուղթ (crm attach ${p.handle} <ֆայլ>) կամ բարձրացրեք սահմանը (crm config note-limit)․ ոչինչ չի գրանցվել`,
  blankNote: (p) => `--note-ը դատարկ է․ գրեք, թե ինչ ասվեց (${p.example} --note "ուզում է 40 հատ"), կամ բաց թողեք --note-ը․ ոչինչ չի գրանցվել`,
  commandLineNotValid: 'հրամանի տողն անվավեր է',
  moveNeedsDate: 'move-ին պետք են հաճախորդներ և ամսաթիվ՝ crm move acme fri կամ crm move --from 24 --to 25',
  moveClientsOrFrom: 'move-ը ընդունում է կամ հաճախորդներ, կամ --from <բաժանարար>, ոչ երկուսը միասին',
  handleAndDate: (p) =>
    `"${p.word}"-ը և՛ հաճախորդի կարճ անուն է, և՛ ամսաթիվ․ ամսաթիվը ժամի հետ միասին չակերտների մեջ առեք (crm move ${p.clients} "<ամսաթիվ> ${p.hour}") կամ տվեք --to-ով`,
  postponeHandlesOrAuto: 'postpone-ը ընդունում է կամ կարճ անուններ, կամ --auto, ոչ երկուսը միասին',
  autoNeedsYes: 'postpone --auto-ն ցույց է տալիս հաստատման պլան․ ավելացրեք --yes՝ այն կիրառելու համար, կամ --dry-run՝ միայն տեսնելու համար',
  workNeedsTerminal: 'work-ին տերմինալ է պետք․ սկրիպտից օգտագործեք crm today --json և crm log',
  limitNotWhole: (p) => `--limit "${p.typed}"-ը 0-ից մեծ ամբողջ թիվ չէ․ փորձեք --limit 10`,
  nextOrDone: 'log-ը ընդունում է կամ --next <երբ>, կամ --done, ոչ երկուսը միասին',
};
