# Dates and times typed into forms that cannot be read.
form-err-date = schrijf de datum als JJJJ-MM-DD
form-err-time = schrijf de tijd als UU:MM
