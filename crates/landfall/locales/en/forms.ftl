# Dates and times typed into forms that cannot be read.
form-err-date = write the date as YYYY-MM-DD
form-err-time = write the time as HH:MM
