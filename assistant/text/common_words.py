"""About 2,500 frequent Dutch words, written for this project (no download).

Used by readability.py to measure the share of uncommon words. The list holds the words a
reader at language level B1 knows: function words, everyday verbs with their usual forms,
nouns and adjectives of daily life, numbers, days and months, and the plain words of money,
work, housing, health and post. readability.py also accepts simple inflections (-en, -s, -e,
-t, -te, -de) and compounds of two listed words, so "huurprijs" counts as common.
"""

from __future__ import annotations

_TEXT = """
de het een en of maar want dus omdat als dan toen terwijl hoewel zodat nadat voordat totdat sinds
tot om te van in op aan bij met voor door naar uit over onder boven tussen achter naast tegen zonder
binnen buiten rond rondom langs via per na vanaf tijdens volgens behalve ondanks vanwege dankzij
ik mij me mijn mijzelf jij je jou jouw u uw hij hem zijn zij ze haar wij we ons onze jullie hun hen
zich zelf elkaar iemand niemand iedereen iets niets alles allemaal elk elke ieder iedere
wie wat waar wanneer waarom hoe welk welke waarmee waarvoor waarover waardoor waarin waarop
dit dat deze die daar hier er daarom daarna daarvoor daarmee daarover daarin daarop daardoor
daarbij daaraan daaruit hiervoor hiermee hierover hierin hierop hierdoor hierbij ervoor ermee
erover erin erop erdoor erbij eraan eruit erna
niet geen wel ook nog al alleen zelfs toch even weer nu straks later eerst dan meteen direct snel
vaak soms nooit altijd meestal misschien zeker bijna heel erg zeer te zo zoals zowel net pas
hoeveel veel weinig meer minst minder meest genoeg ongeveer precies ja nee oké graag alstublieft
dank bedankt hallo beste geachte groet groeten vriendelijke hoogachtend
een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig
honderd duizend miljoen miljard half helft kwart eerste tweede derde vierde vijfde zesde laatste
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend
januari februari maart april mei juni juli augustus september oktober november december
dag dagen week weken maand maanden jaar jaren uur uren minuut minuten seconde tijd keer keren
ochtend middag avond nacht vandaag morgen gisteren overmorgen datum moment periode begin eind
einde start vroeg laat vorig vorige volgend volgende afgelopen komend komende nieuw nieuwe oud oude
zijn ben bent is was waren geweest wees hebben heb hebt heeft had hadden gehad worden word wordt
werd werden geworden zullen zal zult zou zouden kunnen kan kunt kon konden gekund moeten moet
moest moesten gemoeten mogen mag mocht mochten gemogen willen wil wilt wou wilde wilden gewild
gaan ga gaat ging gingen gegaan komen kom komt kwam kwamen gekomen doen doe doet deed deden gedaan
maken maak maakt maakte maakten gemaakt zeggen zeg zegt zei zeiden gezegd krijgen krijg krijgt
kreeg kregen gekregen geven geef geeft gaf gaven gegeven nemen neem neemt nam namen genomen
zien zie ziet zag zagen gezien kijken kijk kijkt keek keken gekeken horen hoor hoort hoorde gehoord
weten weet wist wisten geweten denken denk denkt dacht dachten gedacht vinden vind vindt vond
vonden gevonden staan sta staat stond stonden gestaan zitten zit zat zaten gezeten liggen ligt lag
lagen gelegen blijven blijf blijft bleef bleven gebleven houden houd houdt hield hielden gehouden
laten laat liet lieten gelaten lopen loop loopt liep liepen gelopen brengen breng brengt bracht
brachten gebracht halen haal haalt haalde gehaald sturen stuur stuurt stuurde stuurden gestuurd
versturen verstuur verstuurt verstuurde verstuurd schrijven schrijf schrijft schreef schreven
geschreven lezen lees leest las lazen gelezen bellen bel belt belde gebeld mailen mail mailt
mailde gemaild vragen vraag vraagt vroeg vroegen gevraagd antwoorden antwoord antwoordt
beantwoorden zoeken zoek zoekt zocht gezocht helpen help helpt hielp hielpen geholpen werken werk
werkt werkte werkten gewerkt wonen woon woont woonde woonden gewoond leven leef leeft leefde
betalen betaal betaalt betaalde betaalden betaald terugbetalen terugbetaald kopen koop koopt kocht
gekocht verkopen verkocht kosten kost kostte gekost sparen spaar spaart gespaard lenen leen leent
leende geleend verdienen verdien verdient verdiende verdiend ontvangen ontvang ontvangt ontving
ontvingen beginnen begin begint begon begonnen gebonnen stoppen stop stopt stopte stopten gestopt
eindigen eindigt eindigde geëindigd veranderen verander verandert veranderde veranderd
wachten wacht wachtte gewacht proberen probeer probeert probeerde geprobeerd gebruiken gebruik
gebruikt gebruikte leggen leg legt legde gelegd zetten zet zette zetten gezet openen open opent
opende geopend sluiten sluit sloot gesloten vullen vul vult vulde gevuld invullen vul ingevuld
tekenen teken tekent tekende getekend ondertekenen ondertekend lukken lukt lukte gelukt missen mis
mist miste gemist kennen ken kent kende gekend leren leer leert leerde geleerd begrijpen begrijp
begrijpt begreep begrepen uitleggen leg uitgelegd praten praat praatte gepraat spreken spreek
spreekt sprak gesproken luisteren luister luistert beslissen beslis beslist besliste besloten
besluiten kiezen kies kiest koos gekozen regelen regel regelt regelde geregeld controleren
controleer controleert controleerde gecontroleerd checken tellen tel telt telde geteld rekenen
reken rekent rekende gerekend berekenen bereken berekent berekende berekend delen deel deelt
deelde gedeeld melden meld meldt meldde gemeld doorgeven geef doorgegeven noemen noem noemt
noemde genoemd vermelden vermeld vermeldt bewaren bewaar bewaart bewaard verliezen verlies
verliest verloor verloren winnen win wint won gewonnen zorgen zorg zorgt zorgde gezorgd
wensen wens wenst hopen hoop hoopt hoopte gehoopt geloven geloof gelooft voelen voel voelt
voelde gevoeld eten eet at gegeten drinken drink drinkt slapen slaap slaapt sliep geslapen
rijden rijd rijdt reed gereden fietsen reizen reis reist vliegen wandelen verhuizen verhuis
verhuist verhuisde verhuisd trouwen trouw trouwt getrouwd scheiden gescheiden samenwonen
samenwoont overlijden overleden sterven stierf gestorven geboren worden groeien groeit
gegroeid spelen speel speelt speelde gespeeld lachen huilen koken wassen schoonmaken
passen past paste gepast bedoelen bedoel bedoelt bedoelde bedoeld betekenen betekent
betekende gelden geldt gold gegolden horen hoort bestaan bestaat bestond klopt kloppen
klopte lijken lijkt leek geleken blijken blijkt bleek gebleken raken raakt raakte geraakt
vallen valt viel gevallen stellen stel stelt stelde gesteld zenden stuurt afspreken afgesproken
afspraak afspraken plannen plan plant gepland annuleren afzeggen afgezegd bevestigen bevestigd
ophalen opgehaald afhalen brengen inleveren lever levert leverde ingeleverd opsturen opgestuurd
terugsturen teruggestuurd toesturen toegestuurd meenemen meegenomen meebrengen aanvragen
aangevraagd aanmelden aangemeld afmelden afgemeld inschrijven ingeschreven uitschrijven
opzeggen opgezegd opnemen opgenomen contact nakijken nagekeken uitzoeken uitgezocht
ophouden opgehouden doorgaan doorgegaan terugkomen teruggekomen binnenkomen langskomen
meedoen meegedaan oplossen opgelost overmaken overgemaakt afschrijven afgeschreven
storten gestort pinnen gepind opnemen ontvangen terugkrijgen teruggekregen verhogen verhoogd
verlagen verlaagd toevoegen toegevoegd missen kwijt kwijtraken verliezen vinden
tonen toon toont toonde getoond laten zien uitkomen uitgekomen aankomen aangekomen
thuis huis huizen woning woningen kamer kamers keuken badkamer tuin deur raam dak muur trap
straat straten weg wegen plein dorp stad steden land landen wereld buurt wijk gemeente
provincie gebied plaats plek adres adressen postcode woonplaats nummer nummers huisnummer
post brief brieven envelop envelopje pakket kaart kaartje formulier formulieren papier papieren
document documenten kopie kopieën bijlage bijlagen bewijs bewijzen foto foto's handtekening
naam namen voornaam achternaam geboortedatum leeftijd man mannen vrouw vrouwen kind kinderen
baby jongen meisje zoon dochter vader moeder ouder ouders broer zus opa oma familie gezin partner
vriend vriendin vrienden buurman buurvrouw buren mens mensen persoon personen meneer mevrouw heer
dame burger inwoner inwoners klant klanten collega baas werkgever werknemer medewerker
medewerkers leerling student studenten leraar docent dokter huisarts arts tandarts
verpleegkundige politie agent rechter advocaat jurist notaris ambtenaar
werk baan banen beroep vak functie loon salaris inkomen inkomsten uitkering pensioen geld
euro euro's cent bedrag bedragen prijs prijzen kosten rekening rekeningen bank banken pinpas
saldo schuld schulden lening leningen rente spaargeld budget toeslag belasting belastingen
premie verzekering verzekeringen zorg hulp steun ondersteuning advies informatie vraag vragen
antwoord antwoorden probleem problemen oplossing oplossingen reden redenen oorzaak gevolg
gevolgen situatie verandering veranderingen wijziging keuze keuzes mogelijkheid mogelijkheden
kans kansen recht rechten plicht plichten regel regels wet wetten afspraak beslissing besluit
besluiten uitleg overzicht lijst lijsten tabel stap stappen deel delen stuk stukken soort soorten
manier manieren zaak zaken ding dingen punt punten onderwerp doel doelen plan plannen idee
mening gesprek gesprekken vergadering bezoek bericht berichten nieuws verhaal tekst woord woorden
zin zinnen taal nederlands engels website internet computer telefoon mobiel e-mail mail app
scherm account wachtwoord code inlogcode online digitaal loket balie kantoor gebouw ingang
school opleiding studie cursus les lessen diploma examen
ziekenhuis apotheek medicijn medicijnen ziekte ziek gezond gezondheid pijn ongeluk handicap
beperking lichaam hoofd hart hand handen been benen ogen oog
eten drinken water brood melk koffie thee boodschappen winkel winkels supermarkt markt
kleren kleding schoenen jas spullen meubels bed stoel tafel lamp televisie
auto auto's fiets bus trein tram metro taxi vliegtuig station halte rijbewijs kenteken
verkeer snelheid boete boetes parkeren
energie gas stroom licht verwarming warm koud huur huurder verhuurder eigenaar koop koopwoning
afval vuilnis riool gemeentehuis stadhuis
nederland den haag amsterdam rotterdam utrecht groningen
goed goede beter best slecht slechte groot grote groter grootste klein kleine kleiner
lang lange langer kort korte hoog hoge hoger laag lage lager duur dure goedkoop goedkope
veel meer snel sneller langzaam makkelijk moeilijk moeilijke simpel eenvoudig duidelijk
duidelijke belangrijk belangrijke nodig handig fijn leuk mooi lelijk blij boos bang verdrietig
moe druk rustig stil hard zacht licht donker zwaar open dicht vol leeg schoon vies nat droog
echt waar fout juist goed correct klaar bezig vrij vrije bezet gratis extra apart aparte
zelfde dezelfde hetzelfde ander andere anders gewoon gewone normaal normale speciaal speciale
bijzonder bijzondere persoonlijk persoonlijke officieel officiële openbaar gemeentelijk
landelijk tijdelijk tijdelijke vast vaste los losse hele heel geheel totaal totale
eigen mogelijk mogelijke onmogelijk zeker onzeker bekend bekende onbekend nieuw jong jonge
oud ouder oudste alleen samen apart samenwonend alleenstaand getrouwd
eerder later vroeger nu meteen direct binnenkort op tijd te laat
hoofd reden over boven onder links rechts midden voor achter binnen buiten
ja nee misschien
betaling betalingen afschrift afschriften bankafschrift bankafschriften loonstrook loonstroken
contract contracten huurcontract arbeidscontract factuur facturen bon kassabon
uitnodiging uitnodigingen herinnering herinneringen aanvraag aanvragen melding meldingen
verzoek verzoeken klacht klachten bezwaar hulpverlener hulpverlening
organisatie organisaties instantie instanties overheid dienst diensten afdeling team
bedrijf bedrijven winkel vereniging stichting kerk moskee bibliotheek buurthuis wijkteam
raadsman raadsvrouw raadslieden loket juridisch juridische
staat staan stond gestaan kwijt
wanneer hoelang hoeveel hoe waarom
ieder elke allebei beide
euro per procent
bijvoorbeeld namelijk eigenlijk natuurlijk gelukkig helaas jammer toevallig vooral ook nog
ongeveer minstens maximaal minimaal hoogstens uiterlijk uiteraard verder daarnaast bovendien
tenminste tenzij zolang zodra voordat nadat totdat
lees leest kijk let op pas vergeet vergeten vergat onthoud onthouden
ergens nergens overal altijd
mee terug weg door heen af toe uit aan op in om over na voorbij samen bij
rekeningnummer bankrekening bankrekeningnummer iban
jaarlijks maandelijks wekelijks dagelijks per jaar per maand per week
meneer mevrouw heer
verstuurd verstuurde ontvangen gekregen
gaat gaan ging komen komt
stopt stoppen begint beginnen
zelfstandig ondernemer zzp'er
kinderbijslag huurtoeslag zorgtoeslag kinderopvang kinderopvangtoeslag
boodschap boodschappen
aow ww wia uwv svb cjib duo cak digid bsn
"""

