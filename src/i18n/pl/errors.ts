// Polski: co może powiedzieć każde polecenie, gdy coś pójdzie nie tak (fast.ts, run.ts, context.ts, stdin.ts).
import type { Catalogue } from '../catalogue.js';

export const errors: Catalogue['errors'] = {
  cancelled: 'przerwano; nic nie zostało zapisane',
  unexpected: (p) => `nieoczekiwany błąd: ${p.reason}`,
  runWithDebug: 'Uruchom ponownie z --debug, aby zobaczyć, gdzie do niego doszło.',
  upgraded: (p) => `Zaktualizowano segregator ${p.path} z wersji ${p.from} do ${p.to}; segregator sprzed aktualizacji jest w ${p.backup}`,
  todayNotADate: (p) => `CRM_TODAY="${p.typed}" nie jest datą; ustaw ją jako RRRR-MM-DD (CRM_TODAY=2026-11-23) albo usuń tę zmienną`,
  nowAndToday: (p) => `CRM_NOW=${p.now} i CRM_TODAY=${p.today} wskazują różne daty; CRM_NOW zawiera już datę: usuń CRM_TODAY`,
  nowNotAMoment: (p) => `CRM_NOW="${p.typed}" nie jest chwilą; ustaw ją jako RRRR-MM-DDTGG:MM (CRM_NOW=2026-11-23T14:50) albo usuń tę zmienną`,
  noNoteOnStdin: (p) =>
    `--note - nie odczytało tekstu ze standardowego wejścia; przekaż notatkę potokiem (pbpaste | ${p.example} --note -) albo wpisz ją: --note "..."; nic nie zostało zapisane`,
};
