// crm config: the declaration, the schema that reads a setting and its value, and what it runs.
import { SETTING_KEYS, type SettingKey } from '../binder/settings.js';
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

const say = messages('commandHelp', commandHelp);

/** A setting crm has (or none: all of them shown), and its value as typed, a word at a time. */
export const configInput: InputSchema<{ key?: SettingKey; values: string[] }> = (z) =>
  z.object({
    key: z.enum(SETTING_KEYS, { error: (issue) => say().config.refused.notASetting({ setting: String(issue.input), settings: SETTING_KEYS.join(', ') }) }).optional(),
    values: z.array(z.string()),
  });

export const config = defineCommand({
  name: 'config',
  description: () => say().config.description,
  arguments: [
    { name: '[setting]', description: () => say().config.setting },
    { name: '[values...]', description: () => say().config.values },
  ],
  options: [
    { flags: '--team', description: () => say().config.team },
    { flags: '--json', description: () => say().config.json },
  ],
  help: () => {
    // Every setting has its line: a setting without one does not compile.
    const texts: Record<SettingKey, string> = say().config.settings;
    return say().config.help({
      settings: SETTING_KEYS.map((key) => `  ${key.padEnd(21)}${texts[key]}`).join('\n'),
      examples: helpExamples(
        'crm config',
        'crm config workdays mon-fri',
        'crm config workdays sun-thu',
        'crm config holidays add 2026-12-24 2026-12-25',
        'crm config holidays remove 2026-12-24',
        'crm config capacity 25',
        'crm config capacity off',
        'crm config capacity 12 --team',
        'crm config dividers dated 2',
        'crm config outcome voicemail +2d',
        'crm config attach-limit 50MB',
        'crm config note-limit 2MB',
        'crm config complaint-due +2d',
        'crm config complaint-follow-up +2w',
        'crm config calendar persian',
      ),
    });
  },
  run: (io, { args: [setting, values], options, globals }) =>
    run(io, { ...globals, json: options.json }, setting && (values as string[]).length > 0 ? 'write' : 'read', async ({ deps }) => {
      const input = await inputOf(configInput, { key: setting, values });
      const result = await (await import('../commands/config.js')).configure({ ...input, team: Boolean(options.team) }, deps);
      return options.json ? json((await import('../render/json.js')).configJson(result)) : (await import('../render/config.js')).renderConfig(result);
    }),
});
