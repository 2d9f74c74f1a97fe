"""The README is tested like code: every command it shows exists with the options it shows, and
every repository file it names exists. (A README that drifts from the CLI sends an operator's
cron line or a researcher's export to an error.)"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from hotline_watch.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Files the README names that the software writes (git-ignored outputs), not the repository.
CREATED_AT_RUN_TIME = {"data/hotline.db", "data/subscriptions.yml"}
OUTPUT_DIRS = ("tests/artifacts/", "bench/results/", "data/archive/", "data/logs/")


def shown_commands() -> list[tuple[list[str], list[str], str]]:
    """(subcommand path, --options, the line) for every `hotline-watch ...` the README shows."""
    found = []
    for line in README.splitlines():
        for match in re.finditer(r"hotline-watch ((?:[a-z][a-z_-]*[ ]?)+)([^`|#]*)", line):
            words = match.group(1).split()
            path: list[str] = []
            group: click.Command = main
            for word in words:
                if isinstance(group, click.Group) and word in group.commands:
                    group = group.commands[word]
                    path.append(word)
                else:
                    break
            if not path and words[0] in {"is", "did", "COMMAND"}:
                continue  # prose ("hotline-watch is installed"), not a command
            options = re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", match.group(0))
            found.append((path or words[:1], options, line.strip()))
    return found


COMMANDS = shown_commands()


def test_the_readme_shows_every_command():
    shown = {" ".join(path) for path, _, _ in COMMANDS}
    for name, command in main.commands.items():
        if isinstance(command, click.Group):
            for sub in command.commands:
                assert f"{name} {sub}" in shown, f"`hotline-watch {name} {sub}` not in README"
        else:
            assert name in shown, f"`hotline-watch {name}` not in README"


@pytest.mark.parametrize(("path", "options", "line"), COMMANDS, ids=[c[2][:60] for c in COMMANDS])
def test_every_command_the_readme_shows_exists_with_its_options(path, options, line):
    command: click.Command = main
    for word in path:
        assert isinstance(command, click.Group) and word in command.commands, (
            f"README shows `hotline-watch {' '.join(path)}`, which is no command: {line}"
        )
        command = command.commands[word]
    if isinstance(command, click.Group):
        return  # e.g. "alerts send / preview / test": the subcommands are checked one by one
    known = {opt for param in command.params for opt in getattr(param, "opts", [])}
    known |= {opt for param in command.params for opt in getattr(param, "secondary_opts", [])}
    known.add("--help")
    for option in options:
        assert option in known, f"`hotline-watch {' '.join(path)}` has no {option}: {line}"


def named_files() -> list[str]:
    top = r"(?:bench|data|docs|hotline_watch|pipelines|spiders|templates|tests|\.ci)"
    return sorted(set(re.findall(rf"`({top}/[\w./*-]+\.\w+)`", README)))


@pytest.mark.parametrize("name", named_files())
def test_every_file_the_readme_names_exists(name):
    if name in CREATED_AT_RUN_TIME or name.startswith(OUTPUT_DIRS):
        return
    if "*" in name:
        assert list(ROOT.glob(name)), f"README names {name}: nothing matches"
    else:
        assert (ROOT / name).exists(), f"README names {name}, which is not in the repository"
