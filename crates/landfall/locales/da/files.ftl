# Why an upload is refused.
file-err-no-name = filen har intet navn
file-err-empty = filen er tom
file-err-too-large = filen er større end { $mb } MB
file-err-type = filer af denne type modtages ikke; brug en af: { $extensions }
file-err-not-utf8 = en .txt- eller .csv-fil skal være UTF-8-tekst
file-err-content = filens indhold er ikke en .{ $extension }-fil
