# Why an upload is refused.
file-err-no-name = die Datei hat keinen Namen
file-err-empty = die Datei ist leer
file-err-too-large = die Datei ist größer als { $mb } MB
file-err-type = Dateien dieses Typs werden nicht angenommen; verwenden Sie einen von: { $extensions }
file-err-not-utf8 = eine .txt- oder .csv-Datei muss UTF-8-Text sein
file-err-content = der Inhalt der Datei ist keine .{ $extension }-Datei
