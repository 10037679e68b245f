// crm doctor: the declaration, and what it runs. A damaged binder is exit 3 and a binder with
// problems exit 3 too, each with its report: --json still prints the one document a script reads.
import { defineCommand } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const doctor = defineCommand({
  name: 'doctor',
  description: () => say().doctor.description,
  arguments: [],
  options: [
    { flags: '--repair', description: () => say().doctor.repair },
    { flags: '--json', description: () => say().doctor.json },
  ],
  help: '',
  run: async (io, { options, globals }) => {
    let answered = false;
    try {
      await run(io, { ...globals, json: options.json }, { create: false, write: Boolean(options.repair) }, async ({ deps }) => {
        const result = await (await import('../commands/backup.js')).checkBinder({ repair: Boolean(options.repair) }, deps);
        const render = await import('../render/maintenance.js');
        // --json in English whatever the run's language; the terminal's lines in it.
        const report = options.json ? (await import('../render/json.js')).doctorJson(result) : undefined;
        if (result.damaged) {
          // Exit 3, --json too: nothing may be written to the file, and a copy is the cure.
          const { DamagedBinder } = await import('../commands/words.js');
          if (report) io.stdout.write(json(report));
          answered = true;
          const first = result.problems[0];
          const reason = first?.key === 'integrity' ? first.facts.line : '';
          throw new DamagedBinder(result.path, reason, report ? [] : render.doctorLines(result).problems);
        }
        if (report) return json(report);
        if (result.problems.length > 0) {
          const { UserError } = await import('../errors.js');
          io.stdout.write(render.doctorNotes(result));
          throw new UserError(render.doctorProblems(result), 3, render.doctorLines(result).problems);
        }
        return render.renderHealthy(result);
      });
    } catch (error) {
      // Damaged past opening: --json still answers with the one document a script reads.
      const { DamagedBinder } = await import('../commands/words.js');
      if (options.json && error instanceof DamagedBinder && !answered) io.stdout.write(json((await import('../render/json.js')).damagedJson(error.path, error.reason)));
      throw error;
    }
  },
});
