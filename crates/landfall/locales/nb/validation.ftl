# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = må fylles ut
val-too-long = er for lang ({ $chars } tegn; høyst { $max })
val-control-characters = inneholder kontrolltegn
val-whole-number = må være et heltall
val-whole-number-between = må være et heltall fra { $min } til { $max }
val-too-large = er for stor
val-email = er ikke en e-postadresse (navn@domene)
val-after-start = må være etter starten
val-after-start-time = må være etter starttidspunktet
val-more-than-zero = må være større enn null
val-in-future = må være i fremtiden
val-web-address = må være en http://- eller https://-adresse
val-percentage = må være en prosentandel fra 0 til 100
val-not-time-zone = «{ $value }» er ikke en IANA-tidssone (f.eks. Europe/Oslo)
val-time-skipped = { $time } finnes ikke i { $zone } (klokkene hopper over det)
val-saved-meanwhile = noen andre har lagret denne oppføringen i mellomtiden; se den slik den er nå, og lagre endringene dine på nytt
