# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = måste fyllas i
val-too-long = är för lång ({ $chars } tecken; högst { $max })
val-control-characters = innehåller kontrolltecken
val-whole-number = måste vara ett heltal
val-whole-number-between = måste vara ett heltal från { $min } till { $max }
val-too-large = är för stor
val-email = är inte en e-postadress (namn@domän)
val-after-start = måste ligga efter starten
val-after-start-time = måste ligga efter starttiden
val-more-than-zero = måste vara större än noll
val-in-future = måste ligga i framtiden
val-web-address = måste vara en http://- eller https://-adress
val-percentage = måste vara en procentsats från 0 till 100
val-not-time-zone = ”{ $value }” är inte en IANA-tidszon (t.ex. Europe/Stockholm)
val-time-skipped = { $time } finns inte i { $zone } (klockorna hoppar över den tiden)
val-saved-meanwhile = någon annan har sparat den här posten under tiden; se den som den är nu och spara dina ändringar igen
