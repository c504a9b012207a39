# De startpagina, de foutpagina en de gedeelde formulieronderdelen.
web-welcome-title = Welkom
web-dashboard-title = Overzicht
web-welcome = Welkom, { $name }
web-stat-organisations = organisaties in het netwerk
web-stat-smes = mkb-bedrijven die u kunt zien
web-stat-countries = landen met mkb-bedrijven
web-coming-sessions = Komende sessies
web-to-hand-in = In te leveren opdrachten
web-due = uiterlijk { $date }
web-waiting = Wacht op u
web-review = Beoordelen:
web-desk-requests = { $count ->
    [one] { $count } werkplekaanvraag om over te beslissen
   *[other] { $count } werkplekaanvragen om over te beslissen
}
web-soft-landing = Soft landing
web-all-participants = Alle { $count } deelnemers die u volgt
web-organisations-by-kind = Organisaties per soort
web-smes-by-country = Mkb-bedrijven per land
web-your-place = Uw plaats in het netwerk
web-your-organisation = Uw organisatie
web-and = en
web-its-smes = haar mkb-bedrijven
web-your-company = Het profiel van uw bedrijf
web-browse-smes = Mkb-bedrijven bekijken
web-browse-organisations = Organisaties bekijken
web-the-handbook = Het handboek
web-write-chapter = een hoofdstuk schrijven of beoordelen
web-intro = Het gedeelde platform van een grensoverschrijdend netwerk van incubators, clusters, ondernemerscentra en financiers die kleine bedrijven helpen hun eerste stappen op buitenlandse markten te zetten: soft-landingprogramma's, matchmaking, gezamenlijke oproepen en het bewijs van wat werkt.
web-sign-in = Aanmelden
web-browse-directory = De gids bekijken
web-handbook-intro = Wat het netwerk tot nu toe heeft geleerd — handleidingen, praktijkverhalen, lessen, stimulansen en obstakels — staat voor iedereen open in
web-handbook-link = het handboek
web-back-start = Terug naar de startpagina
web-required = (verplicht)
web-contact-people = Contactpersonen
web-name = Naam
web-role = Functie
web-email = E-mail
web-phone = Telefoon
web-contacts-hint = Laat een rij leeg om die te verwijderen. Sla op om meer lege rijen te krijgen.
web-pages = Pagina's
web-previous = ← Vorige
web-next = Volgende →
web-page-of = Pagina { $page } van { $pages } · { $total } in totaal
web-handbook-after = .
