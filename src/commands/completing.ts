// What the shell completion scripts ask of the binder (crm __handles, crm __forms): the names that
// start with what is typed, as lookup compares them (folded), and only names crm would take (a
// shell inserts them).
import { startingWith } from '../binder/fold.js';
import { FORM_NAME, isHandle } from '../binder/names.js';
import type { Deps } from './deps.js';

export async function handlesStarting(input: { prefix: string }, deps: Deps): Promise<string[]> {
  return startingWith((await deps.store.handles()).filter(isHandle), input.prefix);
}

export async function formNamesStarting(input: { prefix: string }, deps: Deps): Promise<string[]> {
  const names = (await deps.store.forms()).map((form) => form.name);
  return startingWith(names.filter((name) => FORM_NAME.test(name)), input.prefix);
}
