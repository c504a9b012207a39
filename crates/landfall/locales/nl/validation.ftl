# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = is verplicht
val-too-long = is te lang ({ $chars } tekens; hoogstens { $max })
val-control-characters = bevat stuurtekens
val-whole-number = moet een geheel getal zijn
val-whole-number-between = moet een geheel getal van { $min } tot { $max } zijn
val-too-large = is te groot
val-email = is geen e-mailadres (naam@domein)
val-after-start = moet na het begin liggen
val-after-start-time = moet na de begintijd liggen
val-more-than-zero = moet groter dan nul zijn
val-in-future = moet in de toekomst liggen
val-web-address = moet een http://- of https://-adres zijn
val-percentage = moet een percentage van 0 tot 100 zijn
val-not-time-zone = ‘{ $value }’ is geen IANA-tijdzone (bijv. Europe/Amsterdam)
val-time-skipped = { $time } bestaat niet in { $zone } (de klok slaat dit tijdstip over)
val-saved-meanwhile = iemand anders heeft dit record intussen opgeslagen; bekijk het zoals het nu is en sla uw wijzigingen opnieuw op
