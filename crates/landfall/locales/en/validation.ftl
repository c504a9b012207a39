# Messages for fields that failed validation (forms and the API's 422 answers).
val-required = is required
val-too-long = is too long ({ $chars } characters; at most { $max })
val-control-characters = contains control characters
val-whole-number = must be a whole number
val-whole-number-between = must be a whole number from { $min } to { $max }
val-too-large = is too large
val-email = is not an e-mail address (name@domain)
val-after-start = must be after the start
val-after-start-time = must be after the start time
val-more-than-zero = must be more than zero
val-in-future = must be in the future
val-web-address = must be an http:// or https:// address
val-percentage = must be a percentage from 0 to 100
val-not-time-zone = “{ $value }” is not an IANA time zone (e.g. Europe/Oslo)
val-time-skipped = { $time } does not exist in { $zone } (the clocks skip it)
val-saved-meanwhile = someone else saved this record meanwhile; check it as it is now and save your changes again
