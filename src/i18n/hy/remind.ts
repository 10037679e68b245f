// Հայերեն: crm remind-ի ծանուցումները և այն, ինչ ասում է գործարկումն ուղարկվածների մասին։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const remind: Catalogue['remind'] = {
  minutes: (p) => `${p.minutes} րոպե`,
  hours: (p) => `${p.hours} ժ`,
  hoursMinutes: (p) => `${p.hours} ժ ${p.minutes} րոպե`,
  yesterday: 'երեկ',
  daysAgo: (p) => `${counted('hy', p.days, { one: '# օր', other: '# օր' })} առաջ`,
  callIn: (p) => `${p.span} հետո`,
  dueNow: 'հիմա',
  dueAgo: (p) => `${p.span} առաջ`,
  callTitle: (p) => `Զանգ՝ ${p.who}, ժամը ${p.hour}`,
  callTitleOn: (p) => `Զանգ՝ ${p.who}, ${p.day}, ժամը ${p.hour}`,
  due: (p) => `ժամկետը՝ ${p.day}, ${p.ago}`,
  promiseTitle: (p) => `Խոստումը խախտված է՝ ${p.who}`,
  promiseText: (p) => `${p.what}: ${p.due} (կատարված է՝ crm promise done ${p.id})`,
  complaintTitle: (p) => `Բողոքը ժամկետանց է՝ ${p.who}`,
  complaintText: (p) => `${p.what}: ${p.due} (crm complaint resolve ${p.id} --note "...")`,
  nothing: (p) => `Հիշեցնելու բան չկա. առաջիկա ${p.span} ընթացքում զանգ չկա, չկան ժամկետանց խոստումներ կամ բողոքներ, որոնց մասին դեռ չի հիշեցվել։`,
  sent: (p) => `Ուղարկվեց ${counted('hy', p.count, { one: '# հիշեցում', other: '# հիշեցում' })}՝ ${p.notifier} միջոցով։`,
  notStarted: (p) => `${p.named}-ը չմեկնարկեց (${p.code})`,
  failed: (p) => `${p.named}-ը ձախողվեց (${p.how})`,
  failedSaying: (p) => `${p.named}-ը ձախողվեց (${p.how}․ ${p.said})`,
  stoppedAfter: (p) => `կանգնեցվեց ${p.seconds} վ հետո`,
  endedBy: (p) => `ընդհատվեց ${p.signal} ազդանշանով`,
  exitCode: (p) => `ելք ${p.code}`,
  notSent: (p) => `${p.why}․ "${p.title}"-ը չուղարկվեց (${p.before}), այն կուղարկվի հաջորդ գործարկմանը`,
  nothingSentBefore: 'դրանից առաջ ոչինչ չի ուղարկվել',
  sentBefore: (p) => `դրանից առաջ ուղարկվել է ${counted('hy', p.count, { one: '# հիշեցում', other: '# հիշեցում' })}`,
};
