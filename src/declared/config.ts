// crm config: the declaration, the schema that reads a setting and its value, and what it runs.
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from '../binder/settings.js';
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';
import { messages } from '../i18n/catalogue.js';
import { settings as englishSettings } from '../i18n/en/settings.js';

const saySettings = messages('settings', englishSettings);

/** A setting crm has (or none: all of them shown), and its value as typed, a word at a time. */
export const configInput: InputSchema<{ key?: SettingKey; values: string[] }> = (z) =>
  z.object({
    key: z.enum(SETTING_KEYS, { error: (issue) => saySettings().notASetting({ typed: String(issue.input), settings: SETTING_KEYS.join(', ') }) }).optional(),
    values: z.array(z.string()),
  });

export const config = defineCommand({
  name: 'config',
  description: "show or set the binder's settings; a setting given the value it has already is left as it is",
  arguments: [
    { name: '[setting]', description: 'the setting to show or set (see Settings below)' },
    { name: '[values...]', description: 'the new value' },
  ],
  options: [
    { flags: '--team', description: "on a team's binder, with capacity: the team's capacity (a manager's), not your own" },
    { flags: '--json', description: 'print the settings as JSON (with a value: what changed, and the settings; on a team\'s binder "own": your capacity)' },
  ],
  help: `\nOn a team's binder, crm config capacity sets your own capacity (crm today and crm postpone --auto
keep to it); --team sets the team's, for everyone who has not set their own (a manager's).
\nSettings:\n${SETTING_DEFINITIONS.map((setting) => `  ${setting.key.padEnd(21)}${setting.help}: ${setting.values}`).join('\n')}\n${examples(
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
  )}`,
  run: (io, { args: [setting, values], options, globals }) =>
    run(io, { ...globals, json: options.json }, setting && (values as string[]).length > 0 ? 'write' : 'read', async ({ deps }) => {
      const input = await inputOf(configInput, { key: setting, values });
      const result = await (await import('../commands/config.js')).configure({ ...input, team: Boolean(options.team) }, deps);
      return options.json ? json((await import('../render/json.js')).configJson(result)) : (await import('../render/config.js')).renderConfig(result);
    }),
});
