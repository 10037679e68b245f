// Հայերեն: ինչ են ասում crm whoami, crm team (init, upgrade, add, remove, առավոտյան տեսքը) և crm assign հրամանները։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const people = (n: number) => counted('hy', n, { one: '# մարդ', other: '# մարդ' });
const dossiers = (n: number) => counted('hy', n, { one: '# թղթապանակ', other: '# թղթապանակ' });
const MADE = ' (նրա մուտքանունը ստեղծվեց սերվերում, տվեք գաղտնաբառ կամ կարգավորեք նույնականացումը, նախքան նա կօգտագործի այն)';

export const team: Catalogue['team'] = {
  roles: { admin: 'ադմինիստրատոր', manager: 'ղեկավար', rep: 'վաճառքի մասնագետ' },
  notOnTeam: (p) =>
    `Դուք ${p.login} օգտատերն եք (${p.where}), բայց նրա թիմում չեք. crm-ը ձեզ ոչինչ ցույց չի տալիս (ղեկավարը ձեզ կավելացնի crm team add ${p.login} հրամանով)։`,
  youAre: (p) => `Դուք ${p.login} օգտատերն եք (${p.name}), ${p.role}, այստեղ՝ ${p.where}։`,
  away: (p) => `Բացակա: ձեր թղթապանակները մինչև ${p.until} հանձնված են, ստացողը՝ ${p.delegate} (ավարտում է crm handover back հրամանը)։`,
  holding: (p) => `Մինչև ${p.until} ձեզ մոտ են ${p.owner} օգտատիրոջ թղթապանակները, crm today-ն ցույց է տալիս դրանք՝ նշված։`,
  added: (p) => `${p.name} (${p.login}) թիմում է որպես ${p.role}։`,
  addedAgain: (p) => `${p.name} (${p.login}) կրկին թիմում է որպես ${p.role}։`,
  addedMade: (p) => `${p.name} (${p.login}) թիմում է որպես ${p.role}${MADE}։`,
  addedAgainMade: (p) => `${p.name} (${p.login}) կրկին թիմում է որպես ${p.role}${MADE}։`,
  nothingToGive: (p) => `Հանձնելու բան չկա. ${p.handles} արդեն ${p.to} օգտատիրոջն ${p.count === 1 ? 'է' : 'են'}։`,
  gave: (p) => `${p.to} օգտատիրոջը հանձնվեց ${dossiers(p.count)}՝ ${p.given}։`,
  givenFrom: (p) => `${p.handle} (նախկինում՝ ${p.from})`,
  alreadyTheirs: (p) => `Արդեն ${p.to} օգտատիրոջն են՝ ${p.handles}։`,
  removed: (p) => `${p.login} օգտատերը լքեց թիմը. ${dossiers(p.count)} հանձնվեց ${p.to} օգտատիրոջը, պատմության գրառումները մնում են նրա անունով։`,
  created: (p) => `Քարտադարանը ստեղծվեց այստեղ՝ ${p.where}. տարբերակ ${p.version}, ${counted('hy', p.tables, { one: '# աղյուսակ', other: '# աղյուսակ' })}։`,
  createdSchema: (p) =>
    `Քարտադարանը ստեղծվեց այստեղ՝ ${p.where} (սխեմայի հետ միասին). տարբերակ ${p.version}, ${counted('hy', p.tables, { one: '# աղյուսակ', other: '# աղյուսակ' })}։`,
  upToDate: (p) => `Քարտադարանը (${p.where}) թարմ է (տարբերակ ${p.version}), անելու բան չկա։`,
  upgraded: (p) => `Քարտադարանը (${p.where}) թարմացվեց ${p.from} տարբերակից մինչև ${p.to} տարբերակ (${counted('hy', p.steps, { one: '# քայլ', other: '# քայլ' })})։`,
  standing: { none: 'թիմից դուրս', left: 'այլևս թիմից դուրս', rep: 'վաճառքի մասնագետ', manager: 'ղեկավար', admin: 'ադմինիստրատոր' },
  managersOnly: (p) => `crm ${p.command} հրամանը ղեկավարի համար է, իսկ դուք (${p.login}) ${p.standing} եք, այն կարող է գործարկել թիմի ղեկավարը (crm team-ը ցույց է տալիս, թե ով է)`,
  teamOnlyManagers: (p) => `crm ${p.command} --team ցույց է տալիս ամբողջ թիմի թղթապանակները՝ ղեկավարի տեսք, իսկ դուք (${p.login}) ${p.standing} եք, crm ${p.command} ցույց է տալիս ձերը`,
  forOnlyManagers: (p) =>
    `crm ${p.command} --for ${p.other} ցույց է տալիս ${p.other} օգտատիրոջ թղթապանակները ղեկավարին կամ նրան, ում ${p.other}-ը դրանք հանձնել է, իսկ դուք (${p.login}) այսօր ոչ մեկն եք, ոչ մյուսը, crm ${p.command} ցույց է տալիս ձերը`,
  addNeedsName: (p) => `crm team add ${p.login} հրամանին պետք է անունը, ինչպես այն տեսնում են հաճախորդներն ու գործընկերները՝ crm team add ${p.login} --name "Anna Nowak"`,
  assignFromAll: 'crm assign հրամանն ընդունում է հաճախորդներ կամ --from <login> --all՝ մեկ մարդու բոլոր թղթապանակների համար՝ crm assign --from piotr --all --to anna',
  assignNeedsClients: 'crm assign հրամանին պետք են հանձնվող հաճախորդները կամ --from <login> --all՝ crm assign acme kowalski --to anna',
  assignFromWithAll: 'crm assign --from <login> գնում է --all-ի հետ (նրա բոլոր թղթապանակները), մի մասը հանձնելու համար նշեք այդ հաճախորդներին՝ crm assign acme --to anna',
  removeNeedsTo: (p) => `crm team remove ${p.login} հրամանին պետք է, թե ում անցնեն թղթապանակները՝ crm team remove ${p.login} --to <login>`,
  adminStays: (p) => `${p.login} օգտատերը ստեղծել է այս քարտադարանը (նրա ադմինիստրատորն է) և մնում է թիմում`,
  removeToSelf: (p) => `crm team remove ${p.login} --to նշում է ${p.login}-ին, թղթապանակները պետք է անցնեն մեկին, ով մնում է`,
  where: (p) => `սխեմա ${p.schema}, տվյալների բազա ${p.database}, ${p.server}, մուտքանուն՝ ${p.user}`,
  socket: (p) => `սոկետ՝ ${p.folder}`,
  badLogin: (p) =>
    `"${p.login}"-ը մուտքանուն չէ, որ crm-ն ընդունում է. տառեր, թվեր, _ . @ -, սկսվում է տառով կամ _-ով (մուտքանունը սերվերում, ինչպես crm team-ում)`,
  notOnTeamSo: (p) => `${p.login}-ը թիմում չէ, ուստի չի կարող ${p.cannotBe}, թիմում են՝ ${p.team.join(', ')} (crm team add ${p.login} --name "..." հրամանն ավելացնում է նրան)`,
  leftTeamSo: (p) => `${p.login}-ը այլևս թիմում չէ, ուստի չի կարող ${p.cannotBe}, թիմում են՝ ${p.team.join(', ')} (crm team add ${p.login} --name "..." հրամանն ավելացնում է նրան)`,
  cannotBe: {
    handingOver: 'կույտ հանձնել',
    givenStack: 'կույտ ստանալ',
    givenDossiers: 'թղթապանակներ ստանալ',
    removed: 'հեռացվել',
    givenTheirs: 'ստանալ հեռացողի թղթապանակները',
    owner: 'լինել թղթապանակի սեփականատեր',
  },
  noLogin: (p) =>
    `սերվերում ${p.login} մուտքանուն չկա, և ձերը չի կարող այն ստեղծել, խնդրեք սերվերի ադմինիստրատորին գործարկել ${p.create}, ապա կրկին crm team add ${p.login}`,
  mayNotGrant: (p) =>
    `ձեր մուտքանունը չի կարող ${p.login}-ին տալ թիմի ${p.roles.join(' և ')} ${p.roles.length === 1 ? 'դերը' : 'դերերը'}, կարող է քարտադարանի ադմինիստրատորը (ով գործարկել է crm team init) կամ --manager-ով ավելացված ղեկավարը`,
  onTeamAlready: (p) => `${p.login}-ը արդեն թիմում է, crm team-ը ցույց է տալիս, թե ով է թիմում`,
  handover: {
    fromNotManager: (p) =>
      `crm handover --from ${p.owner} հրամանը հանձնում է ${p.owner}-ի կույտը. դա ղեկավարի գործն է, իսկ դուք (${p.login}) ղեկավար չեք, crm handover <to> --until <when> հրամանը հանձնում է ձերը`,
    toYourself: (p) => `crm handover ${p.to} հրամանը նշում է ձեզ. կույտը հանձնվում է գործընկերոջը (crm team-ը ցույց է տալիս, թե ով է թիմում)`,
    toTheOwner: (p) => `crm handover ${p.owner} հրամանը նշում է կույտի տիրոջը (${p.owner}). կույտը հանձնվում է գործընկերոջը (crm team-ը ցույց է տալիս, թե ով է թիմում)`,
    inForce: (p) => `${p.owner}-ի կույտն արդեն հանձնված է ${p.delegate}-ին մինչև ${p.until} (միաժամանակ մեկ հանձնում), նախ ավարտեք այն ${p.back} հրամանով`,
    notGivenBack: (p) =>
      `${p.owner}-ի կույտը հանձնված էր ${p.delegate}-ին մինչև ${p.until} և դեռ չի վերադարձվել, նախ ավարտեք հանձնումը ${p.back} հրամանով (այն ցույց կտա նաև ${p.delegate}-ի աշխատանքը)`,
    toAway: (p) =>
      `${p.to}-ը բացակա է. նրա սեփական կույտը ${p.delegate}-ի մոտ է մինչև ${p.until}, իսկ հանձնված կույտը հաջորդին չի փոխանցվում (առանց շղթաների), հանձնեք մեկին, ով տեղում է`,
    youHold: (p) =>
      `${p.login}-ի մոտ է ${p.owner}-ի կույտը մինչև ${p.until}, իսկ հանձնված կույտը հաջորդին չի փոխանցվում (առանց շղթաների), նախ վերադարձրեք այն (crm handover back --from ${p.owner})`,
    theyHold: (p) =>
      `${p.login}-ի մոտ է ${p.owner}-ի կույտը մինչև ${p.until}, իսկ հանձնված կույտը հաջորդին չի փոխանցվում (առանց շղթաների), նախ ${p.login}-ը պետք է վերադարձնի այն (crm handover back --from ${p.owner})`,
    onlyNeedsWords: 'crm handover --only-ին պետք են բառեր՝ թղթապանակներ ընտրելու համար, ինչպես ընդունում է crm find-ը. --only warsaw, --only "acme kowalski"',
    onlyMatchesNone: (p) => `${p.owner}-ի ոչ մի թղթապանակ չի համապատասխանում "${p.text}"-ին, ոչինչ չի հանձնվել (--only-ն ընդունում է այն, ինչ crm find-ը)`,
    onlyMatchesTooMany: (p) => `"${p.text}"-ին համապատասխանում է ${p.owner}-ի ավելի քան ${p.limit} թղթապանակ, հանձնեք ամբողջ կույտը (առանց --only) կամ ընտրեք ավելի շատ բառերով`,
    notHandedOver: (p) => `${p.owner}-ի կույտը հանձնված չէ (բաց հանձնում չկա), crm handovers-ը ցույց է տալիս անցյալ և ընթացիկ հանձնումները`,
    backNotYours: (p) => `${p.owner}-ի հանձնումը ${p.delegate}-ին վերադարձնում է ${p.owner}-ը, ${p.delegate}-ը կամ ղեկավարը, իսկ դուք (${p.login}) նրանցից ոչ մեկը չեք`,
    holdSeveral: (p) => `ձեզ մոտ են մի քանի մարդու կույտեր՝ ${p.owners.join(', ')}, նշեք, թե որն է վերադառնում՝ crm handover back --from ${p.first}`,
    nothingToGiveBack: (p) => `ձեր կույտը հանձնված չէ, և ձեզ մոտ ոչ մեկի կույտ չկա (դուք ${p.login}-ն եք), crm handovers-ը ցույց է տալիս անցյալ և ընթացիկ հանձնումները`,
    justGivenBack: (p) => `${p.owner}-ի հանձնումը ${p.delegate}-ին հենց նոր վերադարձրեց մեկ ուրիշը, crm handovers-ը ցույց է տալիս, թե ով`,
  },
  view: {
    title: 'Թիմը',
    people: (p) => people(p.count),
    noCapacity: 'թիմի սահման չկա',
    capacity: (p) => `թիմի սահմանը՝ օրական ${p.capacity}`,
    nobody: 'Թիմում դեռ ոչ ոք չկա. crm team add <login> --name "..." հրամանն ավելացնում է մարդ։',
    person: 'Մարդ',
    stack: 'Այսօրվա կույտ',
    overdue: 'Ուշացած',
    broken: 'Խախտված',
    complaints: 'Բողոքներ',
    calls: 'Զանգեր',
    week: 'Շաբաթ',
    refiled: 'Վերադասված',
    moved: 'Տեղափոխված',
    kept: 'Կատարված',
    whereabouts: 'Բացակա / փոխարինում',
    weekday: (p) => ['կիր', 'երկ', 'երք', 'չրք', 'հնգ', 'ուր', 'շբթ'][p.day] ?? '',
    away: (p) => `բացակա, փոխարինողը՝ ${p.name}, մինչև ${p.until}`,
    holding: (p) => `${p.name} օգտատիրոջ փոխարեն՝ մինչև ${p.until}`,
    weekNote: (p) =>
      `Շաբաթը՝ սկսած ${p.from}. ամեն օր գրանցված զանգեր, հանդիպումներ և նամակներ, զրույցից հետո վերադասված և առանց զրույցի տեղափոխված թղթապանակներ, կատարված խոստումներ և իրենց օրով չկատարվածները։`,
    over: (p) => `${people(p.count)} սահմանից ավելի`,
    overAdvice: 'crm today --for <login> ցույց է տալիս նրա կույտը, crm assign կամ crm handover թեթևացնում է այն։',
    dayNote: 'Խախտված՝ մեր ժամկետանց խոստումները, բողոքներ՝ ժամկետանց բաց բողոքները, զանգեր՝ գրանցված այսօր և այս շաբաթ։ crm team --week՝ շաբաթն ըստ օրերի։',
  },
};