# Extra everyday words (nouns, verbs and adjectives of daily life) to reach a broad B1 list.
_MORE = """
aanbod aandacht aandeel aangeven aankoop aanpassen aanpassing aanwezig aard aarde acht achter
actie activiteit activiteiten adem advies adviseren afdeling afgesproken afkomst afloop aflopen
afrekening afstand afval afwezig akkoord algemeen algemene allang alleen allerlei alsof ambulance
angst antwoord apparaat arbeid arm arme armoede artikel aantal aanbieden aanraden aanspreken
baan bak bal band basis bed bedanken bedenken bedoeling beetje begeleiden begeleiding begrip
behandelen behandeling beide beeld been beginnen bekijken beleid belofte beloven benodigd
bereiken bereikbaar beschikbaar beschrijven beschermen bescherming besteden bestellen bestelling
bestemd bestuur betrokken beurt bevallen bewoner bewoners bezitten bezit bezoeken bijdrage
bijhouden bijna bijzonder binnenkort blad blauw bleek blijkbaar bloem bloemen bodem boek boeken
boer bord bos boven braaf breed breken brengen broek brood brug buik buiten bureau bus buurt
cadeau camera centrum certificaat cijfer cijfers club college computer contact contant controle
cultuur daarom dak dankbaar dat datum deel deelnemen denken dichtbij dier dieren dik dokter
doos doorgeven dorp draaien dragen dromen droom duidelijk durven duur echter eens eerlijk eind
elektrisch emotie energie enkel enkele erg ervaring ervaringen eten even feest fiets film
financieel financiële fles formeel fout foto fruit gebeuren gebeurt gebeurde gebeurd geboorte
gedrag geduld gedurende geel geest gegeven gehele geld geleden gelijk geluid geluk gemak
gemakkelijk gemiddeld genoeg gerecht gesloten getal geval gevallen gevaar gevaarlijk gevoel
gewicht gezicht gezin glas god goud graag gras grens grijs groen grond groep groepen grootte
haast haar hal halen handig hangen hard haren hart haven hebben heet helemaal helpen helder
herfst herhalen hetzelfde hier hoek hond hoofd hoog hoop horen houden hulp humor huren idee
iedereen ijs immers informeren ingewikkeld inhoud inkomen inleveren instelling intussen
jaar jas jong jongeren jurk kaas kabel kamer kans kant kantoor kapot karakter kast kat keer kennis
kerk ketting kiezen kijken kind kip klaar klacht klas klein kleur kleuren klok klopt knop koken
komst kopen koning korting kosten koud kracht krant kruis kunst kwaliteit kwestie laatst land
lang lawaai leeftijd leeg leiden leider lekker lenen leren les letter leuk leven lezen licht
lid lief liefde liegen liggen lijn lijst lucht lunch maal maaltijd maat machine maken manier
mannen markt materiaal medisch meenemen meer meisje melk menen merk mes methode meubel midden
minuut mis modern moed moeite moment mond mooi motor muziek nacht nadeel naam natuur nemen
netjes neus niveau nodig noord noorden nummer ochtend oefenen oefening ogen oké olie omgeving
onderdeel onderwijs onderzoek ongeluk ontbijt ontmoeten ontwikkelen oog oorlog oost oosten
opa oplossen oppassen opvang opvoeding opvallen oranje orde ouder overal overdag overleg
overleggen overzicht paar pagina pak papier park pas pauze pen pijn plaats plan plant plastic
plat plek plezier politiek pomp populair positief praktisch prijs prima privé proces product
programma project punt raam raad rapport recept regen reis rekenen reparatie repareren rest
restaurant resultaat richting rij rijk rijst ring risico rok rond rood rug ruimte rust saai
samen samenleving schaal school schoen schrijven schuld sfeer slaap sleutel slim smaak sneeuw
soep sport spreken stad stap steen stem sterk stil stoel stof storen straks stroom student
stuk suiker systeem taak taart tafel tand tas team techniek telefoon televisie temperatuur
terrein test thee thuis tijdschrift titel toekomst toilet tol toon totaal trein trots tuin tv
type uitgaan uitgaven uitleggen uitnodigen uitstel vaak vakantie vallen van varen vast veilig
veiligheid ver verantwoordelijk verbeteren verbinding verblijf verdienen vergeten vergelijken
vergunning verhaal verhuizing verjaardag verkeerd verkoop verlof verplicht verplichte
verschil verschillende verslag verstand vertellen vertrekken vertrouwen vervelend vervoer
verwachten verwijderen verzamelen vet vies vinger vis vlees vloer voedsel voeten voetbal vogel
volgen volgens volk volwassen volwassene volwassenen voorbeeld voordeel voorkeur voorstel
voorwaarde voorwaarden vorm vraag vrede vreemd vrij vroeg vuur waar waarde wachten wakker
wand wanneer warm wassen water wedstrijd weer weinig wens werk west westen wet wijn wind winter
wit woord zaal zak zand zee zeep zeker zetten ziek zijde zilver zin zingen zitten zoet zomer zon
zoon zorgen zout zuid zuiden zuster zwart zwemmen
aankomst aanleiding aanpak aanvullend aanvullende achternaam achteraf actueel afdrukken afleveren
afschrijving afsluiten afwachten akte alarm ander apparaten arbeidsmarkt automatisch
bankpas basisschool bedrijfsarts begeleider begroting behoefte bekend belangrijkste belasting
beroepen bestand bestuurder betreft bewijsstuk bezorgen bijwerken blijft boekje
briefje buitenland buitenlands burgerzaken contactpersoon contract crisis dagelijks deelname
detail digitale direct doorsturen dossier drukken eerstvolgende eigenaar einddatum emailadres
gegevens geldig geleend gemeentelijke geregeld gevraagde gewijzigd gezamenlijk goedkeuren
hoogte huishouden huisarts huishoudelijke identiteitskaart ingang inloggen inschrijving
instructie instructies jaarlijkse kantoren klantnummer kosteloos kwijtraken leefgeld
leeftijdsgrens lidmaatschap loket maandbedrag meerdere middelen nabij noodzakelijk
ondersteunen ondertekenen onderzoeken ontslag opnieuw opgeven oproep paspoort pensioenfonds
persoonsgegevens postbus rekeningen reactie reageren registratie reservering samenvatting
schriftelijk spoed spoedig status stoppen telefonisch telefoonnummer termijn toestemming
uitbetalen uitbetaling uitgave uitzendbureau vakantiegeld verblijfsvergunning verlengen
verlenging verschuldigd vervolg verwerken verwerkt volledig volledige voorlopig voorlopige
vorderen vrijwilliger vrijwilligers werkloos werkzoekende woonkosten zoektocht zorgverzekering
afhankelijk verbruik aanwijzing ingeleverd gemeld loonbeslag minimum minimumloon bijstand
uitvoeren uitgevoerd opgelegd ondersteund geholpen behandeld vastgesteld verlaagd verhoogd
teruggeven teruggave terugkrijgen verzekerd verzekeraar verzekeraars apart heffing heffingen
aangifte aanslag vergoeding vergoeden vergoed verhoging verlaging
ontvangst vermelding betaalbaar onbetaald betaald inleveren
hoeft hoeven hoefde eronder erboven sociaal sociale straf straffen uiterste officier justitie bruto netto
wettelijk wettelijke ten minste gratis raadsman
"""

WORDS: frozenset[str] = frozenset(w.lower() for w in (_TEXT + _MORE).split())
