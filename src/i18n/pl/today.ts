// Polski: crm today (render/today.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const today: Catalogue['today'] = {
  dossiers: (p) => counted('pl', p.count, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' }),
  clearDesk: (p) => `${p.date}: na dziś nic. Czyste biurko.`,
  nextUp: (p) => `Następne: ${p.dossiers}, ${p.day}.`,
  heading: (p) => `${p.date} · ${p.dossiers} na dziś (${p.counts})`,
  separator: ', ',
  overdue: (p) => counted('pl', p.count, { one: '# zaległa', few: '# zaległe', many: '# zaległych', other: '# zaległej' }),
  dueToday: (p) => `${p.count} na dziś`,
  pastTheirHour: (p) => `${p.count} po swojej godzinie`,
  withinMinutes: (p) => `${p.count} w ciągu ${p.minutes} min`,
  overBy: (p) => `${p.count} ponad`,
  overCapacity: (p) => `${p.over} limit ${p.capacity}`,
  capacity: (p) => `limit ${p.capacity}`,
  tooMuch: 'Za dużo na jeden dzień? crm postpone --auto zaproponuje, co przełożyć, a crm postpone pozwoli wybrać samemu.',
  commitments: 'Obietnice i reklamacje',
  theyPromised: 'klient obiecał',
  wePromised: 'obiecaliśmy',
  complaint: 'reklamacja',
  brokenDue: (p) => `niedotrzymana: termin ${p.day}`,
  dueTodayMark: 'termin dziś',
  lateTarget: (p) => `spóźniona: termin ${p.day}`,
  target: (p) => `termin ${p.day}`,
};
