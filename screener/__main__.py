"""`python -m screener` runs the same command as `screener`."""
from .command import main

main()
