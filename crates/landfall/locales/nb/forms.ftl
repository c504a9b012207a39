# Dates and times typed into forms that cannot be read.
form-err-date = skriv datoen som ÅÅÅÅ-MM-DD
form-err-time = skriv klokkeslettet som TT:MM
