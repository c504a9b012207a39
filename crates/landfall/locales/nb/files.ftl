# Why an upload is refused.
file-err-no-name = filen har ikke noe navn
file-err-empty = filen er tom
file-err-too-large = filen er større enn { $mb } MB
file-err-type = filer av denne typen tas ikke imot; bruk en av: { $extensions }
file-err-not-utf8 = en .txt- eller .csv-fil må være UTF-8-tekst
file-err-content = innholdet i filen er ikke en .{ $extension }-fil
