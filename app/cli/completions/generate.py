#!/usr/bin/env python3
"""Writes the bash, zsh and fish completions of botvault-cli from its own --help.

Run at build time (cmake/BotVaultInstall.cmake) on the freshly built binary, so the completions know
exactly the commands and options that binary has. Project names are completed by asking the CLI for
`--json project list` (project names only: no secret or value is ever decrypted for it), and only
when the command line or the environment already gives the master password without a prompt.

    generate.py BOTVAULT_CLI OUTPUT_DIR      (runs BOTVAULT_CLI --help)
    generate.py --help-text FILE OUTPUT_DIR  (reads a saved --help)
"""
import os
import re
import subprocess
import sys
from pathlib import Path

# What each placeholder of the usage lines completes to.
FILE_PLACEHOLDERS = {"FILE", "PEM"}
DIR_PLACEHOLDERS = {"DIR"}
PROJECT_PLACEHOLDERS = {"PROJECT"}


def parse_help(text):
    commands = []  # (words, positionals, options) with options as {name: placeholder or None}
    global_options = {}
    section = "commands"
    for line in text.splitlines():
        if line.startswith("Options"):
            section = "options"
            continue
        if line.startswith("Exit codes") or line.startswith("The master password"):
            section = "done"
        if section == "commands":
            match = re.match(r"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?)((?: \S.*?)?)(?:  +\S.*)?$", line)
            if not match:
                continue
            words = match.group(1).split()
            usage = match.group(2)
            options = {}
            for option in re.finditer(r"(--[a-z][a-z-]*)(?: ([A-Z]+))?", usage):
                options[option.group(1)] = option.group(2)
            stripped = re.sub(r"\[[^\]]*\]", " ", usage)
            stripped = re.sub(r"--[a-z-]+(?: [A-Z]+)?", " ", stripped)
            positionals = re.findall(r"\b[A-Z][A-Z_]*\b", stripped)
            # "[CHANNEL]", "[FILE]": optional positionals are still positionals.
            for optional in re.findall(r"\[([A-Z][A-Z_]*)\]", usage):
                positionals.append(optional)
            commands.append((words, positionals, options))
        elif section == "options":
            match = re.match(r"^  (--[a-z][a-z-]*)(?: ([A-Z]+))?", line)
            if match:
                global_options[match.group(1)] = match.group(2)
    if not commands or not global_options:
        sys.exit("generate.py: the help text has no commands or options; its layout changed")
    return commands, global_options


def kind_of(placeholder, group=None):
    # "project rename OLD NEW", "project rm NAME": the project commands name projects.
    if group == "project" and placeholder in {"OLD", "NAME"}:
        return "project"
    if placeholder in FILE_PLACEHOLDERS:
        return "file"
    if placeholder in DIR_PLACEHOLDERS:
        return "dir"
    if placeholder in PROJECT_PLACEHOLDERS:
        return "project"
    return "none"


def groups(commands):
    """Top-level words, and the second words of each group."""
    top, sub = [], {}
    for words, _, _ in commands:
        if words[0] not in top:
            top.append(words[0])
        if len(words) == 2:
            sub.setdefault(words[0], []).append(words[1])
    return top, sub


def command_cases(commands, indent):
    """The shell `case` rows that give each command its positional kinds and its options."""
    rows = []
    for words, positionals, options in commands:
        kinds = " ".join(kind_of(p, words[0]) for p in positionals) or "none"
        rows.append(f"{indent}\"{' '.join(words)}\") kinds=({kinds}); options=\"{' '.join(options)}\" ;;")
    return rows


