// Shell completion scripts for bash, zsh and fish, written from the command tree itself: a command,
// option or choice added in cli.ts is completed without touching this file. Client handles and
// form names are asked of the binder at completion time, through the hidden `crm __handles <prefix>`
// and `crm __forms <prefix>`; handles start with what is typed as lookup compares them (folded).
import type { Argument, Command, Option } from 'commander';
import { CONTACT_LABELS, CONVERSATION_KINDS, OUTCOMES, PRIORITIES, STAGES } from './binder/dossier.js';
import { SETTING_KEYS } from './binder/settings.js';
import { FORM_ACTIONS } from './commands/forms.js';

export type Shell = 'bash' | 'zsh' | 'fish';

/** What a value completes to: nothing (free text), fixed choices, file names, client handles, form names or command names. */
type Completes =
  | { kind: 'text' }
  | { kind: 'choices'; choices: readonly string[] }
  | { kind: 'files' }
  | { kind: 'handles' }
  | { kind: 'forms' }
  | { kind: 'commands' };

interface OptionSpec {
  /** -o, --output: every spelling, short first. */
  flags: string[];
  description: string;
  /** What the option's value completes to; undefined for an option without a value. */
  value?: { name: string; completes: Completes };
  /** Variadic: zsh offers it again after it is given. */
  repeats: boolean;
}

interface ArgumentSpec {
  name: string;
  required: boolean;
  variadic: boolean;
  completes: Completes;
}

interface CommandSpec {
  /** The name first, then any aliases. */
  names: string[];
  description: string;
  options: OptionSpec[];
  arguments: ArgumentSpec[];
}

interface Tree {
  name: string;
  /** The root's options with its help option: what completes before a command. */
  rootOptions: OptionSpec[];
  /** The root's own options, which commander also takes after a command. */
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
  /** The option naming the binder file, passed on to `__handles`. */
  db: OptionSpec | undefined;
}

/**
 * The completion script for `shell`, generated from `program`'s visible commands, options and
 * arguments. Arguments named `client` or `clients` complete to the binder's handles.
 */
export function completionScript(shell: Shell, program: Command): string {
  const tree = treeOf(program);
  switch (shell) {
    case 'bash':
      return bashScript(tree);
    case 'zsh':
      return zshScript(tree);
    case 'fish':
      return fishScript(tree);
  }
}

// ---------------------------------------------------------------------------------------------
// The tree, as completion sees it

const CLIENT_NAMES = new Set(['client', 'clients']);
const choices = (list: readonly string[]): Completes => ({ kind: 'choices', choices: list });
// Values the commands check against lists of their own (a priority's case, say, is theirs to fold),
// rather than commander's choices: offered from those same lists. By the option's long flag...
const OPTION_VALUES: Readonly<Record<string, Completes>> = {
  '--outcome': choices(OUTCOMES),
  '--kind': choices(CONVERSATION_KINDS),
  '--priority': choices(PRIORITIES),
  '--stage': choices(STAGES),
  '--form': { kind: 'forms' },
  // crm call's: the labels a card's numbers may have (which of them this card has is its own).
  '--number': choices(CONTACT_LABELS),
};
// ... and by command and argument.
const ARGUMENT_VALUES: Readonly<Record<string, Completes>> = {
  'config:setting': choices(SETTING_KEYS),
  'form:action': choices(FORM_ACTIONS),
};
// A value that names a file: `<file>`, `<path>`, `<url|path>`, `[files...]`.
const FILE_WORD = /\b(file|files|path|paths|dir|folder)\b/i;
// "the file to read", "the file (add) or the form name (show)": an argument described as a file.
// Only "the file": in crm's own words, to file a dossier is a verb.
const FILE_DESCRIBED = /\bthe files?\b/i;

