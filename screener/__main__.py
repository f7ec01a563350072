"""`python -m screener` runs the same CLI as the `screener` command."""
from .cli import main

main()