def bash_script(commands, global_options):
    top, sub = groups(commands)
    value_options = [name for name, value in global_options.items() if value]
    for _, _, options in commands:
        value_options += [name for name, value in options.items() if value]
    lines = [
        "# bash completion for botvault-cli; generated from `botvault-cli --help` at build time.",
        "_botvault_cli_projects() {",
        "    local args=() i",
        "    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do",
        "        case ${COMP_WORDS[i]} in",
        "            --vault|--password-file) args+=(\"${COMP_WORDS[i]}\" \"${COMP_WORDS[i+1]}\") ;;",
        "        esac",
        "    done",
        "    # Never prompt for the master password while completing.",
        "    [[ -n ${BOTVAULT_PASSWORD-} || \" ${args[*]} \" == *' --password-file '* ]] || return 0",
        "    botvault-cli \"${args[@]}\" --json project list </dev/null 2>/dev/null \\",
        "        | sed -n 's/^ *\"name\": \"\\(.*\\)\",\\{0,1\\}$/\\1/p' | sed 's/\\\\\"/\"/g; s/\\\\\\\\/\\\\/g'",
        "}",
        "# compgen -W would split and unquote names holding spaces or quotes: filter by hand instead.",
        "_botvault_cli_complete_projects() {",
        "    local cur=$1 name",
        "    COMPREPLY=()",
        "    while IFS= read -r name; do",
        "        [[ $name == \"$cur\"* ]] && COMPREPLY+=(\"$(printf '%q' \"$name\")\")",
        "    done < <(_botvault_cli_projects)",
        "}",
        "_botvault_cli() {",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
        "    local words=() i",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        case ${COMP_WORDS[i]} in",
        "            " + "|".join(sorted(set(value_options))) + ") ((i++)) ;;",
        "            -*) ;;",
        "            *) words+=(\"${COMP_WORDS[i]}\") ;;",
        "        esac",
        "    done",
        "    case $prev in",
    ]
    file_options = sorted({n for n, v in global_options.items() if kind_of(v) == "file"}
                          | {n for _, _, o in commands for n, v in o.items() if kind_of(v) == "file"})
    dir_options = sorted({n for _, _, o in commands for n, v in o.items() if kind_of(v) == "dir"})
    project_options = sorted({n for _, _, o in commands for n, v in o.items() if kind_of(v) == "project"})
    if file_options:
        lines.append("        " + "|".join(file_options) + ") compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;")
    if dir_options:
        lines.append("        " + "|".join(dir_options) + ") compopt -o filenames; COMPREPLY=($(compgen -d -- \"$cur\")); return ;;")
    if project_options:
        lines.append("        " + "|".join(project_options) + ") _botvault_cli_complete_projects \"$cur\"; return ;;")
    other_value_options = sorted(set(value_options) - set(file_options) - set(dir_options) - set(project_options))
    if other_value_options:
        lines.append("        " + "|".join(other_value_options) + ") return ;;")
    lines += [
        "    esac",
        "    if ((${#words[@]} == 0)); then",
        "        COMPREPLY=($(compgen -W \"" + " ".join(top + list(global_options)) + "\" -- \"$cur\"))",
        "        return",
        "    fi",
        "    local command=${words[0]} rest=(\"${words[@]:1}\")",
        "    case $command in",
    ]
    for group, subs in sub.items():
        lines.append(f"        {group}) if ((${{#words[@]}} == 1)); then COMPREPLY=($(compgen -W \"{' '.join(subs)}\" -- \"$cur\")); return; fi")
        lines.append("            command+=\" ${words[1]}\"; rest=(\"${words[@]:2}\") ;;")
    lines += ["    esac", "    local kinds options", "    case $command in"]
    lines += command_cases(commands, "        ")
    lines += [
        "        *) return ;;",
        "    esac",
        "    if [[ $cur == -* ]]; then",
        "        COMPREPLY=($(compgen -W \"$options " + " ".join(global_options) + "\" -- \"$cur\"))",
        "        return",
        "    fi",
        "    case ${kinds[${#rest[@]}]-none} in",
        "        file) compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")) ;;",
        "        dir) compopt -o filenames; COMPREPLY=($(compgen -d -- \"$cur\")) ;;",
        "        project) _botvault_cli_complete_projects \"$cur\" ;;",
        "    esac",
        "}",
        "complete -F _botvault_cli botvault-cli",
    ]
    return "\n".join(lines) + "\n"


