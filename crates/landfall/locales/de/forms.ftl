# Dates and times typed into forms that cannot be read.
form-err-date = schreiben Sie das Datum als JJJJ-MM-TT
form-err-time = schreiben Sie die Uhrzeit als HH:MM
