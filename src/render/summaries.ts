// The summary of a change (binder/summaries.ts), as crm changes and crm undo show it: said again in
// the run's language from the English stored; as stored in English, and when no template reads it.
import { readSummary, type STEPS, type SummaryReading } from '../binder/summaries.js';
import type { Reading } from '../binder/wording.js';
import { messages } from '../i18n/catalogue.js';
import { card as englishCard } from '../i18n/en/card.js';
import { changes as englishChanges } from '../i18n/en/changes.js';
import { entryNote, promised, reading, said, when, type Teller } from './stored.js';
import { longDay } from './style.js';

const sayChanges = messages('changes', englishChanges);
const sayCard = messages('card', englishCard);

/** Several pieces with crm's separator between them. */
function joined<T>(tell: Teller<T>, items: T[], separator: string): T {
  const pieces = Object.fromEntries(items.map((item, i) => [`p${i}`, item])) as Record<string, T>;
  return tell.say((p) => items.map((_, i) => p[`p${i}`]).join(separator), pieces);
}

/** A kind of entry or contact as the history names it. */
function kindName(kind: string): string {
  return (sayCard().kinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

/** A change's summary, as crm changes and crm undo show it. */
export function changeSummary<T>(summary: string, tell: Teller<T>): T {
  const read = reading(() => readSummary(summary));
  return read ? summaryIn(read, tell) : tell.stored(summary);
}

function summaryIn<T>(read: SummaryReading, tell: Teller<T>): T {
  const m = sayChanges().summary;
  const about = (handle: string, what: T) => tell.say((p) => m.about(p), { handle: tell.stored(handle), what });
  switch (read.key) {
    case 'about':
      return about(read.handle, bodyIn(read.body, tell));
    case 'steps':
      return about(read.handle, joined(tell, read.steps.map((step) => stepIn(step, tell)), m.comma));
    case 'import': {
      const counts = read.counts.map(({ key, parts }) => {
        const count = Number(parts.count);
        const words = { new: m.importedNew, updated: m.importedUpdated, skipped: m.importedSkipped, invalid: m.importedInvalid }[key];
        return said(tell, words({ count }));
      });
      return tell.say((p) => m.imported(p), { file: tell.stored(read.file), counts: joined(tell, counts, m.comma) });
    }
    case 'newDossier':
      return tell.say((p) => m.newDossier({ ...p, day: when(read.parts.day) }), { handle: tell.stored(read.parts.handle), name: tell.stored(read.parts.name) });
    case 'movedMany':
      return said(tell, m.movedMany({ count: Number(read.parts.count), to: when(read.parts.to) }));
    case 'movedManyFrom':
      return tell.say((p) => m.movedManyFrom({ ...p, count: Number(read.parts.count), to: when(read.parts.to) }), { from: tell.stored(read.parts.from) });
    case 'postponedMany':
      return said(tell, m.postponedMany({ count: Number(read.parts.count) }));
    case 'formAdded':
    case 'formReplaced': {
      const words = read.key === 'formAdded' ? m.formAdded : m.formReplaced;
      return tell.say((p) => words({ ...p, count: Number(read.parts.count) }), { name: tell.stored(read.parts.name) });
    }
    case 'assigned':
      return tell.say((p) => m.assigned(p), { handles: tell.stored(read.parts.handles), to: tell.stored(read.parts.to) });
    case 'assignedMany':
      return tell.say((p) => m.assignedMany({ ...p, count: Number(read.parts.count) }), { to: tell.stored(read.parts.to) });
    case 'teamRemove':
      return tell.say((p) => m.teamRemove({ ...p, count: Number(read.parts.count) }), { login: tell.stored(read.parts.login), to: tell.stored(read.parts.to) });
  }
}

function bodyIn<T>(body: Extract<SummaryReading, { key: 'about' }>['body'], tell: Teller<T>): T {
  const m = sayChanges().summary;
  switch (body.key) {
    case 'moved':
      return said(tell, m.moved({ from: when(body.parts.from), to: when(body.parts.to) }));
    case 'postponed':
      return said(tell, m.postponed({ from: when(body.parts.from), to: when(body.parts.to) }));
    case 'attached':
      return tell.say((p) => m.attached(p), { names: tell.stored(body.parts.names) });
    case 'complaint':
      return tell.say((p) => m.complaint({ ...p, day: longDay(body.parts.day) }), { what: tell.stored(body.parts.what) });
    case 'resolved':
      return said(tell, m.resolved({ id: Number(body.parts.id), day: longDay(body.parts.day) }));
    case 'ourPromise':
    case 'theirPromise':
      return promised(body.key, body.parts, tell);
    case 'kept':
      return tell.say((p) => m.kept({ ...p, id: Number(body.parts.id) }), { what: entryNote('kept', body.parts.what, tell) });
  }
}

function stepIn<T>(step: Reading<typeof STEPS>, tell: Teller<T>): T {
  const m = sayChanges().summary;
  switch (step.key) {
    case 'card':
      return tell.say((p) => m.card(p), { fields: tell.stored(step.parts.fields) });
    case 'contact':
      return said(tell, kindName(step.parts.kind));
    case 'contactWithOutcome':
      return tell.say((p) => m.withOutcome({ ...p, kind: kindName(step.parts.kind) }), { outcome: tell.stored(step.parts.outcome) });
    case 'stays':
      return said(tell, m.stays({ day: when(step.parts.day) }));
    case 'fromDrawer':
      return said(tell, m.fromDrawer({ to: when(step.parts.to) }));
    case 'refiled':
      return said(tell, m.refiled({ from: when(step.parts.from), to: when(step.parts.to) }));
    case 'closed':
      return said(tell, m.closed);
    case 'nothingChanged':
      return said(tell, m.nothingChanged);
  }
}

