// Polski: listy teczek (render/list.ts): co jest za przekładką (crm open) i co pasuje do szukanego tekstu (crm find).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const teczki = (n: number) => counted('pl', n, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' });

export const lists: Catalogue['lists'] = {
  headers: {
    handle: 'skrót',
    name: 'nazwa',
    company: 'firma',
    phone: 'telefon',
    filedOn: 'termin',
    last: 'ostatnio',
    foundIn: 'znaleziono w',
    entry: 'wpis',
    text: 'tekst',
  },
  filedOn: (p) => `Odłożone na ${p.day}`,
  behind: (p) => `Za przekładką ${p.month}`,
  span: (p) => ` (${p.from} – ${p.to})`,
  count: (p) => `${p.title}: ${teczki(p.count)}`,
  nothingFiled: (p) => `${p.title}: nic nie odłożono.`,
  stillBehindDays: (p) => `${p.title}: nic; cały ten miesiąc jest jeszcze za przekładkami dni (crm binder).`,
  late: (p) => ` (${p.days} d po terminie)`,
  closed: 'zamknięta',
  nothingMatches: (p) => `Nic nie pasuje do „${p.text}”.`,
  matches: (p) => `${p.dossiers} ${counted('pl', p.count, { one: 'pasuje', few: 'pasują', many: 'pasuje', other: 'pasuje' })} do „${p.text}”`,
  dossiers: (p) => teczki(p.count),
  onlyFirst: (p) => `Pokazano tylko pierwsze ${p.count}; wpisz więcej szukanego tekstu.`,
  foundInHistory: 'Znalezione w historii',
  card: (p) => `karta (${p.fields})`,
  entry: (p) => `${p.kind} ${p.day}`,
  entries: (p) => counted('pl', p.count, { one: '# wpis', few: '# wpisy', many: '# wpisów', other: '# wpisu' }),
  comma: ', ',
  moreEntries: (p) => `i jeszcze ${counted('pl', p.count, { one: '# wpis', few: '# wpisy', many: '# wpisów', other: '# wpisu' })}: crm show ${p.handle}`,
  offer: 'oferta: ',
};
