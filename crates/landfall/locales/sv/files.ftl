# Why an upload is refused.
file-err-no-name = filen saknar namn
file-err-empty = filen är tom
file-err-too-large = filen är större än { $mb } MB
file-err-type = filer av den här typen tas inte emot; använd någon av: { $extensions }
file-err-not-utf8 = en .txt- eller .csv-fil måste vara UTF-8-text
file-err-content = filens innehåll är inte en .{ $extension }-fil