def fish_script(commands, global_options):
    top, sub = groups(commands)
    lines = [
        "# fish completion for botvault-cli; generated from `botvault-cli --help` at build time.",
        "function __botvault_cli_projects",
        "    set -l tokens (commandline -opc)",
        "    set -l args",
        "    for i in (seq (count $tokens))",
        "        if contains -- $tokens[$i] --vault --password-file; and test $i -lt (count $tokens)",
        "            set args $args $tokens[$i] $tokens[(math $i + 1)]",
        "        end",
        "    end",
        "    # Never prompt for the master password while completing.",
        "    if not set -q BOTVAULT_PASSWORD; and not contains -- --password-file $args",
        "        return",
        "    end",
        "    botvault-cli $args --json project list </dev/null 2>/dev/null | string match -r -g '^ *\"name\": \"(.*)\",?$' | string replace -a '\\\\\"' '\"'",
        "end",
        "complete -c botvault-cli -f",
    ]
    for name, value in global_options.items():
        long = name[2:]
        if value and kind_of(value) == "file":
            lines.append(f"complete -c botvault-cli -l {long} -r -F")
        elif value:
            lines.append(f"complete -c botvault-cli -l {long} -x")
        else:
            lines.append(f"complete -c botvault-cli -l {long}")
    lines.append(f"complete -c botvault-cli -n '__fish_use_subcommand' -a '{' '.join(top)}'")
    for group, subs in sub.items():
        lines.append(f"complete -c botvault-cli -n '__fish_seen_subcommand_from {group}; and not __fish_seen_subcommand_from {' '.join(subs)}' -a '{' '.join(subs)}'")
    for words, positionals, options in commands:
        condition = " ".join(f"__fish_seen_subcommand_from {w};" for w in words).rstrip(";").replace("; ", "; and ")
        for name, value in options.items():
            flag = f"-l {name[2:]}"
            kind = kind_of(value) if value else None
            if kind == "file":
                lines.append(f"complete -c botvault-cli -n '{condition}' {flag} -r -F")
            elif kind == "dir":
                lines.append(f"complete -c botvault-cli -n '{condition}' {flag} -x -a '(__fish_complete_directories)'")
            elif kind == "project":
                lines.append(f"complete -c botvault-cli -n '{condition}' {flag} -x -a '(__botvault_cli_projects)'")
            elif value:
                lines.append(f"complete -c botvault-cli -n '{condition}' {flag} -x")
            else:
                lines.append(f"complete -c botvault-cli -n '{condition}' {flag}")
        kinds = {kind_of(p, words[0]) for p in positionals}
        if "project" in kinds:
            lines.append(f"complete -c botvault-cli -n '{condition}' -a '(__botvault_cli_projects)'")
        if "file" in kinds or "dir" in kinds:
            lines.append(f"complete -c botvault-cli -n '{condition}' -F")
    return "\n".join(lines) + "\n"


