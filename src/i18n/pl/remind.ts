// Polski: powiadomienia crm remind i to, co przebieg mówi o wysłanych.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const remind: Catalogue['remind'] = {
  minutes: (p) => `${p.minutes} min`,
  hours: (p) => `${p.hours} godz.`,
  hoursMinutes: (p) => `${p.hours} godz. ${p.minutes} min`,
  yesterday: 'wczoraj',
  daysAgo: (p) => `${counted('pl', p.days, { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })} temu`,
  callIn: (p) => `za ${p.span}`,
  dueNow: 'teraz',
  dueAgo: (p) => `${p.span} temu`,
  callTitle: (p) => `Telefon: ${p.who} o ${p.hour}`,
  callTitleOn: (p) => `Telefon: ${p.who} o ${p.hour}, ${p.day}`,
  due: (p) => `termin ${p.day}, ${p.ago}`,
  promiseTitle: (p) => `Obietnica dla ${p.who} niedotrzymana`,
  promiseText: (p) => `${p.what}: ${p.due} (dotrzymana: crm promise done ${p.id})`,
  complaintTitle: (p) => `Reklamacja: ${p.who}, po terminie`,
  complaintText: (p) => `${p.what}: ${p.due} (crm complaint resolve ${p.id} --note "...")`,
  nothing: (p) => `Nie ma o czym przypominać: żadnego telefonu w ciągu ${p.span}, żadnej obietnicy ani reklamacji po terminie, o której jeszcze nie przypomniano.`,
  sent: (p) => `Wysłano ${counted('pl', p.count, { one: '# przypomnienie', few: '# przypomnienia', many: '# przypomnień', other: '# przypomnienia' })} przez ${p.notifier}:`,
  notStarted: (p) => `nie udało się uruchomić ${p.named} (${p.code})`,
  failed: (p) => `${p.named}: niepowodzenie (${p.how})`,
  failedSaying: (p) => `${p.named}: niepowodzenie (${p.how}: ${p.said})`,
  stoppedAfter: (p) => `zatrzymano po ${p.seconds} s`,
  endedBy: (p) => `przerwano sygnałem ${p.signal}`,
  exitCode: (p) => `kod wyjścia ${p.code}`,
  notSent: (p) => `${p.why}: nie wysłano "${p.title}" (${p.before}); zostanie wysłane przy następnym przebiegu`,
  nothingSentBefore: 'nic wcześniej nie wysłano',
  sentBefore: (p) => `wcześniej wysłano ${counted('pl', p.count, { one: '# przypomnienie', few: '# przypomnienia', many: '# przypomnień', other: '# przypomnienia' })}`,
};
