// Հայերեն: crm call (render/call.ts, commands/call.ts) և crm next (render/next.ts)։
import type { Catalogue } from '../catalogue.js';

export const call: Catalogue['call'] = {
  calling: (p) => `Զանգում ենք՝ ${p.who}: ${p.uri} ${p.how}${p.then}`,
  notCalling: (p) => `${p.who}: ${p.uri} ${p.how}${p.then}`,
  openedWith: (p) => `բացվեց ${p.opener}-ով`,
  byHand: (p) => `(${p.why}․ հավաքեք համարը ձեռքով)`,
  noOpener: 'այստեղ այն բացող ծրագիր չկա',
  didNotStart: (p) => `${p.opener}-ը չմեկնարկեց`,
  notOnPath: (p) => `PATH-ում ${p.opener} չկա`,
  end: '։',
  then: (p) => `, հետո՝ ${p.command}։`,
  noPhone: (p) => `${p.handle}-ը զանգելու հեռախոսահամար չունի․ ավելացրեք՝ crm edit ${p.handle} --phone "+48 601 234 567"`,
  noSuchLabel: (p) =>
    `--number ${p.label}: ${p.handle}-ի համարներից ոչ մեկն այդպիսի պիտակ չունի․ պիտակներն են՝ ${p.labels} (crm call ${p.handle} --number ${p.example})`,
  nothingLeft: 'Այսօրվա կույտում ոչինչ չի մնացել։',
};
