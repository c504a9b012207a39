# Dates and times typed into forms that cannot be read.
form-err-date = skriv datumet som ÅÅÅÅ-MM-DD
form-err-time = skriv tiden som TT:MM