function treeOf(program: Command): Tree {
  const help = program.createHelp();
  const rootOptions = help.visibleOptions(program).map(optionSpec);
  const globalOptions = program.options.filter((option) => !option.hidden).map(optionSpec);
  const commands = help.visibleCommands(program).map((command): CommandSpec => {
    const options = help.visibleOptions(command).map(optionSpec);
    const own = new Set(options.flatMap((option) => option.flags));
    return {
      names: [command.name(), ...command.aliases()],
      description: oneLine(help.subcommandDescription(command)),
      // Commander takes the root's options after a command too, unless the command has its own.
      options: [...options, ...globalOptions.filter((option) => !option.flags.some((flag) => own.has(flag)))],
      arguments: command.registeredArguments.map((argument) => argumentSpec(argument, command.name(), !program.commands.includes(command))),
    };
  });
  const db = globalOptions.find((option) => option.flags.includes('--db'));
  return { name: program.name(), rootOptions, globalOptions, commands, db };
}

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((flag): flag is string => flag !== undefined);
  const takesValue = option.required || option.optional;
  const placeholder = /[<[]([^>\]]*)[>\]]/.exec(option.flags)?.[1]?.replace(/\.\.\.$/, '') ?? 'value';
  return {
    flags,
    description: oneLine(option.description),
    ...(takesValue && { value: { name: placeholder, completes: OPTION_VALUES[option.long ?? ''] ?? valueOf(placeholder, option.argChoices) } }),
    repeats: option.variadic,
  };
}

/** `implicitHelp`: the `help [command]` that commander adds (not in .commands), whose argument is a command name. */
function argumentSpec(argument: Argument, command: string, implicitHelp: boolean): ArgumentSpec {
  const name = argument.name();
  let completes = ARGUMENT_VALUES[`${command}:${name}`] ?? valueOf(name, argument.argChoices);
  if (implicitHelp) completes = { kind: 'commands' };
  else if (completes.kind === 'text' && FILE_DESCRIBED.test(argument.description)) completes = { kind: 'files' };
  return { name, required: argument.required, variadic: argument.variadic, completes };
}

function valueOf(name: string, choices: readonly string[] | undefined): Completes {
  if (choices && choices.length > 0) return { kind: 'choices', choices };
  if (CLIENT_NAMES.has(name)) return { kind: 'handles' };
  if (FILE_WORD.test(name)) return { kind: 'files' };
  return { kind: 'text' };
}

function oneLine(text: string): string {
  return text.split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
}

// ---------------------------------------------------------------------------------------------
// Quoting

