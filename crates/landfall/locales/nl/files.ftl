# Why an upload is refused.
file-err-no-name = het bestand heeft geen naam
file-err-empty = het bestand is leeg
file-err-too-large = het bestand is groter dan { $mb } MB
file-err-type = bestanden van dit type worden niet aangenomen; gebruik een van: { $extensions }
file-err-not-utf8 = een .txt- of .csv-bestand moet UTF-8-tekst zijn
file-err-content = de inhoud van het bestand is geen .{ $extension }-bestand
