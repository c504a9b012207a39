#!/usr/bin/env python3
"""Writes crates/landfall/data/iso3166_alpha2.<lang>.tsv: the country names of
ISO 3166-1 in each language of the UI but English, from the translations of
Debian's iso-codes package (LGPL-2.1+, apt-get install iso-codes).

The English file is the list itself; a name the package does not translate
stays as in English, so every file has every code. Run it again after
updating iso-codes and review the diff."""

import gettext
import pathlib

DATA = pathlib.Path(__file__).resolve().parent.parent / "crates/landfall/data"
LANGUAGES = ["da", "nb", "sv", "de", "nl"]

english = [
    line.split("\t")
    for line in (DATA / "iso3166_alpha2.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
for language in LANGUAGES:
    catalogue = gettext.translation(
        "iso_3166-1", localedir="/usr/share/locale", languages=[language]
    )
    lines = [f"{code}\t{catalogue.gettext(name).strip()}\n" for code, name in english]
    (DATA / f"iso3166_alpha2.{language}.tsv").write_text("".join(lines), encoding="utf-8")
    print(f"{language}: {len(lines)} names")