/** A word for bash or zsh: as it is when nothing in it is special, else single-quoted. */
function sh(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A word for fish: as it is when nothing in it is special, else single-quoted (only \ and ' escaped). */
function fish(text: string): string {
  return /^[\w@+=:,./-]+$/.test(text) ? text : `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** A word in a list that is read again by the shell (zsh's `(a b)` action, fish's -a): backslashes before anything special. */
function listWord(word: string): string {
  return word.replace(/[^\w@%+=:,./-]/gu, (char) => (/\p{L}|\p{N}/u.test(char) ? char : `\\${char}`));
}

/** A bash pattern for a word holding anything the shell reads specially: such a word is inserted quoted. */
const SHELL_SPECIAL = String.raw`*[[:space:][:cntrl:]\'\"\\\$\`\;\&\|\<\>\(\)\{\}\[\]\*\?\~\#\!\=\^\,\:]*`;

function functionName(tree: Tree): string {
  return `_${tree.name.replace(/\W/g, '_')}`;
}

// ---------------------------------------------------------------------------------------------
// bash: plain bash 4+ builtins, no bash-completion package

function bashScript(tree: Tree): string {
  const fn = functionName(tree);
  type Arm = [patterns: string[], body: string];
  const cases = (arms: Arm[], indent: string) => arms.map(([patterns, body]) => `${indent}${patterns.join('|')}) ${body} ;;`).join('\n');
  const flags = (options: OptionSpec[]) => options.flatMap((option) => option.flags);
  const valued = (options: OptionSpec[]) => options.filter((option) => option.value !== undefined);
  const complete = (completes: Completes): string | undefined => {
    switch (completes.kind) {
      case 'text':
        return undefined;
      case 'choices':
        return `${fn}_add "$cur" ${completes.choices.map(sh).join(' ')}`;
      case 'files':
        return `${fn}_files "$cur"`;
      case 'handles':
        return `${fn}_binder "$crm" "$db" __handles "$cur"`;
      case 'forms':
        return `${fn}_binder "$crm" "$db" __forms "$cur"`;
      case 'commands':
        return `${fn}_add "$cur" ${commandNames(tree).map(sh).join(' ')}`;
    }
  };
  /** The arm completing the value of each option given, by its flags; text values complete nothing. */
  const valueArms = (options: OptionSpec[]): Arm[] =>
    valued(options).map((option) => [option.flags, complete(option.value?.completes ?? { kind: 'text' }) ?? ':']);
  const commandArms = (arm: (command: CommandSpec) => string | undefined): Arm[] =>
    tree.commands.flatMap((command): Arm[] => {
      const body = arm(command);
      return body === undefined ? [] : [[command.names.map(sh), body]];
    });
  const rootValued = flags(valued(tree.rootOptions)).map(sh).join('|');

  // What each command's options are, which of them take a value, and how those values complete;
  // the root's options (with `*`) before a command, or after one crm does not know.
  const takesValue = [
    ...commandArms((command) => {
      const list = flags(valued(command.options)).map(sh);
      return list.length === 0 ? ':' : `case $word in ${list.join('|')}) value=$word ;; esac`;
    }),
    [['*'], rootValued === '' ? ':' : `case $word in ${rootValued}) value=$word ;; esac`],
  ] satisfies Arm[];
  // Values by command and option; the root's last, as `*:--db`, for any command not shadowing them.
  const rootFlags = new Set(flags(tree.rootOptions));
  const values = [
    ...tree.commands.flatMap((command) =>
      valueArms(command.options.filter((option) => !tree.globalOptions.includes(option)))
        .filter(([patterns, body]) => body !== ':' || patterns.some((flag) => rootFlags.has(flag)))
        .map(([patterns, body]): Arm => [patterns.flatMap((flag) => command.names.map((name) => sh(`${name}:${flag}`))), body]),
    ),
    ...valueArms(tree.rootOptions).map(([patterns, body]): Arm => [patterns.map((flag) => `*${sh(`:${flag}`)}`), body]),
  ] satisfies Arm[];
  const options = [
    [["''"], `${fn}_add "$cur" ${flags(tree.rootOptions).join(' ')}`],
    ...commandArms((command) => `${fn}_add "$cur" ${flags(command.options).join(' ')}`),
    [['*'], `${fn}_add "$cur" ${flags(tree.globalOptions).join(' ')}`],
  ] satisfies Arm[];
  const positions = commandArms((command) => {
    const branches = command.arguments.flatMap((argument, index) => {
      const body = complete(argument.completes);
      return body === undefined ? [] : [`((position ${argument.variadic ? '>=' : '=='} ${index})); then ${body}`];
    });
    return branches.length === 0 ? undefined : `if ${branches.join('; elif ')}; fi`;
  });
  const dbFlags = tree.db?.flags ?? [];
  const dbEquals = dbFlags.filter((flag) => flag.startsWith('--'));

  return `# ${tree.name} completion for bash. Load it with: source <(${tree.name} completion bash)
# Generated by \`${tree.name} completion bash\` from ${tree.name}'s commands; client handles come from the
# binder at completion time (\`${tree.name} __handles\`), the one given with --db on the line if any.

# Adds the words ($2...) that start with $1 to COMPREPLY: compared as text, never expanded.
${fn}_add() {
  local word
  for word in "\${@:2}"; do
    [[ $word == "$1"* ]] && COMPREPLY+=("$word")
  done
}

# Adds what $1 (the ${tree.name} typed) answers to $3 (__handles, __forms) for the binder $2 (or the
# default): the client handles or form names that start with $4, compared as lookup compares them,
# so they may replace what was typed (Zo -> zolc). Nothing when there is no binder, and never a
# message. Each is quoted for the shell if anything in it is special to the shell.
${fn}_binder() {
  local -a db=()
  [[ -n $2 ]] && db=(--db "$2")
  local typed word
  ${fn}_unquote typed "$4"
  while IFS= read -r word; do
    [[ -n $word ]] || continue
    case $word in
      ${SHELL_SPECIAL}) printf -v word %q "$word" ;;
    esac
    COMPREPLY+=("$word")
  done < <("$1" "\${db[@]}" "$3" -- "$typed" 2>/dev/null)
}

# Adds the file names starting with $1.
${fn}_files() {
  compopt -o filenames 2>/dev/null
  local file
  while IFS= read -r file; do
    COMPREPLY+=("$file")
  done < <(compgen -f -- "$1")
}

# Sets the variable $1 to the word $2 as the command will see it: quotes off, ~/ for $HOME.
${fn}_unquote() {
  local _word=$2
  case $_word in
    \\'*\\') _word=\${_word:1:\${#_word}-2} ;;
    \\"*\\") _word=\${_word:1:\${#_word}-2} ;;
    *) _word=\${_word//\\\\/} ;;
  esac
  [[ $_word == '~' || $_word == '~/'* ]] && _word=$HOME\${_word:1}
  printf -v "$1" '%s' "$_word"
}

${fn}() {
  COMPREPLY=()
  local cur=\${COMP_WORDS[COMP_CWORD]} word command= crm db= value= ended=
  local -i i position=0
  ${fn}_unquote crm "\${COMP_WORDS[0]}"
  # Walk the words before the cursor: the command, the binder, and how many arguments so far.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ -n $value ]]; then
      # --db=file: bash's word breaks make it three words, --db = file.
      [[ $word == = ]] && continue
${dbFlags.length > 0 ? `      case $value in ${dbFlags.map(sh).join('|')}) ${fn}_unquote db "$word" ;; esac\n` : ''}      value=
      continue
    fi
    if [[ -z $ended && $word == -* ]]; then
      case $word in
        --) ended=1; continue ;;
${dbEquals.map((flag) => `        ${sh(flag)}=?*) ${fn}_unquote db "\${word#*=}"; continue ;;\n`).join('')}      esac
      case $command in
${cases(takesValue, '        ')}
      esac
      continue
    fi
    if [[ -z $command ]]; then command=$word; else position+=1; fi
  done

  if [[ -n $value ]]; then
    [[ $cur == = ]] && cur=
    case $command:$value in
${cases(values, '      ')}
    esac
  elif [[ -z $ended && $cur == -* ]]; then
    case $command in
${cases(options, '      ')}
    esac
  elif [[ -z $command ]]; then
    ${fn}_add "$cur" ${commandNames(tree).map(sh).join(' ')}
  else
    case $command in
${cases(positions, '      ')}
    esac
  fi
  return 0
}

complete -F ${fn} ${sh(tree.name)}
`;
}

function commandNames(tree: Tree): string[] {
  return tree.commands.map((command) => command.names[0] ?? '');
}

// ---------------------------------------------------------------------------------------------
// zsh: _arguments and _describe, sourced after compinit or autoloaded from $fpath

function zshScript(tree: Tree): string {
  const fn = functionName(tree);
  const escape = (text: string) => text.replace(/[\\[\]]/g, '\\$&');
  const message = (text: string) => text.replace(/[\\:]/g, '\\$&') || ' ';
  const action = (completes: Completes): string => {
    switch (completes.kind) {
      case 'text':
        return ' ';
      case 'choices':
        return `(${completes.choices.map(listWord).join(' ')})`;
      case 'files':
        return '_files';
      case 'handles':
        return `${fn}_handles`;
      case 'forms':
        return `${fn}_forms`;
      case 'commands':
        return `${fn}_commands`;
    }
  };
  const optionSpecs = (option: OptionSpec): string[] => {
    const exclusive = option.repeats ? '*' : option.flags.length > 1 ? `(${option.flags.join(' ')})` : '';
    return option.flags.map((flag) => {
      // --long= takes --long=value or --long value; -s+ takes -svalue or -s value.
      const suffix = option.value ? (flag.startsWith('--') ? '=' : '+') : '';
      const value = option.value ? `:${message(option.value.name)}:${action(option.value.completes)}` : '';
      return sh(`${exclusive}${flag}${suffix}[${escape(option.description)}]${value}`);
    });
  };
  const argumentSpecs = (command: CommandSpec): string[] =>
    command.arguments.map((argument, index) => {
      const position = argument.variadic ? '*' : String(index + 1);
      const optional = !argument.required && !argument.variadic ? ':' : '';
      return sh(`${position}:${optional}${message(argument.name)}:${action(argument.completes)}`);
    });
  const specs = (lines: string[], indent: string) => lines.map((line) => `${indent}${line}`).join(' \\\n');
  const dbFlags = tree.db?.flags ?? [];
  const commandArms = tree.commands
    .map(
      (command) =>
        `    ${command.names.map(sh).join('|')})\n      _arguments -s -S \\\n${specs([...command.options.flatMap(optionSpecs), ...argumentSpecs(command)], '        ')} && ret=0\n      ;;`,
    )
    .join('\n');
  const described = tree.commands.map((command) => `    ${sh(`${(command.names[0] ?? '').replace(/:/g, '\\:')}:${command.description}`)}`).join('\n');

  return `#compdef ${tree.name}
# ${tree.name} completion for zsh. Load it after compinit with: source <(${tree.name} completion zsh)
# or save it as _${tree.name} in a folder of $fpath. Generated by \`${tree.name} completion zsh\` from ${tree.name}'s
# commands; client handles come from the binder at completion time (\`${tree.name} __handles\`).

# The commands, with what they do.
${fn}_commands() {
  local -a commands=(
${described}
  )
  _describe -t commands ${sh(`${tree.name} command`)} commands
}

# The client handles, and the form names, that start with what is typed as lookup compares them
# (Zo, zó -> zolc): zsh takes them as they are (compadd -U), replacing what was typed.
${fn}_handles() {
  ${fn}_binder __handles handles client
}

${fn}_forms() {
  ${fn}_binder __forms forms form
}

# What the binder given with --db on the line (else the default one) answers to $1 (__handles,
# __forms) for the word typed, added under the tag $2 and description $3; nothing when there is
# no binder, and never a message.
${fn}_binder() {
  local crm=\${(Q)${fn}_line[1]} word
  local -a db handles
  local -i i
  for (( i = 2; i < ${fn}_current; i++ )); do
    word=\${${fn}_line[i]}
    case $word in
${dbFlags.map((flag) => `      ${sh(flag)}) (( i + 1 < ${fn}_current )) && db=(--db "\${(Q)${fn}_line[i+1]}") ;;`).join('\n')}
${dbFlags.filter((flag) => flag.startsWith('--')).map((flag) => `      ${sh(flag)}=?*) db=(--db "\${(Q)word#*=}") ;;`).join('\n')}
    esac
  done
  crm=\${crm/#\\~/$HOME}
  (( $#db )) && db[2]=\${db[2]/#\\~/$HOME}
  handles=(\${(f)"$("$crm" "\${db[@]}" $1 -- "\${(Q)PREFIX}" 2>/dev/null)"})
  _wanted $2 expl $3 compadd -U -a handles
}

${fn}() {
  # The whole line, kept for ${fn}_handles: _arguments narrows $words to the command's.
  local -a ${fn}_line
  ${fn}_line=("\${words[@]}")
  local -i ${fn}_current=$CURRENT
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args

  _arguments -C -s -S -A '-*' \\
${specs([...tree.rootOptions.flatMap(optionSpecs), `': :${fn}_commands'`, `'*:: :->command'`], '    ')} && return 0
  [[ $state == command ]] || return ret

  curcontext=\${curcontext%:*:*}:${tree.name}-$words[1]:
  case $words[1] in
${commandArms}
    *)
      _arguments -s -S \\
${specs(tree.globalOptions.flatMap(optionSpecs), '        ')} && ret=0
      ;;
  esac
  return ret
}

if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${sh(tree.name)}
fi
`;
}

