"""`python -m conflictkg`: the same command as `conflictkg`."""

from .cli import main

main(prog_name="conflictkg")