def zsh_script(commands, global_options):
    top, sub = groups(commands)
    lines = [
        "#compdef botvault-cli",
        "# zsh completion for botvault-cli; generated from `botvault-cli --help` at build time.",
        "_botvault_cli_projects() {",
        "  local -a args projects",
        "  local i",
        "  for (( i = 2; i < CURRENT; i++ )); do",
        "    case ${words[i]} in",
        "      --vault|--password-file) args+=(${words[i]} ${words[i+1]}) ;;",
        "    esac",
        "  done",
        "  # Never prompt for the master password while completing.",
        "  [[ -n ${BOTVAULT_PASSWORD-} || ${args[(I)--password-file]} -gt 0 ]] || return 1",
        "  projects=(${(f)\"$(botvault-cli $args --json project list </dev/null 2>/dev/null | sed -n 's/^ *\"name\": \"\\(.*\\)\",\\{0,1\\}$/\\1/p' | sed 's/\\\\\"/\"/g')\"})",
        "  compadd -a projects",
        "}",
        "_botvault_cli() {",
        "  local -a plain",
        "  local i command kinds",
        "  for (( i = 2; i < CURRENT; i++ )); do",
        "    case ${words[i]} in",
    ]
    value_options = sorted({n for n, v in global_options.items() if v} | {n for _, _, o in commands for n, v in o.items() if v})
    lines += [
        "      " + "|".join(value_options) + ") (( i++ )) ;;",
        "      -*) ;;",
        "      *) plain+=(${words[i]}) ;;",
        "    esac",
        "  done",
        "  case ${words[CURRENT-1]} in",
    ]
    file_options = sorted({n for n, v in global_options.items() if v and kind_of(v) == "file"} | {n for _, _, o in commands for n, v in o.items() if v and kind_of(v) == "file"})
    dir_options = sorted({n for _, _, o in commands for n, v in o.items() if v and kind_of(v) == "dir"})
    project_options = sorted({n for _, _, o in commands for n, v in o.items() if v and kind_of(v) == "project"})
    if file_options:
        lines.append("    " + "|".join(file_options) + ") _files; return ;;")
    if dir_options:
        lines.append("    " + "|".join(dir_options) + ") _directories; return ;;")
    if project_options:
        lines.append("    " + "|".join(project_options) + ") _botvault_cli_projects; return ;;")
    rest = sorted(set(value_options) - set(file_options) - set(dir_options) - set(project_options))
    if rest:
        lines.append("    " + "|".join(rest) + ") return ;;")
    lines += [
        "  esac",
        "  if (( ${#plain} == 0 )); then",
        "    compadd -- " + " ".join(top),
        "    [[ $PREFIX == -* ]] && compadd -- " + " ".join(global_options),
        "    return",
        "  fi",
        "  command=${plain[1]}",
        "  local -a rest=(${plain[2,-1]})",
        "  case $command in",
    ]
    for group, subs in sub.items():
        lines.append(f"    {group}) if (( ${{#plain}} == 1 )); then compadd -- {' '.join(subs)}; return; fi")
        lines.append("      command=\"$command ${plain[2]}\"; rest=(${plain[3,-1]}) ;;")
    lines += ["  esac", "  local options", "  case $command in"]
    lines += command_cases(commands, "    ")
    lines += [
        "    *) return ;;",
        "  esac",
        "  if [[ $PREFIX == -* ]]; then",
        "    compadd -- ${=options} " + " ".join(global_options),
        "    return",
        "  fi",
        "  case ${kinds[$(( ${#rest} + 1 ))]} in",
        "    file) _files ;;",
        "    dir) _directories ;;",
        "    project) _botvault_cli_projects ;;",
        "  esac",
        "}",
        "_botvault_cli \"$@\"",
    ]
    return "\n".join(lines) + "\n"


def help_text(arguments):
    if len(arguments) == 3 and arguments[0] == "--help-text":
        return Path(arguments[1]).read_text(encoding="utf-8")
    if len(arguments) == 2:
        environment = dict(os.environ, LC_ALL="C.UTF-8")
        return subprocess.run([arguments[0], "--help"], check=True, capture_output=True, text=True,
                              env=environment).stdout
    sys.exit(__doc__)


def main():
    commands, global_options = parse_help(help_text(sys.argv[1:]))
    out = Path(sys.argv[-1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "botvault-cli").write_text(bash_script(commands, global_options), encoding="utf-8")
    (out / "_botvault-cli").write_text(zsh_script(commands, global_options), encoding="utf-8")
    (out / "botvault-cli.fish").write_text(fish_script(commands, global_options), encoding="utf-8")


if __name__ == "__main__":
    main()
