// inquirer.prompt, and a terminal whose input ends at a question (Ctrl-D on an empty line) cancels
// it as Ctrl-C does. readline closes on that end and leaves the question waiting for good; on a
// binder file nothing else then keeps the process, whose end settles the question (inquirer's exit
// hook), but a server binder's open connection keeps it waiting. Said at once here, on both.
import { styleText } from 'node:util';
import inquirer from 'inquirer';
import { readYesNo, typeYesNo } from '../binder/yes-no.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

/** inquirer.prompt, cancelled (AbortPromptError, as crm says of Ctrl-C) when the terminal's input ends while it waits. */
export const prompt = ((questions: Parameters<typeof inquirer.prompt>[0], answers?: Parameters<typeof inquirer.prompt>[1]) => {
  const controller = new AbortController();
  const stdin = process.stdin;
  let settled = false;
  // Each question's readline pauses the input as it closes: after an answer, the next question
  // resumes it (or the prompt has settled) before the check; after Ctrl-D nothing does.
  const paused = () =>
    setImmediate(() => {
      if (!settled && stdin.isPaused()) controller.abort(new Error('the terminal input ended'));
    });
  stdin.on('pause', paused);
  return inquirer.createPromptModule({ signal: controller.signal })(questions, answers).finally(() => {
    settled = true;
    stdin.off('pause', paused);
  });
}) as typeof inquirer.prompt;

/**
 * A yes/no question shown as inquirer's confirm shows it (`? Apply this plan? (Y/n)`, then `✔ Apply
 * this plan? Yes`), but reading yes and no in every language crm speaks (binder/yes-no.ts): the
 * confirm takes only its own two words and English. The answer is text; yesNoAnswer reads it.
 */
export function yesNoQuestion(name: string, message: string, fallback: boolean) {
  const said = messages('prompts', english)().yesNo;
  const hint = fallback ? said.hintYes : said.hintNo;
  return {
    type: 'input' as const,
    name,
    message,
    theme: { style: { message: (text: string, status: string) => (status === 'done' ? styleText('bold', text) : `${styleText('bold', text)} ${styleText('dim', hint)}`) } },
    validate: (typed: string) => typed.trim() === '' || readYesNo(typed) !== undefined || typeYesNo(),
    transformer: (typed: string, { isFinal }: { isFinal: boolean }) => (isFinal ? styleText('cyan', yesNoAnswer(typed, fallback) ? said.yes : said.no) : typed),
  };
}

/** The answer to a yesNoQuestion: an empty one is the fallback. */
export function yesNoAnswer(typed: string, fallback: boolean): boolean {
  return typed.trim() === '' ? fallback : (readYesNo(typed) ?? fallback);
}
