// Polski: crm call (render/call.ts, commands/call.ts) i crm next (render/next.ts).
import type { Catalogue } from '../catalogue.js';

export const call: Catalogue['call'] = {
  calling: (p) => `Dzwonię: ${p.who}: ${p.uri} ${p.how}${p.then}`,
  notCalling: (p) => `${p.who}: ${p.uri} ${p.how}${p.then}`,
  openedWith: (p) => `otwarte przez ${p.opener}`,
  byHand: (p) => `(${p.why}: wybierz numer ręcznie)`,
  noOpener: 'brak programu, który by to otworzył',
  didNotStart: (p) => `${p.opener} nie uruchomił się`,
  notOnPath: (p) => `brak ${p.opener} w PATH`,
  end: '.',
  then: (p) => `; potem ${p.command}.`,
  noPhone: (p) => `${p.handle} nie ma numeru telefonu; dodaj go: crm edit ${p.handle} --phone "+48 601 234 567"`,
  noSuchLabel: (p) =>
    `--number ${p.label}: żaden numer ${p.handle} nie ma takiej etykiety; etykiety to ${p.labels} (crm call ${p.handle} --number ${p.example})`,
  nothingLeft: 'Na dziś nic już nie zostało.',
};
