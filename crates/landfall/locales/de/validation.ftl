# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = ist erforderlich
val-too-long = ist zu lang ({ $chars } Zeichen; höchstens { $max })
val-control-characters = enthält Steuerzeichen
val-whole-number = muss eine ganze Zahl sein
val-whole-number-between = muss eine ganze Zahl von { $min } bis { $max } sein
val-too-large = ist zu groß
val-email = ist keine E-Mail-Adresse (name@domain)
val-after-start = muss nach dem Beginn liegen
val-after-start-time = muss nach der Anfangszeit liegen
val-more-than-zero = muss größer als null sein
val-in-future = muss in der Zukunft liegen
val-web-address = muss eine http://- oder https://-Adresse sein
val-percentage = muss ein Prozentsatz von 0 bis 100 sein
val-not-time-zone = „{ $value }“ ist keine IANA-Zeitzone (z. B. Europe/Berlin)
val-time-skipped = { $time } gibt es in { $zone } nicht (die Uhren überspringen diese Zeit)
val-saved-meanwhile = jemand anderes hat diesen Eintrag inzwischen gespeichert; prüfen Sie ihn, wie er jetzt ist, und speichern Sie Ihre Änderungen erneut
