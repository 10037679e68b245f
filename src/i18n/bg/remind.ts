// Български: известията на crm remind и какво казва изпълнението за изпратените.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const remind: Catalogue['remind'] = {
  minutes: (p) => `${p.minutes} мин`,
  hours: (p) => `${p.hours} ч`,
  hoursMinutes: (p) => `${p.hours} ч ${p.minutes} мин`,
  yesterday: 'вчера',
  daysAgo: (p) => `преди ${counted('bg', p.days, { one: '# ден', other: '# дни' })}`,
  callIn: (p) => `след ${p.span}`,
  dueNow: 'сега',
  dueAgo: (p) => `преди ${p.span}`,
  callTitle: (p) => `Обаждане: ${p.who} в ${p.hour}`,
  callTitleOn: (p) => `Обаждане: ${p.who} в ${p.hour}, ${p.day}`,
  due: (p) => `срок ${p.day}, ${p.ago}`,
  promiseTitle: (p) => `Обещание към ${p.who} е нарушено`,
  promiseText: (p) => `${p.what}: ${p.due} (изпълнено: crm promise done ${p.id})`,
  complaintTitle: (p) => `Рекламация от ${p.who} след срока`,
  complaintText: (p) => `${p.what}: ${p.due} (crm complaint resolve ${p.id} --note "...")`,
  nothing: (p) => `Няма за какво да се напомня: няма обаждане в следващите ${p.span}, няма просрочено обещание или рекламация, за които още не е напомнено.`,
  sent: (p) => `${counted('bg', p.count, { one: 'Изпратено е # напомняне', other: 'Изпратени са # напомняния' })} чрез ${p.notifier}:`,
  notStarted: (p) => `${p.named} не се стартира (${p.code})`,
  failed: (p) => `${p.named} се провали (${p.how})`,
  failedSaying: (p) => `${p.named} се провали (${p.how}: ${p.said})`,
  stoppedAfter: (p) => `спрян след ${p.seconds} с`,
  endedBy: (p) => `прекратен със сигнал ${p.signal}`,
  exitCode: (p) => `изход ${p.code}`,
  notSent: (p) => `${p.why}: "${p.title}" не е изпратено (${p.before}); ще бъде изпратено при следващото изпълнение`,
  nothingSentBefore: 'преди него не е изпратено нищо',
  sentBefore: (p) => `преди него ${counted('bg', p.count, { one: 'е изпратено # напомняне', other: 'са изпратени # напомняния' })}`,
};
