// Български: какво може да каже всяка команда, когато нещо се обърка (fast.ts, run.ts, context.ts, stdin.ts).
import type { Catalogue } from '../catalogue.js';

export const errors: Catalogue['errors'] = {
  cancelled: 'прекъснато; нищо не е записано',
  unexpected: (p) => `неочаквана грешка: ${p.reason}`,
  runWithDebug: 'Стартирайте отново с --debug, за да видите къде е станало.',
  upgraded: (p) => `Класьорът ${p.path} е обновен от версия ${p.from} до ${p.to}; класьорът отпреди обновяването е в ${p.backup}`,
  todayNotADate: (p) => `CRM_TODAY="${p.typed}" не е дата; задайте я като ГГГГ-ММ-ДД (CRM_TODAY=2026-11-23) или премахнете променливата`,
  nowAndToday: (p) => `CRM_NOW=${p.now} и CRM_TODAY=${p.today} сочат различни дати; CRM_NOW вече съдържа дата: премахнете CRM_TODAY`,
  nowNotAMoment: (p) => `CRM_NOW="${p.typed}" не е момент; задайте го като ГГГГ-ММ-ДДTЧЧ:ММ (CRM_NOW=2026-11-23T14:50) или премахнете променливата`,
  noNoteOnStdin: (p) =>
    `--note - не прочете текст от стандартния вход; подайте бележката през конвейер (pbpaste | ${p.example} --note -) или я напишете: --note "..."; нищо не е записано`,
};
