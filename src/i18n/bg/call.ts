// Български: crm call (render/call.ts, commands/call.ts) и crm next (render/next.ts).
import type { Catalogue } from '../catalogue.js';

export const call: Catalogue['call'] = {
  calling: (p) => `Набиране: ${p.who}: ${p.uri} ${p.how}${p.then}`,
  notCalling: (p) => `${p.who}: ${p.uri} ${p.how}${p.then}`,
  openedWith: (p) => `отворено с ${p.opener}`,
  byHand: (p) => `(${p.why}: наберете номера ръчно)`,
  noOpener: 'тук няма програма, която да го отвори',
  didNotStart: (p) => `${p.opener} не се стартира`,
  notOnPath: (p) => `няма ${p.opener} в PATH`,
  end: '.',
  then: (p) => `; след това ${p.command}.`,
  noPhone: (p) => `${p.handle} няма телефонен номер; добавете: crm edit ${p.handle} --phone "+48 601 234 567"`,
  noSuchLabel: (p) =>
    `--number ${p.label}: нито един номер на ${p.handle} няма такъв етикет; етикетите са ${p.labels} (crm call ${p.handle} --number ${p.example})`,
  nothingLeft: 'В днешната купчина не е останало нищо.',
};
