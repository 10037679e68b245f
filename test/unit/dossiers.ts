// A dossier as the commands see it, for the tests of what is written out (CSV, vCard, iCalendar).
import { emptyCard, type Dossier } from '../../src/binder/dossier.js';
import { settledCard } from '../../src/binder/reach.js';

/** A dossier with only the given fields set: the card otherwise empty, no history; a phone or e-mail given alone is its list. */
export function dossier(fields: Partial<Dossier> & { handle: string }): Dossier {
  return settledCard({
    ...emptyCard(fields.name ?? fields.handle),
    filedOn: '2026-12-01',
    filedAt: null,
    createdAt: '2026-11-02T09:15:00+01:00',
    lastContact: null,
    lastKind: null,
    lastNote: null,
    lastOutcome: null,
    offer: null,
    ...fields,
  });
}
