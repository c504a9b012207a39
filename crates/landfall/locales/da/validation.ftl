# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = skal udfyldes
val-too-long = er for lang ({ $chars } tegn; højst { $max })
val-control-characters = indeholder kontroltegn
val-whole-number = skal være et heltal
val-whole-number-between = skal være et heltal fra { $min } til { $max }
val-too-large = er for stor
val-email = er ikke en e-mailadresse (navn@domæne)
val-after-start = skal ligge efter starten
val-after-start-time = skal ligge efter starttidspunktet
val-more-than-zero = skal være større end nul
val-in-future = skal ligge i fremtiden
val-web-address = skal være en http://- eller https://-adresse
val-percentage = skal være en procentsats fra 0 til 100
val-not-time-zone = “{ $value }” er ikke en IANA-tidszone (f.eks. Europe/Copenhagen)
val-time-skipped = { $time } findes ikke i { $zone } (urene springer det over)
val-saved-meanwhile = en anden har gemt denne post i mellemtiden; se den, som den er nu, og gem dine ændringer igen
