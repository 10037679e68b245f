// Հայերեն: crm today (render/today.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const today: Catalogue['today'] = {
  dossiers: (p) => counted('hy', p.count, { one: '# թղթապանակ', other: '# թղթապանակ' }),
  clearDesk: (p) => `${p.date}. այսօրվա կույտը դատարկ է։ Սեղանը մաքուր է։`,
  nextUp: (p) => `Հաջորդը՝ ${p.dossiers}, ${p.day}։`,
  heading: (p) => `${p.date} · այսօրվա կույտում՝ ${p.dossiers} (${p.counts})`,
  separator: ', ',
  overdue: (p) => `${p.count} ուշացած`,
  dueToday: (p) => `${p.count} այսօրվա`,
  pastTheirHour: (p) => `${p.count} ժամն անցած`,
  withinMinutes: (p) => `${p.count}՝ ${p.minutes} րոպեի ընթացքում`,
  overBy: (p) => `${p.count}-ով ավելի`,
  overCapacity: (p) => `${p.over}, քան թույլատրելի ${p.capacity}-ը`,
  capacity: (p) => `սահմանը՝ ${p.capacity}`,
  tooMuch: 'Շա՞տ է մեկ օրվա համար։ crm postpone --auto-ն կառաջարկի, թե ինչը տեղափոխել, իսկ crm postpone-ով կընտրեք ինքներդ։',
  commitments: 'Խոստումներ և բողոքներ',
  theyPromised: 'հաճախորդը խոստացել է',
  wePromised: 'մենք խոստացել ենք',
  complaint: 'բողոք',
  brokenDue: (p) => `չկատարված՝ ժամկետը ${p.day}`,
  dueTodayMark: 'ժամկետը՝ այսօր',
  lateTarget: (p) => `ուշացած՝ ժամկետը ${p.day}`,
  target: (p) => `ժամկետը՝ ${p.day}`,
};
