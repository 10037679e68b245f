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
  upToDate: (p) => `${p.where} քարտադարանը թարմ է (տարբերակ ${p.version}), անելու բան չկա։`,
  upgraded: (p) => `${p.where} քարտադարանը թարմացվեց ${p.from} տարբերակից մինչև ${p.to} տարբերակ (${counted('hy', p.steps, { one: '# քայլ', other: '# քայլ' })})։`,
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
