"""Reads the project's tab-separated data files (data/LANG/*.tsv): one list of cells per line, comments and blank lines
skipped. Shared by the lexicon tools; stdlib only."""


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")