// ---------------------------------------------------------------------------------------------
// fish: complete lines, with conditions that walk the command line

function fishScript(tree: Tree): string {
  const fn = `_${functionName(tree)}`;
  const name = fish(tree.name);
  const lines: string[] = [];
  const complete = (condition: string | undefined, rest: string) =>
    lines.push(`complete -c ${name}${condition === undefined ? '' : ` -n ${fish(condition)}`} ${rest}`);
  const flagArgs = (option: OptionSpec) =>
    option.flags.map((flag) => (flag.startsWith('--') ? `-l ${fish(flag.slice(2))}` : flag.length === 2 ? `-s ${fish(flag.slice(1))}` : `-o ${fish(flag.slice(1))}`)).join(' ');
  const words = (list: readonly string[]) => fish(list.map(listWord).join(' '));
  const values = (completes: Completes): string => {
    switch (completes.kind) {
      case 'text':
        return '-x';
      case 'choices':
        return `-x -a ${words(completes.choices)}`;
      case 'files':
        return '-r -F';
      case 'handles':
        return `-x -a ${fish(`(${fn}_binder __handles)`)}`;
      case 'forms':
        return `-x -a ${fish(`(${fn}_binder __forms)`)}`;
      case 'commands':
        return `-x -a ${words(commandNames(tree))}`;
    }
  };
  const option = (condition: string | undefined, spec: OptionSpec) =>
    complete(condition, `${flagArgs(spec)}${spec.value ? ` ${values(spec.value.completes)}` : ''} -d ${fish(spec.description)}`);
  const using = (names: string[]) => `${fn}_using ${names.map(fish).join(' ')}`;

  complete(undefined, '-f');
  for (const command of tree.commands) complete(`${fn}_using`, `-a ${fish(command.names[0] ?? '')} -d ${fish(command.description)}`);
  // The root's options (and its help) are taken anywhere on the line.
  for (const spec of tree.rootOptions) option(undefined, spec);
  const anywhere = new Set(tree.rootOptions.flatMap((spec) => spec.flags));
  for (const command of tree.commands) {
    for (const spec of command.options) if (!spec.flags.every((flag) => anywhere.has(flag))) option(using(command.names), spec);
    command.arguments.forEach((argument, index) => {
      const condition = `${fn}_argument ${argument.variadic ? 'from' : 'at'} ${index} ${command.names.map(fish).join(' ')}`;
      switch (argument.completes.kind) {
        case 'text':
          return;
        case 'files':
          return complete(condition, '-F');
        default:
          return complete(condition, values(argument.completes).replace(/^-x /, ''));
      }
    });
  }

  const valued = tree.commands.flatMap((command) =>
    command.options.filter((spec) => spec.value && !tree.globalOptions.includes(spec)).flatMap((spec) => spec.flags.flatMap((flag) => command.names.map((n) => fish(`${n}:${flag}`)))),
  );
  // Quoted or not, * in a case is a wildcard: the root's options take a value after any command.
  valued.push(...tree.rootOptions.filter((spec) => spec.value).flatMap((spec) => spec.flags.map((flag) => fish(`*:${flag}`))));
  const dbFlags = tree.db?.flags ?? [];

  return `# ${tree.name} completion for fish. Save it with: ${tree.name} completion fish > ~/.config/fish/completions/${tree.name}.fish
# Generated by \`${tree.name} completion fish\` from ${tree.name}'s commands; client handles come from the
# binder at completion time (\`${tree.name} __handles\`), the one given with --db on the line if any.

# Whether the option $argv[2] of the command $argv[1] takes a value (the next word).
function ${fn}_takes_value
    switch "$argv[1]:$argv[2]"
        case ${valued.join(' ')}
            return 0
    end
    return 1
end

# Where the line is: the command (empty before one), then which of its arguments is being typed,
# from 0; -1 when it is an option's value.
function ${fn}_state
    set -l command
    set -l position 0
    set -l value
    set -l ended
    for word in (commandline -opc)[2..]
        if test -n "$value"
            set value
        else if test -z "$ended"; and string match -q -- '-*' $word
            if test "$word" = --
                set ended 1
            else if ${fn}_takes_value "$command" $word
                set value $word
            end
        else if test -z "$command"
            set command $word
        else
            set position (math $position + 1)
        end
    end
    test -n "$value"; and set position -1
    printf '%s\\n' "$command" $position
end

# Whether the command on the line is one of $argv; without any, whether there is none yet.
function ${fn}_using
    set -l state (${fn}_state)
    if set -q argv[1]
        contains -- "$state[1]" $argv
    else
        test -z "$state[1]"
    end
end

# Whether the word being typed is argument $argv[2] (at) or any from it on (from) of the command,
# one of $argv[3..].
function ${fn}_argument
    set -l state (${fn}_state)
    contains -- "$state[1]" $argv[3..]; or return 1
    if test "$argv[1]" = from
        test $state[2] -ge $argv[2]
    else
        test $state[2] -eq $argv[2]
    end
end

# What the binder given with --db on the line (else the default one) answers to $argv[1]
# (__handles, __forms): the client handles or form names that start with the word typed, compared
# as lookup compares them (fish then matches them against the word, case aside). Nothing when
# there is no binder, and never a message.
function ${fn}_binder
    set -l words (commandline -opc)
    set -l db
    for i in (seq 2 (count $words))
        switch $words[$i]
${dbFlags.map((flag) => `            case ${fish(flag)}\n                set -q words[(math $i + 1)]; and set db --db $words[(math $i + 1)]`).join('\n')}
${dbFlags.filter((flag) => flag.startsWith('--')).map((flag) => `            case ${fish(`${flag}=?*`)}\n                set db --db (string replace -- ${fish(`${flag}=`)} '' $words[$i])`).join('\n')}
        end
    end
    set -q db[2]; and set db[2] (string replace -r -- '^~(?=/|$)' $HOME $db[2])
    set -l crm (string replace -r -- '^~(?=/|$)' $HOME $words[1])
    type -q -- $crm; or return 0
    # Quoted: an empty word is one argument, not none (string would then read standard input).
    # --form=vi: the value is what is typed.
    set -l typed (commandline -ct)
    set typed (string unescape -- "$typed" | string replace -r -- '^--[^=]*=' '')
    $crm $db $argv[1] -- "$typed" 2>/dev/null
end

${lines.join('\n')}
`;
}
