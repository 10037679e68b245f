// inquirer.prompt, and a terminal whose input ends at a question (Ctrl-D on an empty line) cancels
// it as Ctrl-C does. readline closes on that end and leaves the question waiting for good; on a
// binder file nothing else then keeps the process, whose end settles the question (inquirer's exit
// hook), but a server binder's open connection keeps it waiting. Said at once here, on both.
import inquirer from 'inquirer';

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
