// Հայերեն: ինչից են հրաժարվում crm promise, crm complaint, crm form, crm edit, crm attach և crm docs հրամանները։
import type { Catalogue } from '../catalogue.js';

export const records: Catalogue['records'] = {
  noPromise: (p) => `${p.id} խոստում չկա, բացերը ցույց է տալիս crm promises հրամանը`,
  promiseKept: (p) => `${p.id} խոստումն արդեն կատարված է (${p.day})`,
  noComplaint: (p) => `${p.id} բողոք չկա, բացերը ցույց է տալիս crm complaints հրամանը`,
  complaintResolved: (p) => `${p.id} բողոքն արդեն լուծված է (${p.day})`,
  sayHowResolved: (p) => `գրեք, թե ինչպես է այն լուծվել՝ crm complaint resolve ${p.id} --note "մասերը փոխարինվեցին"`,
  editNeedsFields: 'edit հրամանին պետք են փոխվող դաշտերը (crm edit acme --phone "+48 22 555 01 02") կամ տերմինալ՝ $EDITOR-ի համար',
  cannotRead: (p) => `չհաջողվեց կարդալ ${p.path} (${p.code}), ստուգեք ուղին`,
  notValid: (p) => `${p.path} ֆայլը վավեր ${p.format} չէ: ${p.detail}`,
  noFormYet: (p) => `"${p.name}" ձև չկա, ավելացրեք այն crm form add <ֆայլ> հրամանով`,
  noForm: (p) => `"${p.name}" ձև չկա, քարտադարանում կան՝ ${p.names}`,
  fieldNotPair: (p) => `--field "${p.pair}" բանալի=արժեք տեսքի չէ, գրեք --field budget=12000`,
  attachBoth: 'attach հրամանն ընդունում է ֆայլեր կամ --link <url|ուղի>, ոչ երկուսը միասին. կցեք ֆայլերն ու հղումը առանձին',
  attachNeedsFiles: 'attach հրամանին պետք են ֆայլեր (crm attach acme offer.pdf) կամ --link <url>',
  nameTaken: (p) => `${p.handle} թղթապանակում արդեն կա ${p.name} անունով փաստաթուղթ, վերանվանեք ֆայլը և նորից կցեք`,
  notAFile: (p) => `${p.file} ֆայլ չէ, կցեք ֆայլերը մեկ առ մեկ կամ պանակի ֆայլերը shell-ի նմուշով`,
  overLimit: (p) => `${p.file} ֆայլը ${p.size} է, քարտադարանի ${p.limit} սահմանից ավելի, կցեք այն --link <ուղի կամ url> միջոցով կամ բարձրացրեք սահմանը (crm config attach-limit 50MB)`,
  linkEmpty: '--link-ին պետք է URL կամ ուղի',
  documentsMatch: (p) => `"${p.name}" համընկնում է ${p.handle} թղթապանակի ${p.count} փաստաթղթի հետ՝ ${p.names}, գրեք անվան ավելի մեծ մասը`,
  noDocuments: (p) => `${p.handle} թղթապանակում ${p.name} անունով փաստաթուղթ չկա`,
  noDocument: (p) => `${p.handle} թղթապանակում ${p.name} անունով փաստաթուղթ չկա, կան՝ ${p.names}`,
  isLink: (p) => `${p.name} հղում է, ոչ թե պահված ֆայլ՝ ${p.link}`,
  exists: (p) => `${p.path} արդեն կա, ավելացրեք --force՝ այն վերագրելու համար, կամ -o <այլ ուղի>`,
  isFolder: (p) => `${p.path} պանակ է, տվեք -o <այլ ուղի>`,
  noFolder: (p) => `${p.folder} պանակը գոյություն չունի, նախ ստեղծեք այն կամ տվեք այլ ուղի -o-ով`,
};
