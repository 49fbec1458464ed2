"""Demo learning modules for the Kjentmann programme (Norwegian bokmål).

Each module is a list of sections (one page each) made of content blocks, followed by a quiz in
which every answer carries feedback. Block kinds: paragraph, fact_box, signal_list, reflection, quote.
"""

from typing import Any

MODULES: list[dict[str, Any]] = [
    {
        "slug": "signaler-pa-rusbruk",
        "title": "Signaler på rusbruk hos elever",
        "intro": (
            "Hvordan ser tidlige tegn på problematisk rusbruk ut i skolehverdagen, og hvordan skiller du en "
            "magefølelse fra det du faktisk vet? Her får du et språk og et verktøy for å se, notere og handle klokt."
        ),
        "minutes": 25,
        "sections": [
            {
                "heading": "Hvorfor de første tegnene er vanskelige å lese",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Lærere, rådgivere og miljøarbeidere treffer elevene nesten hver dag, måned etter "
                            "måned. Det gir skolen en sjelden mulighet til å legge merke til at noe forandrer seg – "
                            "ofte før eleven selv eller foreldrene har satt ord på det.</p><p>Likevel er dette "
                            "krevende. De aller første tegnene på at rusbruken hos en elev er på vei til å bli et "
                            "problem, sier sjelden noe entydig. Trøtthet, humørsvingninger, nye venner og mindre "
                            "innsats hører også med til en helt vanlig ungdomstid. Mange velger derfor å vente og se, "
                            "og imens kan problemet få vokse.</p><p>Kjentmannen hjelper skolen å finne balansen "
                            "mellom to feil: å se bort fra en elev som trenger hjelp, og å slå så hardt ned at eleven "
                            "skyves bort fra skolen. Begge deler kan gjøre vondt verre.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Tall som viser utfordringen",
                            "text": (
                                "<p>I en nasjonal kartlegging blant kommuneansatte oppga nesten <strong>sju av "
                                "ti</strong> lærere på ungdomstrinnet at det er vanskelig for dem å se tegn på "
                                "problematisk rusbruk hos elever. <strong>Fire av ti</strong> visste ikke hvem de "
                                "kunne kontakte. Samtidig oppgir omtrent <strong>fem prosent</strong> av "
                                "ungdomsskoleelevene i Ungdata at de har brukt hasj.</p><p>I tillegg vokser omkring "
                                "<strong>90 000</strong> norske barn og unge opp med minst én forelder som har et "
                                "rusproblem. Det tilsvarer to eller tre elever i hver klasse – elever som kan vise "
                                "tegn på at noe er vanskelig, uten at de selv bruker rusmidler.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Det var aldri én enkelt ting som fikk meg til å reagere. Det var at mange små ting "
                                "endret seg samtidig, over noen få uker."
                            ),
                            "source": "Kjentmann på en videregående skole",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tenk tilbake på en gang du ble urolig for en elev. Hva var det konkret du la merke "
                                "til, og hva gjorde at du handlet – eller at du ventet?"
                            ),
                            "help": (
                                "Svaret ditt er bare synlig for deg. Skriv generelt og uten navn eller andre "
                                "kjennetegn."
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Hva kan endre seg?",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Rusbruk viser seg oftest som <strong>endringer</strong> hos en elev, ikke som én "
                            "dramatisk hendelse. Det er mønsteret over tid du skal se etter. Disse områdene er særlig "
                            "verdt å følge med på:</p><ul><li><strong>Skolearbeid og oppmøte:</strong> karakterene "
                            "faller, lekser og innleveringer uteblir, eleven glemmer utstyr, kommer for sent eller "
                            "har økende fravær – gjerne på mandager og etter fester.</li><li><strong>Atferd og "
                            "humør:</strong> eleven blir mer irritabel, sint eller likegyldig enn før, svinger mye i "
                            "humøret, trekker seg unna eller virker urolig og engstelig.</li><li><strong>Venner og "
                            "tilhørighet:</strong> eleven bytter vennegjeng, havner i konflikt med gamle venner eller "
                            "slutter på fritidsaktiviteter.</li><li><strong>Utseende og kropp:</strong> tydelig "
                            "trøtthet over lang tid, røde øyne, endret matlyst eller at eleven bryr seg mindre om "
                            "klær og hygiene.</li><li><strong>Penger og hemmelighold:</strong> uforklarlig mye eller "
                            "lite penger, lån som ikke betales tilbake, tyveri, eller at eleven blir svært lukket om "
                            "hvor og med hvem tiden brukes.</li></ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Hvordan en påvirket elev virker i timen, kommer an på stoffet. Etter cannabis kan "
                            "eleven fremstå treg, fjern og vanskelig å få kontakt med. Etter amfetamin eller andre "
                            "sentralstimulerende stoffer kan det motsatte skje: eleven er oppspilt, snakker mye og "
                            "virker nesten påfallende engasjert.</p><p>Husk at ingen av disse tegnene er bevis. "
                            "Akkurat de samme endringene kan komme av psykiske plager, mobbing, sorg, brudd i et "
                            "forhold, vanskelige forhold hjemme eller mye gaming om natta. Rus kan også være en måte "
                            "å dempe vonde følelser på, og kan da forstås som en form for indirekte selvskading. Det "
                            "signalene først og fremst forteller deg, er at eleven trenger en voksen som spør.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Fravær henger sammen med rus",
                            "text": (
                                "<p>Både norske og internasjonale studier finner en tydelig sammenheng: Elever med "
                                "mye skulk har i gjennomsnitt et høyere forbruk av både alkohol og narkotika enn "
                                "andre elever. Fravær er derfor et signal som bør følges opp tidlig – også fordi mye "
                                "fravær i seg selv øker risikoen for at eleven ikke fullfører skolen.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Gult og rødt: et verktøy for å sortere signaler",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Et enkelt fargesystem kan hjelpe deg å vurdere hvor alvorlig situasjonen er. "
                            "<strong>Gult</strong> betyr at eleven er sårbar: Voksne bør følge med, notere og ta en "
                            "samtale. <strong>Rødt</strong> betyr at situasjonen er alvorlig og at noen må handle "
                            "nå.</p><p>Fargene er en hjelp til å tenke, ikke en oppskrift. Ingen liste fanger opp "
                            "alt, og hvilken farge en situasjon har, avgjør du ikke alene, men i dialog med nærmeste "
                            "leder og andre med fagkompetanse.</p>"
                        ),
                    ),
                    (
                        "signal_list",
                        {
                            "title": "Oppdager: tegn på rusbruk hos elever",
                            "intro": (
                                "Bruk listen til å sortere det du har sett og hørt. Flere gule tegn samtidig, eller "
                                "gule tegn som varer over tid, kan til sammen være grunn til å handle raskere."
                            ),
                            "yellow": [
                                "Fraværet øker, særlig etter helger og fridager",
                                "Karakterene faller, og innleveringer uteblir",
                                "Eleven er tydelig sliten eller ukonsentrert uke etter uke",
                                "Ny vennegjeng, brudd med gamle venner eller slutt på fritidsaktiviteter",
                                "Humørsvingninger, irritabilitet eller tilbaketrekking",
                                "Endret matlyst, eller mindre omsorg for klær og hygiene",
                                "Medelever forteller at de er bekymret for hvordan eleven har det på fest",
                                "Hemmelighold om penger, mobil eller hvor eleven har vært",
                            ],
                            "red": [
                                "Eleven møter ruspåvirket på skolen eller ruser seg i skoletiden",
                                "Mistanke om at eleven selger eller formidler rusmidler",
                                "Tegn på forgiftning, som at eleven er vanskelig å vekke eller puster dårlig",
                                "Eleven blander rusmidler, tar piller uten resept eller ruser seg daglig",
                                "Tyveri, gjeld eller press fra noen eleven skylder penger",
                                "Eleven snakker om selvskading eller selvmord, eller virker sterkt paranoid",
                                "Mistanke om vold, overgrep eller alvorlig omsorgssvikt i hjemmet",
                            ],
                            "advice": (
                                "<p><strong>Gult:</strong> Skriv ned hva du har sett, når og i hvilken situasjon. "
                                "Snakk med Kjentmannen eller nærmeste leder, og avklar hvem som skal ta en samtale "
                                "med eleven. Følg med over tid.</p><p><strong>Rødt:</strong> Handle samme dag. Er liv "
                                "eller helse i fare, ring 113 for medisinsk nødhjelp eller 112 for politiet. Varsle "
                                "ledelsen. Ved alvorlig bekymring skal barnevernet ha en bekymringsmelding. Er det "
                                "mistanke om vold eller overgrep hjemme, skal foreldrene <em>ikke</em> informeres før "
                                "barnevernet eller politiet er varslet.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Er en elev ruspåvirket på skolen, skal eleven ikke være i undervisningen den dagen, "
                            "men skolen har fortsatt ansvar for at eleven er trygg. Elever på ungdomstrinnet blir som "
                            "regel hentet av foreldrene. For elever på videregående avgjør skolen fra sak til sak om "
                            "foreldrene skal varsles – men eleven skal uansett ha en voksen hos seg til det er trygt "
                            "å la eleven gå. Skolen kan ikke kreve at eleven tar en rustest.</p><p>Gi tydelig beskjed "
                            "om at eleven er velkommen tilbake neste dag uten rus, og at skolen ønsker en samtale. Å "
                            "holde eleven borte i flere dager skaper avstand og øker faren for at eleven glipper "
                            "helt.</p>"
                        ),
                    ),
                ],
            },
            {
                "heading": "Fra bekymring til kunnskap",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>En bekymring er en antakelse, ikke et faktum. For å komme videre på en ryddig måte "
                            "kan du sortere tankene dine i tre bolker:</p><ul><li><strong>Det du vet:</strong> det du "
                            "selv har sett, hørt eller kjent, som fraværstimer, en prøve som ikke ble levert, eller "
                            "en lukt i klasserommet.</li><li><strong>Det du tror:</strong> tolkningen din, for "
                            "eksempel at eleven røyker hasj med de nye vennene.</li><li><strong>Det du lurer "
                            "på:</strong> spørsmålene du vil ha svar på, som hvordan eleven egentlig har "
                            "det.</li></ul><p>Når du snakker med eleven, kolleger eller foreldre, bør det du vet og "
                            "det du lurer på få mest plass. Tolkninger som legges fram som sannheter, skaper lett "
                            "forsvar og mistillit.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Du trenger ikke være sikker for å ta en samtale – en ærlig bekymring er grunn nok. "
                            "Den viktigste kilden til å forstå hva som skjer, er dessuten eleven selv, og eleven bør "
                            "derfor involveres tidlig.</p><p>Enkeltobservasjoner gir ofte først mening når de ses "
                            "sammen. Kanskje har norsklæreren merket manglende innleveringer, kontaktlæreren fraværet "
                            "og en miljøarbeider at eleven har fått nye venner. Kjentmannen kan samordne denne "
                            "informasjonen på skolen, innenfor reglene om taushetsplikt. Hensikten er å forstå og "
                            "hjelpe eleven – ikke å etterforske.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Slik noterer du en observasjon",
                            "text": (
                                "<ul><li>Dato, tid og situasjon</li><li>Hva du konkret så eller hørte – med nøytrale "
                                "ord</li><li>Hva som er nytt sammenlignet med tidligere</li><li>Hvem du har delt "
                                "observasjonen med</li></ul><p>Oppbevar notatene trygt, og skriv dem slik at du kunne "
                                "vist dem til eleven.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Ta utgangspunkt i en tenkt bekymring for en elev og skriv den i tre kolonner: det du "
                                "vet, det du tror og det du lurer på. Hva skjer med bekymringen når du sorterer den "
                                "slik?"
                            ),
                            "help": "Bruk et oppdiktet eksempel. Svaret er bare synlig for deg.",
                        },
                    ),
                ],
            },
        ],
        "pass_mark": 80,
        "max_attempts": None,
        "questions": [
            {
                "type": "single",
                "question": (
                    "Hva kjennetegner ofte de aller første signalene på at en elev har begynt å få problemer med rus?"
                ),
                "explanation": (
                    "Tidlige tegn er uklare og ligner vanlig ungdomsatferd. Derfor ser Kjentmannen etter endringer og "
                    "mønstre over tid, ikke etter enkelthendelser."
                ),
                "options": [
                    {
                        "text": "De er tydelige og lette å skille fra vanlig tenåringsatferd",
                        "correct": False,
                        "feedback": (
                            "Det er nettopp motsatt: De første tegnene ligner ofte helt vanlige endringer i "
                            "ungdomstiden, og det er derfor de er vanskelige å fange opp."
                        ),
                    },
                    {
                        "text": "De er uklare og kan ligne vanlig ungdomsatferd",
                        "correct": True,
                        "feedback": (
                            "Riktig. Fordi signalene er tvetydige, er det lett å vente og se – derfor må du se på "
                            "mønsteret over tid."
                        ),
                    },
                    {
                        "text": "De viser seg nesten alltid først ved at eleven er ruspåvirket i skoletiden",
                        "correct": False,
                        "feedback": (
                            "Å møte ruset på skolen er et alvorlig tegn, men det kommer sjelden først. Endringer i "
                            "fravær, humør og vennskap viser seg gjerne tidligere."
                        ),
                    },
                    {
                        "text": "De oppdages som regel først av foreldrene",
                        "correct": False,
                        "feedback": (
                            "Skolen ser eleven nesten daglig og over lang tid, og legger ofte merke til endringer før "
                            "noen andre har satt ord på dem."
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "question": (
                    "Hvilke av disse observasjonene hører hjemme i den gule kategorien – tegn du skal følge med på og "
                    "snakke med eleven om?"
                ),
                "explanation": (
                    "Gult gjelder tegn på sårbarhet som krever oppmerksomhet og samtale. Ruspåvirkning i skoletiden "
                    "og mistanke om salg er røde tegn som krever handling samme dag."
                ),
                "options": [
                    {
                        "text": "Fravær som øker, særlig etter helger",
                        "correct": True,
                        "feedback": (
                            "Riktig. Økende fravær er et typisk gult tegn som bør noteres og følges opp med en samtale."
                        ),
                    },
                    {
                        "text": "Nye venner og slutt på en fritidsaktivitet",
                        "correct": True,
                        "feedback": (
                            "Riktig. Endret tilhørighet kan ha mange forklaringer, men er verdt å følge med på."
                        ),
                    },
                    {
                        "text": "Fallende karakterer og manglende innleveringer",
                        "correct": True,
                        "feedback": (
                            "Riktig. Svakere skoleprestasjoner er et vanlig tidlig signal, og hører til i gul kategori."
                        ),
                    },
                    {
                        "text": "En elev møter tydelig ruspåvirket til første time",
                        "correct": False,
                        "feedback": (
                            "Dette er et rødt tegn. Eleven skal ut av undervisningen, ha tilsyn, og skolen må handle "
                            "samme dag."
                        ),
                    },
                    {
                        "text": "Mistanke om at en elev selger hasj i friminuttene",
                        "correct": False,
                        "feedback": (
                            "Salg av rusmidler er et rødt tegn og en sak som også angår politiet. Det krever handling "
                            "nå, ikke bare observasjon."
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Du er bekymret for en elev. Hvilke av disse utsagnene beskriver noe du faktisk vet?",
                "explanation": (
                    "Det du vet, er det du selv har sett, hørt eller kjent. Tolkninger om hva som ligger bak, hører "
                    "til det du tror, og bør legges fram som spørsmål."
                ),
                "options": [
                    {
                        "text": "Eleven har hatt sju fraværsdager den siste måneden",
                        "correct": True,
                        "feedback": "Riktig. Registrert fravær er en konkret observasjon du kan vise til.",
                    },
                    {
                        "text": "Eleven har ikke levert de to siste innleveringene i samfunnsfag",
                        "correct": True,
                        "feedback": "Riktig. Dette er et faktum du kan dokumentere og ta opp på en nøytral måte.",
                    },
                    {
                        "text": "Eleven har begynt å røyke hasj med de nye vennene sine",
                        "correct": False,
                        "feedback": (
                            "Dette er en tolkning – noe du tror. Legger du det fram som et faktum, går eleven lett i "
                            "forsvar."
                        ),
                    },
                    {
                        "text": "Jeg kjente en søtlig lukt i klasserommet etter lunsj",
                        "correct": True,
                        "feedback": (
                            "Riktig. Det du selv har luktet, er en observasjon – men hva lukten betyr, er en tolkning."
                        ),
                    },
                    {
                        "text": "Eleven har det nok vanskelig hjemme",
                        "correct": False,
                        "feedback": (
                            "Dette er en antakelse. Det kan være noe du lurer på og vil spørre om, men ikke noe du vet."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "Hvis en elev viser flere av signalene i oppdagerlisten, er det bevist at eleven bruker rusmidler."
                ),
                "explanation": (
                    "Signalene er grunn til å bry seg og spørre, ikke bevis. De samme endringene kan skyldes mange "
                    "andre forhold i elevens liv."
                ),
                "answer": False,
                "feedback_true": (
                    "Nei. De samme endringene kan komme av psykiske plager, problemer hjemme, mobbing eller sorg, så "
                    "signalene er en grunn til å spørre – ikke et bevis."
                ),
                "feedback_false": (
                    "Riktig. Signalene beviser ingenting, men de forteller deg at eleven trenger en voksen som bryr "
                    "seg og spør."
                ),
            },
            {
                "type": "single",
                "question": "En elev er tydelig ruspåvirket i skoletiden. Hva er en god håndtering?",
                "explanation": (
                    "Eleven skal ikke være i undervisningen ruspåvirket, men skolen har ansvar for elevens sikkerhet "
                    "og for å holde fast i eleven. Skolen kan ikke kreve rustest."
                ),
                "options": [
                    {
                        "text": "Eleven sendes hjem alene og får beskjed om å holde seg borte resten av uka",
                        "correct": False,
                        "feedback": (
                            "Å sende eleven alene er uforsvarlig, og flere dagers fravær øker faren for at eleven "
                            "glipper helt fra skolen."
                        ),
                    },
                    {
                        "text": (
                            "Eleven tas ut av undervisningen, får tilsyn og får vite at skolen venter på en rusfri "
                            "elev neste dag"
                        ),
                        "correct": True,
                        "feedback": (
                            "Riktig. Slik ivaretar skolen både sikkerheten og relasjonen, og åpner for en samtale "
                            "etterpå."
                        ),
                    },
                    {
                        "text": "Eleven får bli i timen så lenge det ikke forstyrrer de andre",
                        "correct": False,
                        "feedback": (
                            "Ruspåvirkning hører ikke hjemme i skoletiden, og eleven kan trenge tilsyn. Å la det "
                            "passere gir dessuten et uklart signal."
                        ),
                    },
                    {
                        "text": "Skolen krever en urinprøve før eleven får komme tilbake",
                        "correct": False,
                        "feedback": (
                            "Ingen lov gir skolen rett til å kreve rustest, og det eleven trenger, er en samtale."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "Ved mistanke om at en elev utsettes for vold eller overgrep hjemme, bør foreldrene få beskjed "
                    "før barnevernet varsles."
                ),
                "explanation": (
                    "Når mistanken gjelder vold eller overgrep i hjemmet, skal barnevernet eller politiet varsles "
                    "først, slik at eleven ikke utsettes for mer fare."
                ),
                "answer": False,
                "feedback_true": (
                    "Nei. Ved mistanke om vold eller overgrep i hjemmet skal foreldrene ikke informeres på forhånd, "
                    "fordi det kan sette eleven i fare."
                ),
                "feedback_false": (
                    "Riktig. I slike saker varsles barnevernet eller politiet først, og foreldrene informeres ikke på "
                    "forhånd."
                ),
            },
            {
                "type": "single",
                "question": "Hvorfor kan det være nyttig at Kjentmannen samler observasjoner fra flere kolleger?",
                "explanation": (
                    "Små observasjoner fra ulike voksne kan til sammen gi et tydeligere bilde. Hensikten er å forstå "
                    "og hjelpe, og eleven bør involveres tidlig."
                ),
                "options": [
                    {
                        "text": "Fordi enkeltobservasjoner ofte først gir mening når de ses i sammenheng",
                        "correct": True,
                        "feedback": (
                            "Riktig. Fravær hos én lærer og manglende innleveringer hos en annen kan til sammen vise "
                            "et mønster."
                        ),
                    },
                    {
                        "text": "Fordi skolen må ha bevis før noen kan snakke med eleven",
                        "correct": False,
                        "feedback": (
                            "Du trenger ikke bevis for å ta en omsorgsfull samtale – en ærlig bekymring er grunn nok."
                        ),
                    },
                    {
                        "text": "Fordi Kjentmannen skal etterforske saken",
                        "correct": False,
                        "feedback": (
                            "Kjentmannen driver ikke etterforskning. Målet er å forstå elevens situasjon og hjelpe."
                        ),
                    },
                    {
                        "text": "Fordi eleven ikke bør involveres før alt er kartlagt",
                        "correct": False,
                        "feedback": (
                            "Eleven er den viktigste kilden til å forstå hva som skjer, og bør involveres tidlig."
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvilke forhold kan gi de samme endringene som rusbruk?",
                "explanation": (
                    "Endringer i humør, fravær og vennskap har mange mulige årsaker. Derfor skal du spørre og "
                    "utforske, ikke konkludere."
                ),
                "options": [
                    {
                        "text": "Psykiske plager som angst eller depresjon",
                        "correct": True,
                        "feedback": (
                            "Riktig. Psykiske vansker kan gi tilbaketrekking, trøtthet og konsentrasjonsvansker."
                        ),
                    },
                    {
                        "text": "En forelder med rusproblemer",
                        "correct": True,
                        "feedback": (
                            "Riktig. Elever som lever med rus i familien, kan vise tegn på at noe er galt uten å ruse "
                            "seg selv."
                        ),
                    },
                    {
                        "text": "Gaming om natta som snur døgnet",
                        "correct": True,
                        "feedback": "Riktig. Påfallende trøtthet kan like gjerne skyldes for lite søvn.",
                    },
                    {
                        "text": "Ingen andre forhold – disse tegnene gjelder bare rus",
                        "correct": False,
                        "feedback": (
                            "Feil. Tegnene er uspesifikke, og nettopp derfor må du snakke med eleven i stedet for å "
                            "trekke konklusjoner."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": (
                    "Omtrent hvor mange lærere på ungdomstrinnet opplever det som vanskelig å kjenne igjen "
                    "problematisk rusbruk hos elever?"
                ),
                "explanation": (
                    "Nesten sju av ti lærere på ungdomstrinnet synes dette er vanskelig, og fire av ti vet ikke hvem "
                    "de skal kontakte. Det er en viktig grunn til at skoler trenger en Kjentmann."
                ),
                "options": [
                    {
                        "text": "Omtrent én av ti",
                        "correct": False,
                        "feedback": "Det er langt flere. Andelen som synes dette er vanskelig, er nesten sju av ti.",
                    },
                    {
                        "text": "Omtrent tre av ti",
                        "correct": False,
                        "feedback": "For lavt. Kartleggingen viste at nesten sju av ti lærere strever med dette.",
                    },
                    {
                        "text": "Nesten sju av ti",
                        "correct": True,
                        "feedback": "Riktig. Et klart flertall av lærerne opplever at det er vanskelig å se tegnene.",
                    },
                    {
                        "text": "Så godt som alle",
                        "correct": False,
                        "feedback": "For høyt, men andelen er likevel stor: nesten sju av ti.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "fakta-om-rusmidler",
        "title": "Fakta om rusmidler og bruksmønstre",
        "intro": (
            "Hvilke rusmidler møter elevene, hva gjør de med kropp og hode, og når glir bruk over i problematisk bruk "
            "og avhengighet? Med saklig kunnskap blir det lettere å snakke trygt om rus."
        ),
        "minutes": 30,
        "sections": [
            {
                "heading": "Fra å prøve til å bli avhengig",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Rusbruk er ikke et spørsmål om enten–eller. Det er nyttig å tenke seg et forløp med "
                            "flere trinn, der de aller fleste unge aldri kommer forbi de første. Overgangene er "
                            "glidende og avhenger av stoff, mengde, situasjon og hvilke konsekvenser bruken "
                            "får.</p><ol><li><strong>Eksperimentering:</strong> Den unge er nysgjerrig, prøver ut og "
                            "tøyer grenser, oftest sammen med andre. For mange stopper det der. Likevel kan en enkelt "
                            "kveld med kraftig beruselse være farlig nok.</li><li><strong>Regelmessig bruk:</strong> "
                            "Rusen blir en fast del av helgene, festene eller samværet med bestemte venner. Bruken "
                            "planlegges og forventes, og risikoen stiger med "
                            "hyppigheten.</li><li><strong>Problematisk bruk:</strong> Rusen får merkbare følger for "
                            "skolearbeid, helse, familie eller vennskap. Fortsetter den unge selv om skadene er "
                            "tydelige, brukes ofte ordene misbruk eller skadelig "
                            "bruk.</li><li><strong>Avhengighet:</strong> Rusmiddelet har fått en så sentral plass at "
                            "den unge bruker det for å fungere – for å kjenne velvære, eller for å holde abstinens og "
                            "uro borte.</li></ol>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "WHOs seks kriterier for avhengighet",
                            "text": (
                                "<p>Ifølge WHOs diagnosesystem regnes en person som avhengig når <strong>minst "
                                "tre</strong> av disse seks kjennetegnene er til "
                                "stede:</p><ol><li><strong>Sug:</strong> en sterk lyst eller trang etter "
                                "rusmiddelet.</li><li><strong>Svekket kontroll:</strong> vansker med å styre når og "
                                "hvor mye man bruker, eller med å kutte ned og "
                                "slutte.</li><li><strong>Abstinens:</strong> kroppen reagerer med ubehag når bruken "
                                "stopper, eller man bruker for å dempe eller unngå slike "
                                "plager.</li><li><strong>Toleranse:</strong> det trengs stadig mer for å få den "
                                "virkningen man fikk før.</li><li><strong>Rusen tar over:</strong> interesser, "
                                "plikter og andre gleder skyves til side, og mye tid går med til å skaffe, bruke og "
                                "komme seg etter rusen.</li><li><strong>Fortsatt bruk tross skade:</strong> man "
                                "holder fram selv om man vet at bruken skader helsen eller livet ellers.</li></ol>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Jo tidligere i livet en ungdom begynner å drikke eller ruse seg, desto større er "
                            "sjansen for at bruken blir omfattende senere i ungdomstiden. Å utsette debuten er derfor "
                            "et av de viktigste målene i forebyggingen. De som debuterer tidlig med alkohol, prøver "
                            "også oftere andre stoffer, og mange av dem strever samtidig på andre områder – hjemme, "
                            "på skolen eller med den psykiske helsen.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tenk på elevgruppen du kjenner best. Hvor i forløpet fra eksperimentering til "
                                "avhengighet tror du de fleste befinner seg, og hva bygger du det inntrykket på?"
                            ),
                            "help": "Skriv om gruppen generelt – ikke om enkeltelever.",
                        },
                    ),
                ],
            },
            {
                "heading": "Alkohol og cannabis",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p><strong>Alkohol</strong> er rusmiddelet flest unge bruker, og det som samlet sett "
                            "fører til mest skade. Den gode nyheten er at dagens ungdom drikker mindre enn tidligere "
                            "generasjoner: I 2017 svarte 88 prosent av ungdomsskoleelevene at de ikke hadde vært "
                            "beruset det siste året. Gjennomsnittsalderen for første alkoholenhet har i mange år "
                            "ligget rundt 15 år.</p><p>Med alkohol i blodet tenker man mindre over konsekvenser og "
                            "handler lettere på impuls. Det gir høyere risiko for ulykker, for å havne i slåsskamper "
                            "– som offer eller utøver – og for å bli utsatt for seksuelle overgrep. Store mengder er "
                            "giftig: En promille på omkring 3 kan være nok til å ta livet av et menneske. Blandes "
                            "alkohol med dempende legemidler eller rusmidler, som benzodiazepiner, GHB eller "
                            "opioider, kan langt lavere promille være livsfarlig. Alvorlig alkoholforgiftning krever "
                            "alltid legehjelp.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Aldersgrenser for alkohol",
                            "text": (
                                "<p>Øl og vin kan ikke selges eller skjenkes til noen under 18 år, og brennevin ikke "
                                "til noen under 20. Heller ikke voksne eller eldre venner har lov til å skaffe eller "
                                "spandere alkohol på noen som er under 18. Helsemyndighetenes råd er at barn og unge "
                                "under 18 ikke drikker alkohol i det hele tatt.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p><strong>Cannabis</strong> – hasj, marihuana og cannabisolje – er det ulovlige "
                            "rusmiddelet som brukes mest i Norge, også blant ungdom. Virkestoffet THC løser seg i "
                            "fett og blir liggende i kroppen, slik at det bygger seg opp hos den som bruker jevnlig. "
                            "Produktene er dessuten blitt sterkere: På ti år har mengden THC i hasj blitt nesten tre "
                            "ganger så høy, mens det er blitt mindre CBD – et stoff som ellers demper noe av det "
                            "ubehagelige ved rusen.</p><p>Det vanligste er å røyke cannabis blandet med tobakk, men "
                            "det kan også spises, drikkes eller dampes i e-sigarett. Når det spises, kommer "
                            "virkningen sent, og det er lett å ta for mye. Rusen kan gjøre brukeren rolig, fnisete og "
                            "pratsom, med sterkere sanseinntrykk og endret tidsfølelse, men kan også gi angst og "
                            "paranoia. Den som bruker mye og ofte, blir gjerne passiv og mister driven. Over tid kan "
                            "cannabis bidra til angst og depresjon, og hos noen utløse en "
                            "psykose.</p><p><strong>Syntetiske cannabinoider</strong> etterligner cannabisrusen, men "
                            "kan være mange ganger sterkere og er svært vanskelige å dosere. De har gitt alvorlige "
                            "forgiftninger og psykoser.</p>"
                        ),
                    ),
                ],
            },
            {
                "heading": "Snus, nikotin og vanedannende legemidler",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p><strong>Snus og andre nikotinprodukter</strong> er utbredt blant ungdom, særlig på "
                            "videregående. Nikotin finnes også i produkter uten tobakk, som nikotinposer og "
                            "e-sigaretter. Stoffet er sterkt avhengighetsskapende, og ungdomshjernen er ekstra "
                            "mottakelig. Sug, rastløshet, irritabilitet og konsentrasjonsvansker når nikotinet "
                            "uteblir, kan komme etter kort tids bruk. Aldersgrensen for å kjøpe tobakk er 18 "
                            "år.</p><p>Snus er i seg selv ikke et tegn på at eleven bruker andre rusmidler. Men "
                            "tidlig bruk av tobakk og nikotin henger sammen med tidlig alkoholdebut og mer "
                            "eksperimentering med andre stoffer, og forebygging av alkohol, tobakk og narkotika bør "
                            "derfor ses i sammenheng.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><strong>Vanedannende legemidler</strong> er medisiner som kan gi rus og føre til "
                            "avhengighet. De to viktigste gruppene er:</p><ul><li><strong>Benzodiazepiner</strong> – "
                            "beroligende, angstdempende og sovemidler, for eksempel Valium, Sobril, Xanor og "
                            "Rivotril. Som rusmiddel tas de gjerne i mye høyere doser enn en lege ville skrevet ut, "
                            "og det sirkulerer også ulovlig produserte tabletter. Sammen med alkohol kan de gi "
                            "hukommelsestap, tap av kontroll og farlige handlinger. Høye doser kan gjøre noen urolige "
                            "og aggressive i stedet for rolige.</li><li><strong>Opioider</strong> – sterke "
                            "smertestillende som tramadol, oksykodon og kodein. De demper, tar bort smerte og gir en "
                            "følelse av velbehag, men kroppen venner seg fort til dem, og abstinensene kan bli "
                            "kraftige. For høye doser kan stanse pusten.</li></ul><p>Tabletter kjøpt utenfor apotek "
                            "er en egen fare. Piller som er solgt som Xanax eller oksykodon, har vist seg å inneholde "
                            "fentanyl – et opioid som er så sterkt at selv svært små mengder kan gi dødelig "
                            "overdose.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Blandingsbruk er ekstra farlig",
                            "text": (
                                "<p>Dempende stoffer – alkohol, benzodiazepiner, opioider og GHB – forsterker "
                                "virkningen av hverandre. Hver for seg kan dosen virke «trygg», men sammen kan de slå "
                                "ut pusten. Med GHB er avstanden mellom rusdose og overdose liten, og det finnes "
                                "ingen motgift.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Sentralstimulerende stoffer – kort fortalt",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Sentralstimulerende stoffer setter kroppen i høygir ved å øke mengden av "
                            "signalstoffene dopamin og noradrenalin i hjernen. Brukeren føler seg energisk, "
                            "selvsikker og pratsom, men pulsen, blodtrykket og kroppstemperaturen stiger, og "
                            "pupillene blir store. Det gir risiko for hjerterytmeforstyrrelser, hjerteinfarkt og "
                            "hjerneblødning – også hos unge som ellers er friske.</p><ul><li><strong>Kokain</strong> "
                            "gir en intens rus som bare varer i 15–60 minutter, noe som frister til å ta nye doser "
                            "tett. Stoffet er svært avhengighetsskapende, og nedturene kan gi angst og "
                            "depresjon.</li><li><strong>Amfetamin og metamfetamin</strong> gir rus i flere timer, tar "
                            "bort sult og søvnbehov og kan gi uro, aggresjon og – etter bruk flere døgn i strekk – "
                            "psykose. Det som selges som amfetamin, er ofte metamfetamin uten at kjøperen vet "
                            "det.</li><li><strong>MDMA/ecstasy</strong> virker etter en halv til en hel time, og "
                            "rusen holder seg i fire til åtte timer. Stoffet gir eufori og forsterkede sanseinntrykk, "
                            "men også overoppheting, kvalme og nedstemthet de påfølgende dagene.</li></ul><p>Blant "
                            "unge som bruker rusmidler, er det alkohol, cannabis, kokain og MDMA som går igjen "
                            "oftest. Heroin er lite utbredt i ungdomsmiljøer. Norske ungdommer har dessuten sjeldnere "
                            "prøvd narkotika enn ungdom i de fleste andre europeiske land.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Elevene kan ofte mer om stoffene enn vi tror. Det viktigste jeg gir dem, er ikke "
                                "flere fakta, men en voksen de kan snakke med uten å bli skremt eller avfeid."
                            ),
                            "source": "Kjentmann på en ungdomsskole",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvilke rusmidler tror du elevene på din skole snakker mest om? Hvor kan du finne "
                                "lokale tall, for eksempel fra Ungdata, for å sjekke om inntrykket ditt stemmer?"
                            ),
                            "help": "Noter gjerne hva du vil undersøke før neste samling.",
                        },
                    ),
                ],
            },
        ],
        "pass_mark": 75,
        "max_attempts": None,
        "questions": [
            {
                "type": "single",
                "question": "Når regnes en person som avhengig etter WHOs kriterier?",
                "explanation": (
                    "WHO beskriver seks kjennetegn på avhengighet. Minst tre av dem må være til stede for at en "
                    "person skal regnes som avhengig."
                ),
                "options": [
                    {
                        "text": "Når minst ett av kriteriene er oppfylt",
                        "correct": False,
                        "feedback": "Ett kriterium er ikke nok. Grensen går ved minst tre av de seks.",
                    },
                    {
                        "text": "Når minst tre av de seks kriteriene er oppfylt",
                        "correct": True,
                        "feedback": "Riktig. Tre eller flere av de seks kjennetegnene må være til stede.",
                    },
                    {
                        "text": "Først når alle seks kriteriene er oppfylt",
                        "correct": False,
                        "feedback": "Det er ikke nødvendig at alle seks er til stede – tre er nok.",
                    },
                    {
                        "text": "Når personen har brukt rusmiddelet daglig i en måned",
                        "correct": False,
                        "feedback": (
                            "Hyppighet alene avgjør ikke. Avhengighet beskrives ut fra kjennetegn som sug, "
                            "kontrolltap og abstinens."
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvilke av disse er blant WHOs kriterier for avhengighet?",
                "explanation": (
                    "De seks kriteriene er sug, svekket kontroll, abstinens, toleranse, at rusen tar over og fortsatt "
                    "bruk tross skade. Hvilket stoff det er, eller om det er lovlig, er ikke et kriterium."
                ),
                "options": [
                    {
                        "text": "Sterk trang eller sug etter rusmiddelet",
                        "correct": True,
                        "feedback": "Riktig. Sug er det første av de seks kriteriene.",
                    },
                    {
                        "text": "Toleranse – man trenger mer for å få samme virkning",
                        "correct": True,
                        "feedback": "Riktig. Økende toleranse er et av kjennetegnene.",
                    },
                    {
                        "text": "Abstinensplager, eller bruk for å unngå dem",
                        "correct": True,
                        "feedback": "Riktig. Abstinens og bruk for å holde abstinensen unna er et kriterium.",
                    },
                    {
                        "text": "At man har brukt et ulovlig rusmiddel",
                        "correct": False,
                        "feedback": (
                            "Feil. Man kan bli avhengig av lovlige stoffer som alkohol, og ulovlig bruk er i seg selv "
                            "ikke et tegn på avhengighet."
                        ),
                    },
                    {
                        "text": "At man drikker seg beruset i helgene",
                        "correct": False,
                        "feedback": (
                            "Feil. Helgefyll er risikofylt, men er ikke et av de seks kriteriene for avhengighet."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hvilken beskrivelse passer best på trinnet «problematisk bruk»?",
                "explanation": (
                    "Problematisk bruk kjennetegnes ved at rusen begynner å få merkbare følger i hverdagen. "
                    "Nysgjerrig utprøving er eksperimentering, og når kroppen krever stoffet, snakker vi om "
                    "avhengighet."
                ),
                "options": [
                    {
                        "text": "Den unge prøver et rusmiddel for første gang av nysgjerrighet",
                        "correct": False,
                        "feedback": "Dette beskriver eksperimentering, det første trinnet.",
                    },
                    {
                        "text": "Rusen begynner å gå ut over skole, helse, familie eller vennskap",
                        "correct": True,
                        "feedback": "Riktig. Når bruken får merkbare følger i hverdagen, er den blitt problematisk.",
                    },
                    {
                        "text": "Rusen er en fast del av helgene, men har ennå ingen merkbare følger",
                        "correct": False,
                        "feedback": "Dette passer best på regelmessig bruk – selv om risikoen øker med hyppigheten.",
                    },
                    {
                        "text": "Den unge trenger rusmiddelet for å fungere og holde abstinensen borte",
                        "correct": False,
                        "feedback": "Dette beskriver avhengighet, det siste trinnet i forløpet.",
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "Å blande alkohol med benzodiazepiner eller GHB kan være livsfarlig, selv ved lav promille."
                ),
                "explanation": (
                    "Dempende stoffer forsterker hverandre og kan til sammen slå ut pusten, selv når hver dose for "
                    "seg virker moderat."
                ),
                "answer": True,
                "feedback_true": (
                    "Riktig. Dempende stoffer forsterker hverandre, og sammen kan de hemme pusten selv om promillen "
                    "er lav."
                ),
                "feedback_false": (
                    "Feil. Alkohol sammen med benzodiazepiner eller GHB kan være dødelig, nettopp fordi stoffene "
                    "forsterker hverandre."
                ),
            },
            {
                "type": "multiple",
                "question": "Hvilke påstander om cannabis stemmer?",
                "explanation": (
                    "THC lagres i fettvev, styrken har økt kraftig, og bruk over lang tid kan gi psykiske plager. "
                    "Spiselige produkter er vanskelige å dosere, og syntetiske varianter er farligere."
                ),
                "options": [
                    {
                        "text": "THC lagres i kroppens fett og hoper seg opp ved jevnlig bruk",
                        "correct": True,
                        "feedback": "Riktig. THC er fettløselig og blir liggende i kroppen hos den som bruker jevnlig.",
                    },
                    {
                        "text": "Dagens hasj inneholder langt mer THC enn for ti år siden",
                        "correct": True,
                        "feedback": "Riktig. THC-innholdet er nesten tredoblet på ti år.",
                    },
                    {
                        "text": "Når cannabis spises, kommer virkningen raskt og er lett å dosere",
                        "correct": False,
                        "feedback": (
                            "Feil. Virkningen kommer sent når cannabis spises, og det gjør det lett å ta for mye."
                        ),
                    },
                    {
                        "text": "Bruk over lang tid kan bidra til angst, depresjon og psykose",
                        "correct": True,
                        "feedback": (
                            "Riktig. Særlig hos sårbare unge kan langvarig bruk bidra til alvorlige psykiske plager."
                        ),
                    },
                    {
                        "text": "Syntetiske cannabinoider er svakere og tryggere enn vanlig cannabis",
                        "correct": False,
                        "feedback": (
                            "Feil. De kan være mange ganger sterkere, er vanskelige å dosere og har gitt alvorlige "
                            "forgiftninger."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hvilket rusmiddel fører samlet sett til mest skade blant unge?",
                "explanation": (
                    "Alkohol er både det mest brukte rusmiddelet og det som gir mest skade, blant annet gjennom "
                    "ulykker, vold og overgrep i beruset tilstand."
                ),
                "options": [
                    {
                        "text": "Cannabis",
                        "correct": False,
                        "feedback": (
                            "Cannabis er det ulovlige rusmiddelet flest bruker, men alkohol brukes av langt flere og "
                            "gir mer skade samlet sett."
                        ),
                    },
                    {
                        "text": "Alkohol",
                        "correct": True,
                        "feedback": "Riktig. Alkohol er det vanligste rusmiddelet og står for mest skade.",
                    },
                    {
                        "text": "Kokain",
                        "correct": False,
                        "feedback": "Kokain er farlig, men brukes av langt færre unge enn alkohol.",
                    },
                    {
                        "text": "Snus",
                        "correct": False,
                        "feedback": (
                            "Nikotin er sterkt avhengighetsskapende, men gir ikke beruselse og de akutte skadene som "
                            "alkohol gjør."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": "Det er lov å kjøpe øl til en 17-åring så lenge det drikkes hjemme.",
                "explanation": (
                    "Ingen har lov til å skaffe eller spandere alkohol på noen som er under 18, uansett hvor "
                    "alkoholen drikkes."
                ),
                "answer": False,
                "feedback_true": (
                    "Feil. Å skaffe eller spandere alkohol på en som ikke har fylt 18, er ulovlig, også hjemme."
                ),
                "feedback_false": (
                    "Riktig. Ingen får kjøpe inn alkohol til eller dele alkohol med personer under 18, uansett sted."
                ),
            },
            {
                "type": "multiple",
                "question": "Hvilke kjennetegn passer på sentralstimulerende stoffer som kokain og amfetamin?",
                "explanation": (
                    "Sentralstimulerende stoffer øker puls, blodtrykk og kroppstemperatur, gir store pupiller og øker "
                    "risikoen for hjerte- og karskader. Dempet pust og små pupiller passer på opioider."
                ),
                "options": [
                    {
                        "text": "Økt puls, blodtrykk og kroppstemperatur",
                        "correct": True,
                        "feedback": "Riktig. Kroppen settes i høygir.",
                    },
                    {
                        "text": "Store pupiller",
                        "correct": True,
                        "feedback": "Riktig. Store pupiller er et vanlig tegn ved sentralstimulerende rus.",
                    },
                    {
                        "text": "Økt risiko for hjerterytmeforstyrrelser og hjerneblødning",
                        "correct": True,
                        "feedback": "Riktig. Belastningen på hjerte og blodkar kan gi alvorlige skader, også hos unge.",
                    },
                    {
                        "text": "Dempet pust og små pupiller",
                        "correct": False,
                        "feedback": "Feil. Dette passer på opioider, som er dempende stoffer.",
                    },
                    {
                        "text": "En rolig og søvnig rus",
                        "correct": False,
                        "feedback": "Feil. Sentralstimulerende stoffer gjør brukeren energisk og pratsom, ikke søvnig.",
                    },
                ],
            },
            {
                "type": "true_false",
                "question": "Nikotin er lite avhengighetsskapende for unge, så lenge de bare bruker snus av og til.",
                "explanation": (
                    "Nikotin er sterkt avhengighetsskapende, og ungdomshjernen er ekstra mottakelig. Tegn på "
                    "avhengighet kan komme etter kort tid."
                ),
                "answer": False,
                "feedback_true": (
                    "Feil. Nikotin er sterkt avhengighetsskapende, og unge kan få sug og abstinens etter kort tids "
                    "bruk."
                ),
                "feedback_false": "Riktig. Nikotin er sterkt avhengighetsskapende, og ungdom er ekstra sårbare.",
            },
        ],
    },
    {
        "slug": "samtalen-med-eleven",
        "title": "Samtalen med eleven",
        "intro": (
            "Den gode samtalen er Kjentmannens viktigste verktøy. Her lærer du grunnteknikkene i motiverende samtale, "
            "hvordan du ber om lov, og hvordan du forbereder og følger opp en samtale om rus."
        ),
        "minutes": 30,
        "sections": [
            {
                "heading": "Et samtaleklima der eleven tør å være ærlig",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>For de fleste er det ubehagelig å snakke om egen rusbruk. Eleven kan være redd for at "
                            "foreldrene skal få vite det, for at barnevernet eller politiet kobles inn, eller for å "
                            "miste plassen sin på skolen. Slik frykt er ofte det som hindrer unge i å be om hjelp. "
                            "Hvordan du åpner samtalen, betyr derfor mye.</p><p>Målet med den første samtalen er ikke "
                            "å løse problemet eller å få en innrømmelse. Målet er at eleven kjenner seg tatt på alvor "
                            "og vil snakke med deg igjen. Erfaringen er at unge som opplever å bli konfrontert, "
                            "gjerne holder seg unna neste gang – kanskje også unna resten av hjelpeapparatet. Har "
                            "eleven derimot kjent at du var oppriktig interessert, står døren åpen, selv om samtalen "
                            "ikke førte noe sted i dag.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><strong>Motiverende samtale</strong> (MI) er en samtalemetode utviklet av William R. "
                            "Miller og Stephen Rollnick. Den bygger på samarbeid, respekt for elevens rett til å "
                            "bestemme over eget liv og nysgjerrighet på elevens egne grunner til å endre noe. I "
                            "stedet for å overtale hjelper du eleven å utforske sin egen ambivalens: det som er fint "
                            "med rusen, og det som bekymrer.</p><p>Skoler som bruker metoden, forteller om bedre "
                            "kontakt og mindre gnisninger i samtalene, og at også de mest fåmælte elevene ofte åpner "
                            "seg mer.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Grunnholdningen i motiverende samtale",
                            "text": (
                                "<ul><li><strong>Samarbeid:</strong> Du og eleven jobber sammen – ikke ekspert mot "
                                "elev.</li><li><strong>Aksept:</strong> Du respekterer elevens verdi og rett til å ta "
                                "egne valg.</li><li><strong>Medfølelse:</strong> Elevens beste står i "
                                "sentrum.</li><li><strong>Fremkalling:</strong> Du henter fram elevens egne tanker, "
                                "grunner og løsninger i stedet for å servere dine.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Før gikk jeg inn i samtalen med et ferdig budskap. Nå går jeg inn med spørsmål – og "
                                "da er det ofte eleven som finner løsningene."
                            ),
                            "source": "Kjentmann på en videregående skole",
                        },
                    ),
                ],
            },
            {
                "heading": "Fire grunnteknikker: ÅBRO",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>I norsk opplæring i motiverende samtale brukes ofte forkortelsen "
                            "<strong>ÅBRO</strong> om de fire grunnferdighetene:</p><ul><li><strong>Åpne "
                            "spørsmål</strong> inviterer eleven til å fortelle, ikke bare svare ja eller nei. "
                            "«Hvordan har høsten vært for deg?» gir mer enn «Går det "
                            "bra?».</li><li><strong>Bekreftelser</strong> er ekte anerkjennelse av elevens innsats, "
                            "styrker og verdier: «Du kom hit i dag selv om det var ubehagelig. Det sier noe om at du "
                            "bryr deg.» En bekreftelse handler om eleven, ikke om at eleven er enig med "
                            "deg.</li><li><strong>Refleksjoner</strong> betyr å speile tilbake det du hører, med dine "
                            "egne ord: «Festene er morsomme, men mandagene er blitt tunge.» Gode refleksjoner viser "
                            "at du lytter, og lar eleven høre sine egne tanker "
                            "utenfra.</li><li><strong>Oppsummeringer</strong> samler trådene, gjerne når dere "
                            "avslutter et tema: «Så langt har du fortalt meg … Har jeg fått med meg det viktigste?» "
                            "Eleven får oversikt og kan rette på deg.</li></ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>En tommelfingerregel er å bruke flere refleksjoner enn spørsmål. Mange spørsmål på "
                            "rad kan kjennes som et forhør, mens en treffende refleksjon ofte får eleven til å "
                            "fortsette av seg selv.</p><p>Lytt særlig etter <em>endringssnakk</em> – når eleven selv "
                            "sier noe om å ønske, kunne eller trenge å gjøre noe annerledes, for eksempel «jeg vil "
                            "egentlig ikke at det skal gå utover skolen». Slike utsagn kan du be eleven utdype, og "
                            "bekrefte.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Skriv tre åpne spørsmål du kunne brukt for å starte en samtale med en elev du er "
                                "bekymret for. Skriv deretter om ett av svarene du kunne tenke deg å få, til en "
                                "refleksjon."
                            ),
                            "help": "Tenk på en generell situasjon, ikke en bestemt elev.",
                        },
                    ),
                ],
            },
            {
                "heading": "Be om lov – og vis omsorg uten å moralisere",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Respekt kan du vise helt konkret ved å <strong>spørre om lov</strong> før du tar opp "
                            "rus: «Er det greit for deg at vi snakker litt om rus i dag?» Sier eleven nei, "
                            "respekterer du det tydelig, og spør om du kan komme tilbake til temaet senere dersom "
                            "bekymringen din består. Eleven beholder da kontrollen over samtalen, og det øker sjansen "
                            "for at eleven åpner seg en annen gang.</p><p>Det samme gjelder råd og informasjon. "
                            "Ubedte råd møter ofte motstand. Bruk heller de tre stegene <strong>utforsk – informer – "
                            "utforsk</strong>:</p><ol><li>Spør hva eleven allerede vet: «Hva har du hørt om hvordan "
                            "hasj påvirker konsentrasjonen?»</li><li>Be om lov, og gi kort og saklig informasjon: "
                            "«Kan jeg fortelle deg litt om hva vi vet?»</li><li>Spør hva eleven tenker om det: «Hva "
                            "tenker du når du hører det?»</li></ol><p>Skremselsbilder, pekefinger og moralpreken "
                            "fører sjelden til endring, men gjør det lett for eleven å avfeie deg. Omsorg viser du "
                            "ved å være interessert, ærlig om bekymringen din og tydelig på at du vil eleven vel.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Noen flere grep som gjør samtalen lettere:</p><ul><li><strong>La eleven være med og "
                            "styre:</strong> «Vi kan snakke om fraværet eller om hvordan du har det med vennene dine "
                            "– hva vil du begynne med?»</li><li><strong>Avtal rammene:</strong> Bli enige om hvor "
                            "lang tid dere har. Det gir trygghet og markerer at samtalen er "
                            "viktig.</li><li><strong>Snakk om «det», ikke bare om «du»:</strong> Når problemet "
                            "omtales som noe utenfor eleven – «hvordan påvirker det skolehverdagen din?» – blir det "
                            "lettere å se på det uten å gå i forsvar.</li></ul>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvilke fallgruver kjenner du igjen hos deg selv i vanskelige samtaler – for eksempel "
                                "å gi råd for tidlig, å moralisere eller å ta over styringen? Hva vil du prøve å "
                                "gjøre annerledes?"
                            ),
                            "help": "Svaret er bare synlig for deg.",
                        },
                    ),
                ],
            },
            {
                "heading": "Forberedelse og oppfølging",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>En god samtale begynner før eleven kommer inn døra. Tenk gjennom dette på "
                            "forhånd:</p><ul><li><strong>Hvorfor tar du opp rus nå?</strong> Vær tydelig på hva som "
                            "gir deg grunn til å spørre: skolens rutiner, en konkret hendelse, at eleven strever med "
                            "noe annet som kan henge sammen med rus, eller din egen omtanke for "
                            "eleven.</li><li><strong>Hva vet du, hva tror du, og hva lurer du på?</strong> Ha med "
                            "konkrete observasjoner, og legg dem fram som det de er.</li><li><strong>Sted og "
                            "tid:</strong> Velg et sted der eleven ikke blir sett og stemplet av medelever, og sett "
                            "av god tid.</li><li><strong>Hva kan du love?</strong> Du kan love at eleven alltid får "
                            "vite det – og får si sin mening – før du deler noe med andre. Du kan ikke love at ingen "
                            "andre noen gang får vite noe.</li></ul>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Eksempel på en åpning",
                            "text": (
                                "<p>«Takk for at du kom. Først vil jeg gjerne høre hva du tenkte da jeg ba deg om en "
                                "prat.»</p><p>«Jeg har lagt merke til at du har vært borte en del de siste ukene, og "
                                "at de to siste oppgavene ikke er levert. Det er ikke likt deg, og jeg blir litt "
                                "bekymret. Hvordan har du det egentlig?»</p><p>«Noen ganger kan sånt ha med rus å "
                                "gjøre, andre ganger med helt andre ting. Er det greit for deg at jeg spør litt om "
                                "det?»</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Avslutt med en oppsummering og en konkret avtale: Når ses dere igjen? Hva skal eleven "
                            "tenke på til da? Hvem, om noen, skal få vite noe, og hvem skal fortelle det? Følg "
                            "elevens tempo. Unntaket er når liv eller helse står i fare – da handler du med en "
                            "gang.</p><p>Trenger eleven hjelp utenfor skolen, lønner det seg å bruke tid på å bygge "
                            "tillit først. Elever som har en voksen på sin side, tar lettere imot hjelp fra andre, og "
                            "Kjentmannen kan for eksempel bli med til det første møtet. Behandling er ikke skolens "
                            "jobb; skolens bidrag er å gjøre veien til hjelp kortere og tryggere.</p><p>Noen ganger "
                            "er det en medelev som kommer med bekymringen. Det krever mot, og eleven kan være redd "
                            "for å bli sett på som en sladrehank. Takk for at eleven sier fra, og forklar at det å si "
                            "fra fordi man er glad i noen, er omsorg – ikke tysting. Spør hva som bekymrer og hvordan "
                            "eleven vet det. Etterpå bør du fortelle medeleven at du har fulgt opp, uten å dele "
                            "detaljer som er taushetsbelagte.</p>"
                        ),
                    ),
                ],
            },
        ],
        "pass_mark": 80,
        "max_attempts": None,
        "questions": [
            {
                "type": "multiple",
                "question": "Hvilke av disse utsagnene er bekreftelser slik begrepet brukes i motiverende samtale?",
                "explanation": (
                    "En bekreftelse anerkjenner elevens innsats, styrker eller verdier. Utsagn som handler om at "
                    "eleven er enig med deg, eller som inneholder bebreidelse, er ikke bekreftelser."
                ),
                "options": [
                    {
                        "text": "«Det var modig av deg å ta dette opp selv.»",
                        "correct": True,
                        "feedback": "Riktig. Du anerkjenner elevens mot – en ekte bekreftelse.",
                    },
                    {
                        "text": "«Du har møtt opp hver dag denne uka, selv om det har vært tungt.»",
                        "correct": True,
                        "feedback": "Riktig. Du løfter fram elevens innsats og styrke.",
                    },
                    {
                        "text": "«Flott, da er du enig med meg.»",
                        "correct": False,
                        "feedback": (
                            "Dette roser enighet med deg, ikke eleven selv. En bekreftelse handler om elevens egne "
                            "styrker og verdier."
                        ),
                    },
                    {
                        "text": "«Hvorfor har du ikke sagt dette før?»",
                        "correct": False,
                        "feedback": (
                            "Dette er et spørsmål med en undertone av bebreidelse, og kan gjøre eleven defensiv."
                        ),
                    },
                    {
                        "text": "«Det er tydelig at familien din betyr mye for deg.»",
                        "correct": True,
                        "feedback": (
                            "Riktig. Du anerkjenner en verdi hos eleven, noe som kan bli en kilde til motivasjon."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hvilket av disse er et åpent spørsmål?",
                "explanation": (
                    "Åpne spørsmål inviterer eleven til å fortelle med egne ord. Lukkede spørsmål kan besvares med ja "
                    "eller nei, og ledende spørsmål legger svaret i munnen på eleven."
                ),
                "options": [
                    {
                        "text": "«Har du røykt hasj i helgen?»",
                        "correct": False,
                        "feedback": (
                            "Dette er et lukket spørsmål som kan besvares med ja eller nei, og det kan oppleves som "
                            "en anklage."
                        ),
                    },
                    {
                        "text": "«Hvordan har helgene vært for deg i det siste?»",
                        "correct": True,
                        "feedback": "Riktig. Spørsmålet inviterer eleven til å fortelle fritt.",
                    },
                    {
                        "text": "«Skjønner du at dette går ut over skolen?»",
                        "correct": False,
                        "feedback": "Dette er et ledende spørsmål med en pekefinger, og inviterer lite til refleksjon.",
                    },
                    {
                        "text": "«Var du på festen på lørdag?»",
                        "correct": False,
                        "feedback": "Dette er et lukket spørsmål som bare gir ja eller nei.",
                    },
                ],
            },
            {
                "type": "single",
                "question": (
                    "Eleven sier: «Jeg gidder ikke snakke om rus, det er ikke noe problem.» Hva er den beste responsen?"
                ),
                "explanation": (
                    "Når eleven sier nei, respekterer du det tydelig. Samtidig kan du be om lov til å komme tilbake "
                    "til temaet hvis bekymringen består."
                ),
                "options": [
                    {
                        "text": "«Jo, det er et problem, og det må vi snakke om nå.»",
                        "correct": False,
                        "feedback": "Å presse fram temaet skaper motstand og kan gjøre at eleven unngår deg senere.",
                    },
                    {
                        "text": (
                            "«Det er greit, det er du som bestemmer. Kan jeg spørre deg igjen en annen gang hvis jeg "
                            "fortsatt er bekymret?»"
                        ),
                        "correct": True,
                        "feedback": "Riktig. Du respekterer elevens nei og holder døren åpen.",
                    },
                    {
                        "text": "«Da må jeg ringe foreldrene dine.»",
                        "correct": False,
                        "feedback": (
                            "Å bruke foreldrene som trussel bryter tilliten og gjør det vanskeligere å samarbeide "
                            "videre."
                        ),
                    },
                    {
                        "text": "«Alle som sier det, har egentlig et problem.»",
                        "correct": False,
                        "feedback": "Dette er en anklage som stempler eleven, og det lukker samtalen.",
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvilke av disse er refleksjoner, altså speiling av det eleven har sagt?",
                "explanation": (
                    "En refleksjon gjengir med egne ord det du hører eleven si eller mene. Spørsmål og råd er andre "
                    "teknikker og er ikke refleksjoner."
                ),
                "options": [
                    {
                        "text": "«Du synes lærerne maser for mye.»",
                        "correct": True,
                        "feedback": "Riktig. Du gjengir elevens opplevelse uten å vurdere den.",
                    },
                    {
                        "text": "«Det høres ut som helgene er det beste i uka, men at mandagene er blitt tunge.»",
                        "correct": True,
                        "feedback": "Riktig. En refleksjon som også får fram begge sider av elevens ambivalens.",
                    },
                    {
                        "text": "«Hvorfor gjør du sånn?»",
                        "correct": False,
                        "feedback": "Dette er et spørsmål, og hvorfor-spørsmål kan dessuten oppleves anklagende.",
                    },
                    {
                        "text": "«Du burde tenke mer på framtida di.»",
                        "correct": False,
                        "feedback": "Dette er et ubedt råd med moralsk undertone, ikke en refleksjon.",
                    },
                    {
                        "text": "«Du er usikker på om du vil endre noe.»",
                        "correct": True,
                        "feedback": (
                            "Riktig. Du setter ord på elevens ambivalens, noe som ofte får eleven til å utdype."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hva er stegene i «utforsk – informer – utforsk»?",
                "explanation": (
                    "Først finner du ut hva eleven vet, så gir du kort informasjon med elevens tillatelse, og til "
                    "slutt spør du hva eleven tenker om den."
                ),
                "options": [
                    {
                        "text": (
                            "Spør hva eleven vet, gi informasjon etter å ha fått lov, og spør hva eleven tenker om den"
                        ),
                        "correct": True,
                        "feedback": "Riktig. Slik blir informasjonen en del av en dialog, ikke en forelesning.",
                    },
                    {
                        "text": "Forklar risikoen, gi råd, og spør om eleven har forstått",
                        "correct": False,
                        "feedback": (
                            "Dette er ubedt rådgivning. Eleven blir en mottaker i stedet for en samarbeidspartner."
                        ),
                    },
                    {
                        "text": "Kartlegg rusbruken, informer foreldrene, og følg opp med en avtale",
                        "correct": False,
                        "feedback": "Dette handler om saksgang, ikke om hvordan du gir informasjon i en samtale.",
                    },
                ],
            },
            {
                "type": "true_false",
                "question": "Det er lurt å love eleven full taushet, slik at eleven tør å fortelle alt.",
                "explanation": (
                    "Du kan ikke love at ingenting deles, fordi plikter og fare for liv og helse kan gjøre det "
                    "nødvendig. Du kan love at eleven får vite det og får si sin mening før du går videre."
                ),
                "answer": False,
                "feedback_true": (
                    "Feil. Et løfte om full taushet kan du bli nødt til å bryte, så lov heller at eleven alltid får "
                    "vite det før du deler noe."
                ),
                "feedback_false": "Riktig. Vær ærlig om hva du kan love, så eleven ikke opplever et løftebrudd senere.",
            },
            {
                "type": "multiple",
                "question": "Hva bør du tenke gjennom før en samtale med en elev du er bekymret for?",
                "explanation": (
                    "God forberedelse handler om hvorfor du tar opp temaet, hva du faktisk vet, og hvor og når "
                    "samtalen skal foregå. Målet er ikke å få en innrømmelse."
                ),
                "options": [
                    {
                        "text": "Hva som gir deg grunn til å ta opp rus akkurat nå",
                        "correct": True,
                        "feedback": (
                            "Riktig. Når du er tydelig på hvorfor du spør, blir samtalen mer ærlig og forståelig for "
                            "eleven."
                        ),
                    },
                    {
                        "text": "Hva du selv har sett og hørt, beskrevet konkret",
                        "correct": True,
                        "feedback": "Riktig. Konkrete observasjoner er lettere å snakke om enn tolkninger.",
                    },
                    {
                        "text": "Et sted der eleven ikke blir sett og stemplet av medelever",
                        "correct": True,
                        "feedback": "Riktig. Diskresjon gjør det tryggere for eleven å komme.",
                    },
                    {
                        "text": "Hvordan du kan få eleven til å innrømme rusbruk",
                        "correct": False,
                        "feedback": (
                            "Målet er ikke en innrømmelse, men at eleven føler seg tatt på alvor og vil snakke igjen."
                        ),
                    },
                    {
                        "text": "Hvilke skremmende eksempler du kan bruke",
                        "correct": False,
                        "feedback": (
                            "Skremselsbilder fører sjelden til endring og gjør det lett for eleven å avfeie deg."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "En medelev som forteller om bekymring for en venn, bør få høre at du tar det på alvor og vil "
                    "følge opp."
                ),
                "explanation": (
                    "Det krever mot å si fra om en venn. Å ta imot bekymringen godt viser at det å si fra er omsorg, "
                    "og gjør det lettere for flere å komme."
                ),
                "answer": True,
                "feedback_true": (
                    "Riktig. Takk eleven, forklar at det er omsorg og ikke tysting, og fortell senere at du har fulgt "
                    "opp – uten å dele taushetsbelagte detaljer."
                ),
                "feedback_false": (
                    "Feil. Medelevens engasjement er verdifullt og bør tas godt imot, ellers sier eleven kanskje ikke "
                    "fra neste gang."
                ),
            },
            {
                "type": "single",
                "question": "Når skal du ikke følge elevens tempo, men handle med en gang?",
                "explanation": (
                    "Som hovedregel følger du elevens tempo og bygger tillit. Unntaket er når liv eller helse er i "
                    "fare."
                ),
                "options": [
                    {
                        "text": "Når eleven ikke vil at foreldrene skal vite noe ennå",
                        "correct": False,
                        "feedback": (
                            "Det er ikke i seg selv grunn til å haste. Jobb heller sammen med eleven om hvordan og "
                            "når foreldrene skal få vite det."
                        ),
                    },
                    {
                        "text": "Når det er fare for liv eller helse",
                        "correct": True,
                        "feedback": "Riktig. Da går handling foran samtaleprosessen.",
                    },
                    {
                        "text": "Når eleven har hatt tre fraværsdager",
                        "correct": False,
                        "feedback": "Fravær er et signal å følge opp, men ikke en akutt situasjon.",
                    },
                    {
                        "text": "Når kollegene synes samtalene tar for lang tid",
                        "correct": False,
                        "feedback": (
                            "Tempoet skal styres av elevens behov og sikkerhet, ikke av utålmodighet i kollegiet."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "taushetsplikt-og-samtykke",
        "title": "Taushetsplikt, opplysningsplikt og samtykke",
        "intro": (
            "Hva kan du holde for deg selv, hva må du si fra om, og når trenger du samtykke? Her får du oversikt over "
            "reglene Kjentmannen må kjenne – og svar på hvorfor skolen ikke kan kreve rustester."
        ),
        "minutes": 30,
        "sections": [
            {
                "heading": "Hvorfor vi har taushetsplikt",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Alle som arbeider i offentlig sektor, også lærere og andre ansatte i skolen, har "
                            "taushetsplikt om personlige forhold de blir kjent med gjennom jobben. Taushetsplikten "
                            "verner elevens privatliv, og den er en forutsetning for tillit. Unge som frykter at det "
                            "de forteller, skal spre seg, lar ofte være å søke hjelp.</p><p>Plikten innebærer både at "
                            "du ikke skal fortelle videre, og at du skal hindre at uvedkommende får tilgang til "
                            "opplysningene – for eksempel gjennom notater som ligger framme eller e-post som havner "
                            "hos feil mottaker. Reglene finnes i forvaltningsloven og i lovene for de ulike "
                            "yrkesgruppene. Helsesykepleier, barnevern og NAV har til dels strengere regler enn "
                            "skolen, så sett deg inn i hva som gjelder for deg og dem du samarbeider med.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Taushetsplikten stenger likevel ikke for samarbeid. Den hindrer deg ikke i "
                            "å:</p><ul><li>drøfte en sak med kolleger eller samarbeidspartnere <strong>uten å "
                            "fortelle hvem det gjelder</strong>,</li><li>dele opplysninger når eleven – og "
                            "foreldrene, der det kreves – har <strong>samtykket</strong>,</li><li>gi opplysninger "
                            "videre når <strong>loven pålegger deg eller gir deg rett</strong> til det, for eksempel "
                            "til barnevernet.</li></ul><p>Anonym drøfting er et nyttig verktøy, men vær varsom: På en "
                            "liten skole eller et lite sted kan noen få detaljer være nok til at andre skjønner hvem "
                            "det handler om.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Elevene spør sjelden først om rus. De spør først om hva jeg kommer til å gjøre med "
                                "det de forteller meg."
                            ),
                            "source": "Kjentmann på en videregående skole",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hva ville du svart en elev som spør: «Hvis jeg forteller deg noe, sier du det videre "
                                "da?» Skriv svaret slik du faktisk ville sagt det."
                            ),
                            "help": "Vær ærlig: Hva kan du love, og hva kan du ikke love?",
                        },
                    ),
                ],
            },
            {
                "heading": "Når du må si fra",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p><strong>Opplysningsplikt til barnevernet.</strong> Ansatte i skolen skal selv si fra "
                            "til barnevernet straks det foreligger grunn til å tro at en elev blir mishandlet, utsatt "
                            "for alvorlig omsorgssvikt eller har vedvarende og alvorlige atferdsvansker. Alvorlig "
                            "rusbruk hos en elev under 18 år kan høre inn under det siste. Plikten gjelder uten "
                            "hinder av taushetsplikten, og den er personlig: Du kan ikke overlate til andre å vurdere "
                            "om du skal melde. Meldingen gis skriftlig, gjerne gjennom kommunens digitale skjema. Du "
                            "trenger ikke være sikker – det er «grunn til å tro» som utløser plikten.</p><p>Er du "
                            "usikker på om bekymringen er alvorlig nok, kan du ringe barnevernet og drøfte saken uten "
                            "å si hvem det gjelder. Barnevernet ønsker slike henvendelser. Husk at meldingen skal til "
                            "barnevernet i kommunen eller bydelen der eleven bor – ikke nødvendigvis der skolen "
                            "ligger.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><strong>Avvergingsplikt.</strong> Alle – ikke bare offentlig ansatte – har plikt til "
                            "å prøve å avverge visse alvorlige lovbrudd når det er sikkert eller mest sannsynlig at "
                            "de vil skje eller pågår. Det gjelder blant annet grov vold, seksuelle overgrep og "
                            "mishandling i nære relasjoner. Du avverger ved å varsle politiet eller på annen måte "
                            "sørge for at handlingen stanses. Avvergingsplikten går foran taushetsplikten. Vanlig "
                            "rusbruk utløser ikke avvergingsplikt, men det kan skje ting rundt rusbruken – vold, "
                            "overgrep eller utnyttelse – som gjør det.</p><p><strong>Foreldrene.</strong> For elever "
                            "som ikke har fylt 18, har skolen som utgangspunkt plikt til å holde foreldrene orientert "
                            "om forhold som er viktige for eleven, for eksempel at eleven har vært ruspåvirket i "
                            "skoletiden. Det betyr ikke at du må ringe i samme øyeblikk som eleven forteller noe. Det "
                            "beste er å planlegge sammen med eleven hvordan og når foreldrene skal få vite det, og "
                            "gjerne la eleven fortelle det selv, med støtte fra deg. Det viktige unntaket: Ved "
                            "mistanke om vold eller overgrep i hjemmet skal foreldrene ikke varsles før barnevernet "
                            "eller politiet er koblet inn.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Når liv og helse er i fare",
                            "text": (
                                "<p>Ring <strong>113</strong> ved forgiftning, bevisstløshet eller andre medisinske "
                                "nødsituasjoner, og <strong>112</strong> når politiet må komme. Barnevernets "
                                "akuttberedskap kan nås også utenom kontortid. I slike situasjoner går handling foran "
                                "både samtaleprosess og samtykke.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Samtykke",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Et samtykke fra eleven er den vanligste og beste veien til å dele opplysninger med "
                            "andre tjenester. For at samtykket skal være gyldig, må det "
                            "være:</p><ul><li><strong>frivillig</strong> – eleven må kunne si nei uten å bli presset "
                            "eller få ulemper,</li><li><strong>informert</strong> – eleven må vite hvilke "
                            "opplysninger som deles, med hvem og hvorfor,</li><li><strong>avgrenset</strong> – det "
                            "gjelder bestemte opplysninger og bestemte samarbeidspartnere, ikke «alt til "
                            "alle»,</li><li><strong>mulig å trekke tilbake</strong> – eleven kan ombestemme seg når "
                            "som helst.</li></ul><p>Skriv samtykket ned, og se på det som en løpende avtale som dere "
                            "går gjennom på nytt når situasjonen endrer seg.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><strong>Alder har betydning.</strong> Når det gjelder helsehjelp, er hovedregelen at "
                            "ungdom fra 16 år samtykker selv. For yngre elever må som regel også foreldrene samtykke "
                            "– for eksempel når en elev skal henvises til BUP, noe som gjøres av lege eller "
                            "barnevernsleder, ikke av skolen. Uansett alder skal eleven høres, og meningen skal veie "
                            "tyngre jo eldre og modnere eleven er. I barnevernssaker kan ungdom som har fylt 15 år, "
                            "ha egne rettigheter som part. Reglene varierer mellom områdene, så spør gjerne "
                            "helsesykepleier eller barnevernet om hva som gjelder i den konkrete saken.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Dette bør et samtykkeskjema inneholde",
                            "text": (
                                "<ul><li>Hvem samtykket gjelder, og hvem som signerer (eleven, og foreldrene når det "
                                "kreves)</li><li>Hvilke tjenester som kan utveksle opplysninger, med navngitt "
                                "kontaktperson i hver</li><li>Hvilke opplysninger det gjelder, og hva de skal brukes "
                                "til</li><li>Dato og hvor lenge samtykket varer</li><li>At samtykket kan trekkes "
                                "tilbake</li></ul>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Rustesting og reaksjoner i skolen",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Ingen lov gir skolen <strong>rett til å kreve</strong> at en elev tar rustest. Skolen "
                            "kan heller ikke kreve urinprøve eller gå gjennom elevens sekk, skap eller lommer – "
                            "heller ikke når noen mistenker at eleven er påvirket eller har rusmidler på seg. "
                            "Politiet har egne regler for når de kan kreve prøver, men det er ikke skolens "
                            "rolle.</p><p>Også såkalt frivillig testing er problematisk. Et samtykke må være "
                            "frivillig og informert, og i forholdet mellom elev og ansatt er makten skjevt fordelt – "
                            "det er vanskelig for en elev å si nei. Skoler bør derfor ikke bruke samtykke som "
                            "grunnlag for rustesting, og resultatet av en test kan uansett ikke føre til negative "
                            "reaksjoner. Oslo kommune avviklet fra 1. mai 2022 ruskontrakter med testing for unge "
                            "under 18 år, fordi slike avtaler krever hjemmel i lov.</p><p>En test gir dessuten aldri "
                            "et helt sikkert svar. Den fanger bare opp enkelte stoffer, i et begrenset tidsvindu, og "
                            "kan slå feil. En tillitsfull samtale forteller deg langt mer om hvordan eleven har det, "
                            "og en test må aldri erstatte den.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Det skolen <em>kan</em> gjøre, er å følge opp rusbruk etter ordensreglementet. "
                            "Rusmidler er forbudt på skolen – både å ta dem med, å bruke dem og å møte opp påvirket – "
                            "og salg av narkotika er en sak for politiet. En elev som er ruspåvirket, kan bortvises "
                            "resten av dagen, men skolen må sørge for at eleven er trygg, og bør unngå lengre "
                            "utestengning som skyver eleven ut av skolen.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Finn fram skolens ordensreglement og plan for rusforebygging. Står det noe om "
                                "rustesting, bortvisning og hvem som informerer foreldrene? Noter det som er uklart "
                                "og bør tas opp med ledelsen."
                            ),
                            "help": "Notatet er bare synlig for deg.",
                        },
                    ),
                ],
            },
        ],
        "pass_mark": 80,
        "max_attempts": 3,
        "questions": [
            {
                "type": "true_false",
                "question": (
                    "Skolen kan kreve urinprøve av en elev hvis det er sterk mistanke om at eleven er ruspåvirket."
                ),
                "explanation": (
                    "Ingen lov gir skolen rett til å kreve rustest eller å gjennomsøke elevens eiendeler, uansett "
                    "hvor sterk mistanken er."
                ),
                "answer": False,
                "feedback_true": "Feil. Selv ved sterk mistanke har skolen ingen rett til å kreve rustest.",
                "feedback_false": (
                    "Riktig. Skolen kan ikke kreve rustest, men kan følge opp etter ordensreglementet og ta en samtale."
                ),
            },
            {
                "type": "multiple",
                "question": "Hva må være på plass for at et samtykke fra eleven skal være gyldig?",
                "explanation": (
                    "Et gyldig samtykke er frivillig, informert, avgrenset og kan trekkes tilbake. Det kan verken "
                    "kjøpes med fordeler eller gjelde alt for all framtid."
                ),
                "options": [
                    {
                        "text": "Eleven gir det frivillig",
                        "correct": True,
                        "feedback": "Riktig. Eleven må kunne si nei uten press eller ulemper.",
                    },
                    {
                        "text": "Eleven vet hva som skal deles, med hvem og hvorfor",
                        "correct": True,
                        "feedback": "Riktig. Uten denne kunnskapen er samtykket ikke informert.",
                    },
                    {
                        "text": "Eleven kan trekke samtykket tilbake",
                        "correct": True,
                        "feedback": "Riktig. Et samtykke kan trekkes tilbake når som helst.",
                    },
                    {
                        "text": "Samtykket gjelder all framtidig informasjon til alle tjenester",
                        "correct": False,
                        "feedback": (
                            "Feil. Et samtykke skal være avgrenset til bestemte opplysninger og bestemte "
                            "samarbeidspartnere."
                        ),
                    },
                    {
                        "text": "Eleven får en fordel, for eksempel mindre registrert fravær, ved å samtykke",
                        "correct": False,
                        "feedback": "Feil. Et samtykke som gis for å oppnå en fordel, er ikke frivillig.",
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hva utløser opplysningsplikten til barnevernet?",
                "explanation": (
                    "Plikten utløses når det er grunn til å tro at en elev utsettes for mishandling eller alvorlig "
                    "omsorgssvikt, eller har vedvarende alvorlige atferdsvansker. Den er personlig og krever ikke "
                    "visshet."
                ),
                "options": [
                    {
                        "text": "At du er helt sikker på at eleven har et alvorlig rusproblem",
                        "correct": False,
                        "feedback": "Du trenger ikke være sikker. Det er «grunn til å tro» som utløser plikten.",
                    },
                    {
                        "text": (
                            "At det er grunn til å tro at eleven blir mishandlet, utsatt for alvorlig omsorgssvikt "
                            "eller har vedvarende alvorlige atferdsvansker"
                        ),
                        "correct": True,
                        "feedback": (
                            "Riktig. Dette er vilkårene, og alvorlig rusbruk kan høre inn under atferdsvansker."
                        ),
                    },
                    {
                        "text": "At eleven selv ber om at barnevernet kobles inn",
                        "correct": False,
                        "feedback": "Eleven kan gjerne ønske det, men plikten avhenger ikke av elevens ønske.",
                    },
                    {
                        "text": "At rektor har godkjent meldingen",
                        "correct": False,
                        "feedback": "Plikten er personlig. Du kan ikke overlate til andre å vurdere om du skal melde.",
                    },
                ],
            },
            {
                "type": "single",
                "question": (
                    "Du er usikker på om bekymringen din er alvorlig nok til å melde til barnevernet. Hva er et godt "
                    "neste steg?"
                ),
                "explanation": (
                    "Anonym drøfting med barnevernet er både lov og ønsket, og hjelper deg å vurdere om du skal sende "
                    "en melding."
                ),
                "options": [
                    {
                        "text": "Vente til du har bevis",
                        "correct": False,
                        "feedback": "Du trenger ikke bevis, og å vente kan gjøre at eleven går glipp av hjelp.",
                    },
                    {
                        "text": "Ringe barnevernet og drøfte saken uten å oppgi hvem det gjelder",
                        "correct": True,
                        "feedback": (
                            "Riktig. Barnevernet ønsker slike henvendelser, og taushetsplikten hindrer ikke anonym "
                            "drøfting."
                        ),
                    },
                    {
                        "text": "Be eleven ta en rustest for å få klarhet",
                        "correct": False,
                        "feedback": (
                            "Skolen kan ikke kreve rustest, og en test ville uansett ikke svart på om eleven trenger "
                            "hjelp."
                        ),
                    },
                    {
                        "text": "Spørre elevens venner for å få mer informasjon",
                        "correct": False,
                        "feedback": "Det bryter med taushetsplikten og kan skade elevens tillit og rykte.",
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvilke situasjoner kan utløse avvergingsplikt?",
                "explanation": (
                    "Avvergingsplikten gjelder visse alvorlige lovbrudd, som grov vold, seksuelle overgrep og "
                    "mishandling i nære relasjoner. Rusbruk alene utløser den ikke."
                ),
                "options": [
                    {
                        "text": "En elev forteller om pågående mishandling hjemme og er redd for å gå hjem i dag",
                        "correct": True,
                        "feedback": (
                            "Riktig. Mishandling i nære relasjoner som pågår, er noe du har plikt til å prøve å "
                            "avverge, for eksempel ved å varsle politiet."
                        ),
                    },
                    {
                        "text": "Det kommer fram at en elev er utsatt for seksuelle overgrep som fortsatt pågår",
                        "correct": True,
                        "feedback": (
                            "Riktig. Pågående seksuelle overgrep utløser avvergingsplikt, og den går foran "
                            "taushetsplikten."
                        ),
                    },
                    {
                        "text": "En elev har røykt hasj i helgen",
                        "correct": False,
                        "feedback": (
                            "Feil. Rusbruk i seg selv utløser ikke avvergingsplikt, men kan være grunn til en samtale "
                            "og eventuelt melding til barnevernet."
                        ),
                    },
                    {
                        "text": "En elev har drukket seg full på en fest",
                        "correct": False,
                        "feedback": (
                            "Feil. Dette er bekymringsfullt, men ikke et lovbrudd som omfattes av avvergingsplikten."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": "Taushetsplikten hindrer deg ikke i å drøfte en sak anonymt med en samarbeidspartner.",
                "explanation": (
                    "Anonym drøfting er tillatt, så lenge detaljene ikke gjør det mulig å skjønne hvem det gjelder."
                ),
                "answer": True,
                "feedback_true": (
                    "Riktig. Men vær varsom med detaljer – på små steder kan lite skal til før andre skjønner hvem "
                    "det gjelder."
                ),
                "feedback_false": (
                    "Feil. Anonym drøfting er tillatt og ofte svært nyttig, så lenge eleven ikke kan gjenkjennes."
                ),
            },
            {
                "type": "single",
                "question": "En 14 år gammel elev skal henvises til BUP. Hvem må samtykke?",
                "explanation": (
                    "Henvisning til BUP krever samtykke. Er eleven yngre enn 16, trengs også foreldrenes samtykke, "
                    "samtidig som eleven skal høres."
                ),
                "options": [
                    {
                        "text": "Bare eleven",
                        "correct": False,
                        "feedback": (
                            "I helsesaker samtykker ungdom selv først fra 16 år. For en 14-åring trengs også "
                            "foreldrenes samtykke."
                        ),
                    },
                    {
                        "text": "Både eleven og foreldrene",
                        "correct": True,
                        "feedback": (
                            "Riktig. Under 16 år trengs samtykke fra foreldrene i tillegg til at eleven er med på "
                            "beslutningen."
                        ),
                    },
                    {
                        "text": "Bare foreldrene – eleven er for ung til å mene noe",
                        "correct": False,
                        "feedback": "Feil. Eleven skal alltid høres, og meningen skal veie tungt for en 14-åring.",
                    },
                    {
                        "text": "Ingen – skolen kan henvise direkte",
                        "correct": False,
                        "feedback": (
                            "Feil. Henvisning krever samtykke, og det er lege eller barnevernsleder som henviser, "
                            "ikke skolen."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "Plikten til å informere foreldrene betyr at du må ringe dem i samme øyeblikk som en elev "
                    "forteller om rusbruk."
                ),
                "explanation": (
                    "Foreldrene skal som hovedregel informeres når eleven er under 18, men det bør planlegges sammen "
                    "med eleven. Ved mistanke om vold eller overgrep hjemme varsles barnevernet eller politiet først."
                ),
                "answer": False,
                "feedback_true": (
                    "Feil. Det er bedre å planlegge sammen med eleven hvordan og når foreldrene skal få vite det – "
                    "gjerne ved at eleven forteller det selv."
                ),
                "feedback_false": (
                    "Riktig. Plikten betyr ikke at det må skje umiddelbart, og du bør samarbeide med eleven om "
                    "hvordan foreldrene skal få vite det."
                ),
            },
            {
                "type": "multiple",
                "question": "Hvorfor er rustesting i skolen problematisk, også når eleven sier ja?",
                "explanation": (
                    "Maktforholdet gjør samtykket lite frivillig, og tester gir usikre svar. En tillitsfull samtale "
                    "gir mer kunnskap, og testresultater kan ikke gi grunnlag for negative reaksjoner."
                ),
                "options": [
                    {
                        "text": "Maktforholdet gjør det vanskelig for eleven å si nei",
                        "correct": True,
                        "feedback": "Riktig. Når makten er skjevt fordelt, er det tvilsomt om samtykket er frivillig.",
                    },
                    {
                        "text": "En test fanger bare opp enkelte stoffer i et begrenset tidsrom",
                        "correct": True,
                        "feedback": "Riktig. Testen gir et smalt og usikkert bilde.",
                    },
                    {
                        "text": "En test kan gi feil svar",
                        "correct": True,
                        "feedback": "Riktig. Tester kan slå feil, og svaret er aldri helt sikkert.",
                    },
                    {
                        "text": "Tester gir alltid et sikrere bilde enn samtaler",
                        "correct": False,
                        "feedback": "Feil. En tillitsfull samtale forteller langt mer om hvordan eleven har det.",
                    },
                    {
                        "text": "Et positivt svar gir skolen rett til å utvise eleven",
                        "correct": False,
                        "feedback": "Feil. Testresultatet kan ikke føre til negative reaksjoner.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "samarbeidspartnere",
        "title": "Samarbeidspartnere rundt skolen",
        "intro": (
            "Ingen skole står alene med en elev som ruser seg. Her får du oversikt over hvem som gjør hva rundt "
            "skolen, og hvordan du som Kjentmann bygger en kontaktliste som gjør veien til hjelp kort."
        ),
        "minutes": 25,
        "sections": [
            {
                "heading": "Kjentmannen – den som kjenner veien",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>Når en elev trenger mer hjelp enn skolen kan gi, møter elever, foreldre og ansatte "
                            "ofte et uoversiktlig landskap av tjenester med ulike regler, åpningstider og "
                            "inngangsdører. Kjentmannen er den på skolen som kjenner terrenget: hvem som gjør hva, "
                            "hvordan man når dem, og hva eleven kan vente seg.</p><p>Fire av ti lærere på "
                            "ungdomstrinnet sier at de ikke vet hvem de skal kontakte når de er bekymret for en elevs "
                            "rusbruk. En oppdatert kontaktliste og gode relasjoner til samarbeidspartnerne er derfor "
                            "noe av det mest verdifulle en Kjentmann kan gi kollegene sine.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Kjentmannen er ikke skolens svar på alle vanskelige saker, men den som har særlig "
                            "kompetanse på rus. Rollen er å veilede kolleger, være en synlig og lett tilgjengelig "
                            "voksen for elever og foreldre, og samordne skolens innsats når det er bekymring for rus. "
                            "Mange skoler har også en ressursgruppe for rusforebygging som Kjentmannen kan lede, "
                            "sammen med ledelsen, andre ansatte og representanter for elevrådet.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Første gang jeg ringte ruskonsulenten, hadde jeg ingen sak – jeg ville bare "
                                "presentere meg. Det har spart meg for mye tid siden."
                            ),
                            "source": "Kjentmann på en ungdomsskole",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvem ville du kontaktet i dag hvis du ble alvorlig bekymret for en elevs rusbruk? "
                                "Skriv ned de tjenestene du kjenner til, og hvor du er usikker."
                            ),
                            "help": "Listen blir et utgangspunkt for kontaktlisten du lager senere i modulen.",
                        },
                    ),
                ],
            },
            {
                "heading": "Innad i skolen",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<ul><li><strong>Kontaktlærer og faglærere</strong> ser eleven hver dag og gjør ofte de "
                            "første observasjonene. De skal ta bekymringer på alvor, si fra til ledelsen og bidra i "
                            "oppfølgingen.</li><li><strong>Rektor og ledelsen</strong> har ansvaret for at "
                            "rusforebygging og oppfølging er beskrevet i planer og rutiner, og for at alle ansatte "
                            "kjenner dem.</li><li><strong>Rådgiveren</strong> hjelper elever med personlige og "
                            "sosiale vansker, og skal bidra til at elever får kontakt med riktig hjelpetjeneste når "
                            "det trengs.</li><li><strong>Helsesykepleier og skolehelsetjenesten</strong> er verken en "
                            "del av undervisningen eller av hjemmet, og den uavhengige posisjonen er en styrke. "
                            "Eleven kan snakke med helsesykepleier uten at det får følger i klasserommet, og samtaler "
                            "om kropp og helse kan senke terskelen. Helsesykepleier har taushetsplikt som "
                            "helsepersonell og kan henvise videre til lege. Skolen har plikt til å samarbeide med "
                            "skolehelsetjenesten.</li><li><strong>PP-tjenesten</strong> (pedagogisk-psykologisk "
                            "tjeneste) bistår skolen når elever trenger ekstra støtte, og kan være en samtalepartner "
                            "for skolen – og noen ganger for eleven.</li><li><strong>Miljøterapeuter og "
                            "miljøarbeidere</strong> har ofte en uformell og nær kontakt med elevene, og ser dem i "
                            "friminutt og fritid på en annen måte enn lærerne.</li></ul>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Bør helsesykepleier være Kjentmann?",
                            "text": (
                                "<p>Helsesykepleier er en av Kjentmannens viktigste samarbeidspartnere, men "
                                "erfaringen tilsier at rollen passer bedre for noen som er på skolen hver dag. "
                                "Helsesykepleier har mange oppgaver og er ofte bare til stede noen dager i uka. Det "
                                "er likevel lurt at helsesykepleier deltar i opplæringen, slik at dere får et felles "
                                "språk.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Tjenester utenfor skolen",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<ul><li><strong>Ruskonsulenten</strong> i kommunen eller bydelen følger opp unge med "
                            "rusproblemer, søker dem inn til behandling og veileder foreldre. Noen ruskonsulenter "
                            "samarbeider også med skolen om undervisning og "
                            "forebygging.</li><li><strong>SLT-koordinatoren</strong> (Samordning av lokale rus- og "
                            "kriminalitetsforebyggende tiltak) har oversikt over kommunens forebyggende tiltak og "
                            "hjelper skolen å finne fram. I Oslo heter modellen <strong>SaLTo</strong>, og der finnes "
                            "det en SaLTo-koordinator i alle bydelene som kan formidle kontakt med ruskonsulenter og "
                            "andre tjenester.</li><li><strong>Barneverntjenesten</strong> gir råd, veiledning og "
                            "hjelpetiltak til barn under 18 år og familiene deres, og tar imot bekymringsmeldinger. "
                            "Den kan også kontaktes for anonym drøfting. For elever på videregående er det tjenesten "
                            "i elevens hjemkommune eller -bydel som er riktig adresse.</li><li><strong>BUP</strong> "
                            "(barne- og ungdomspsykiatrisk poliklinikk) er spesialisthelsetjeneste for barn og ungdom "
                            "som ikke har fylt 18 og har psykiske vansker, også når rus er en del av bildet. "
                            "Fastlege, lege i skolehelsetjenesten eller barnevernsleder henviser, og henvisningen "
                            "krever samtykke – for elever under 16 år også fra foreldrene. Mange steder finnes det i "
                            "tillegg egne poliklinikker for unge med rus- og "
                            "avhengighetsproblemer.</li><li><strong>Politiet</strong> har forebyggende tjenestefolk, "
                            "ofte med en fast kontaktperson for skolen, som jobber med ungdom i risiko og følger opp "
                            "lovbrudd. Salg av narkotika på skolen er en politisak. Når en elev selv strever med rus, "
                            "bør politiet likevel ikke være inngangsdøren til hjelp.</li><li><strong>NAV</strong> "
                            "blir ofte en naturlig samarbeidspartner når eleven har fylt 18, og kan blant annet "
                            "hjelpe med bolig og henvisning til behandling.</li><li><strong>Lavterskeltilbud</strong> "
                            "som helsestasjon for ungdom, utekontakt eller uteseksjon og hasjavvenningsprogram (HAP) "
                            "kan ungdom ofte oppsøke selv, uten henvisning.</li><li><strong>KORUS</strong>, de "
                            "regionale kompetansesentrene for rus, tilbyr kurs og faglig veiledning til skoler og "
                            "kommuner.</li></ul>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Foreldrene – de viktigste samarbeidspartnerne",
                            "text": (
                                "<p>For ungdom er foreldrene fortsatt de viktigste forbildene, og de er avgjørende i "
                                "all oppfølging. Samtidig er det nettopp dette mange elever frykter mest: at "
                                "foreldrene skal få vite. Oppmuntre eleven til å fortelle det selv, gjerne med deg "
                                "til stede, og planlegg samtalen sammen. Spørsmål som «Hva er du mest redd for at "
                                "skal skje?» og «Hvordan tror du det blir etterpå?» kan hjelpe.</p><p>Mange elever "
                                "har dårlig samvittighet overfor foreldrene og ønsker innerst inne at de skal vite. "
                                "Husk også at noen elever lever med foreldre som selv har rusproblemer. Da trenger "
                                "eleven ekstra omtanke, og barnevernet kan være rett instans.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "heading": "Slik bygger du en lokal kontaktliste",
                "blocks": [
                    (
                        "paragraph",
                        (
                            "<p>En kontaktliste er bare nyttig hvis den er oppdatert og kjent. Slik kan du gå "
                            "fram:</p><ol><li><strong>Kartlegg:</strong> Finn ut hvilke tjenester som finnes i "
                            "kommunen eller bydelen – og i elevenes hjemkommuner hvis skolen har et stort "
                            "opptaksområde.</li><li><strong>Få et navn, ikke bare et nummer:</strong> Ring tjenesten "
                            "og be om en fast kontaktperson for skolen. Samtalen er samtidig en fin anledning til å "
                            "presentere deg og Kjentmann-rollen.</li><li><strong>Noter det praktiske:</strong> navn, "
                            "rolle, telefon, e-post, når tjenesten kan nås, om de tar anonyme drøftinger, og om "
                            "eleven kan ta kontakt selv eller trenger henvisning.</li><li><strong>Gjør listen "
                            "kjent:</strong> Legg den inn i skolens plan for rusforebygging, der alle ansatte finner "
                            "den.</li><li><strong>Hold den ved like:</strong> Gå gjennom listen minst én gang i året, "
                            "for eksempel ved skolestart. Folk bytter jobb.</li></ol><p>Listen skal bare inneholde "
                            "opplysninger om tjenestene – aldri navn på elever.</p>"
                        ),
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Mal for skolens kontaktliste",
                            "text": (
                                "<ul><li>SLT- eller SaLTo-koordinator</li><li>Ruskonsulent for "
                                "ungdom</li><li>Helsesykepleier og skolehelsetjenesten</li><li>Barneverntjenesten, "
                                "også akuttberedskapen</li><li>Politiets forebyggende kontakt for "
                                "skolen</li><li>PP-tjenesten</li><li>BUP og poliklinikk for unge med "
                                "rusproblemer</li><li>Utekontakt og helsestasjon for ungdom</li><li>NAV, for elever "
                                "over 18 år</li><li>Regionalt KORUS-senter</li></ul><p>Før opp navn, telefon, e-post, "
                                "tider og hvordan man henviser for hver av dem.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Før du tar kontakt med en samarbeidspartner om en elev, kan du stille deg selv disse "
                            "spørsmålene:</p><ul><li>Hva har jeg selv sett eller hørt som jeg kan beskrive "
                            "konkret?</li><li>Hvilken tjeneste passer best til det eleven trenger nå?</li><li>Har "
                            "eleven – og eventuelt foreldrene – samtykket, eller skal jeg drøfte saken "
                            "anonymt?</li><li>Hvem på skolen skal være elevens faste kontaktperson "
                            "videre?</li><li>Hva har jeg og eleven blitt enige om når det gjelder hvem som får vite "
                            "hva?</li></ul>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Lag et første utkast til skolens kontaktliste. Hvilke tre tjenester vil du ringe "
                                "først, og hva vil du spørre om når du ringer?"
                            ),
                            "help": "Ta med utkastet til neste samling, så kan dere sammenligne lister.",
                        },
                    ),
                ],
            },
        ],
        "pass_mark": 75,
        "max_attempts": None,
        "questions": [
            {
                "type": "single",
                "question": "Hva er Kjentmannens viktigste rolle i samarbeidet rundt en elev?",
                "explanation": (
                    "Kjentmannen kjenner veien til riktig hjelp, veileder kolleger og samordner skolens innsats. "
                    "Behandling og straffesaker hører hjemme hos andre."
                ),
                "options": [
                    {
                        "text": "Å behandle elevens rusproblem",
                        "correct": False,
                        "feedback": (
                            "Behandling er ikke skolens oppgave. Kjentmannen hjelper eleven videre til dem som gir "
                            "behandling."
                        ),
                    },
                    {
                        "text": "Å kjenne veien til riktig hjelp og samordne skolens innsats",
                        "correct": True,
                        "feedback": "Riktig. Det er kjernen i rollen – derav navnet Kjentmann.",
                    },
                    {
                        "text": "Å ta seg av alle vanskelige saker på skolen",
                        "correct": False,
                        "feedback": "Kjentmannen har særlig kompetanse på rus og skal ikke ta alle vanskelige saker.",
                    },
                    {
                        "text": "Å avgjøre om eleven skal anmeldes til politiet",
                        "correct": False,
                        "feedback": (
                            "Dette er ikke Kjentmannens oppgave. Oppfølging av lovbrudd ligger hos ledelsen og "
                            "politiet."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hvilken barneverntjeneste er riktig adresse for en elev på videregående skole?",
                "explanation": (
                    "Barnevernet er en kommunal tjeneste, og det er elevens hjemkommune eller -bydel som har ansvaret."
                ),
                "options": [
                    {
                        "text": "Tjenesten i kommunen der skolen ligger",
                        "correct": False,
                        "feedback": (
                            "Ikke nødvendigvis. Mange elever på videregående bor i en annen kommune enn der skolen "
                            "ligger."
                        ),
                    },
                    {
                        "text": "Tjenesten i elevens hjemkommune eller -bydel",
                        "correct": True,
                        "feedback": "Riktig. Barnevernet der eleven bor, er ansvarlig.",
                    },
                    {
                        "text": "Barnevernet i fylkeskommunen som eier skolen",
                        "correct": False,
                        "feedback": "Feil. Barneverntjenesten er kommunal, ikke fylkeskommunal.",
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvilke påstander om helsesykepleier og skolehelsetjenesten stemmer?",
                "explanation": (
                    "Helsesykepleier har en uavhengig posisjon, er en sentral samarbeidspartner som skolen skal "
                    "samarbeide med, og er ofte bare på skolen deler av uka. Derfor passer Kjentmann-rollen som regel "
                    "bedre for andre."
                ),
                "options": [
                    {
                        "text": (
                            "Helsesykepleier har en uavhengig posisjon – verken en del av undervisningen eller av "
                            "hjemmet"
                        ),
                        "correct": True,
                        "feedback": (
                            "Riktig. Eleven kan snakke med helsesykepleier uten at det får følger i klasserommet."
                        ),
                    },
                    {
                        "text": "Skolen har plikt til å samarbeide med skolehelsetjenesten",
                        "correct": True,
                        "feedback": "Riktig. Skolehelsetjenesten er blant skolens viktigste samarbeidspartnere.",
                    },
                    {
                        "text": "Helsesykepleier er ofte bare på skolen noen dager i uka",
                        "correct": True,
                        "feedback": (
                            "Riktig. Det er en av grunnene til at Kjentmann-rollen gjerne legges til noen andre."
                        ),
                    },
                    {
                        "text": "Helsesykepleier bør alltid være skolens Kjentmann",
                        "correct": False,
                        "feedback": (
                            "Feil. Helsesykepleier spiller en viktig rolle i samarbeidet, men Kjentmann-rollen passer "
                            "bedre for noen som er på skolen hver dag."
                        ),
                    },
                    {
                        "text": "Helsesykepleier kan ikke henvise elever videre",
                        "correct": False,
                        "feedback": "Feil. Helsesykepleier kan blant annet henvise videre til lege.",
                    },
                ],
            },
            {
                "type": "single",
                "question": "Hva gjør en SLT-koordinator?",
                "explanation": (
                    "SLT står for Samordning av lokale rus- og kriminalitetsforebyggende tiltak. Koordinatoren har "
                    "oversikt og hjelper skolen å finne riktige tiltak og tjenester."
                ),
                "options": [
                    {
                        "text": (
                            "Har oversikt over kommunens rus- og kriminalitetsforebyggende tiltak og hjelper skolen å "
                            "finne fram"
                        ),
                        "correct": True,
                        "feedback": "Riktig. SLT-koordinatoren er en viktig veiviser i kommunen.",
                    },
                    {
                        "text": "Gir behandling til unge med rusavhengighet",
                        "correct": False,
                        "feedback": (
                            "Feil. Behandling gis av helsetjenesten, for eksempel BUP eller poliklinikker for unge."
                        ),
                    },
                    {
                        "text": "Etterforsker narkotikasaker",
                        "correct": False,
                        "feedback": "Feil. Etterforskning er politiets oppgave.",
                    },
                    {
                        "text": "Godkjenner bekymringsmeldinger før de sendes til barnevernet",
                        "correct": False,
                        "feedback": (
                            "Feil. Opplysningsplikten er personlig, og meldinger trenger ingen godkjenning fra SLT."
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "question": "Hvem kan henvise en elev under 18 år til BUP?",
                "explanation": (
                    "Henvisning til BUP kommer fra fastlege, lege i skolehelsetjenesten eller barnevernsleder, og "
                    "krever samtykke."
                ),
                "options": [
                    {
                        "text": "Fastlegen",
                        "correct": True,
                        "feedback": "Riktig. Fastlegen kan henvise til BUP.",
                    },
                    {
                        "text": "Lege i skolehelsetjenesten",
                        "correct": True,
                        "feedback": "Riktig. Skolelegen kan henvise.",
                    },
                    {
                        "text": "Barnevernsleder",
                        "correct": True,
                        "feedback": "Riktig. Barnevernsleder kan også henvise.",
                    },
                    {
                        "text": "Kontaktlæreren",
                        "correct": False,
                        "feedback": (
                            "Feil. Skolen kan ikke henvise selv, men kan hjelpe eleven i kontakt med dem som kan."
                        ),
                    },
                    {
                        "text": "Rektor",
                        "correct": False,
                        "feedback": (
                            "Feil. Rektor kan ikke henvise til BUP, men kan sørge for at skolen samarbeider med dem "
                            "som kan."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "question": (
                    "Politiet bør være den første instansen skolen kontakter når en elev forteller om egen rusbruk."
                ),
                "explanation": (
                    "Politiet er en viktig samarbeidspartner i forebygging og ved salg av narkotika, men en elev som "
                    "strever med rus, trenger først og fremst hjelp, ikke en politisak."
                ),
                "answer": False,
                "feedback_true": (
                    "Feil. Når en elev selv strever med rus, bør hjelpen komme fra tjenester som skolehelsetjenesten, "
                    "ruskonsulent eller barnevernet – ikke starte hos politiet."
                ),
                "feedback_false": (
                    "Riktig. Politiet er en samarbeidspartner, særlig ved salg av narkotika, men bør ikke være "
                    "inngangsdøren til hjelp."
                ),
            },
            {
                "type": "true_false",
                "question": (
                    "En god kontaktliste inneholder navnet på en fast kontaktperson, ikke bare sentralbordnummeret "
                    "til tjenesten."
                ),
                "explanation": (
                    "Et navn gjør kontakten raskere og mer personlig. Når du ber om et navn, får du samtidig "
                    "presentert deg og Kjentmann-rollen."
                ),
                "answer": True,
                "feedback_true": "Riktig. En fast kontaktperson gjør veien kortere når det haster.",
                "feedback_false": (
                    "Feil. Et sentralbordnummer alene gjør det tyngre å få hjelp raskt, så be om en fast kontaktperson."
                ),
            },
            {
                "type": "multiple",
                "question": "Hva gjør en lokal kontaktliste nyttig?",
                "explanation": (
                    "Listen må være oppdatert, tilgjengelig for alle ansatte og inneholde praktisk informasjon om "
                    "tjenestene. Den skal aldri inneholde opplysninger om elever."
                ),
                "options": [
                    {
                        "text": "Den oppdateres jevnlig, for eksempel ved skolestart",
                        "correct": True,
                        "feedback": "Riktig. Folk bytter jobb, og en utdatert liste skaper forsinkelser.",
                    },
                    {
                        "text": "Den ligger i skolens plan for rusforebygging, tilgjengelig for alle ansatte",
                        "correct": True,
                        "feedback": "Riktig. Listen må være kjent for å bli brukt.",
                    },
                    {
                        "text": "Den viser om tjenesten tar anonyme drøftinger, og om eleven trenger henvisning",
                        "correct": True,
                        "feedback": "Riktig. Slik praktisk informasjon gjør det lettere å velge riktig vei.",
                    },
                    {
                        "text": "Den finnes bare på Kjentmannens private telefon",
                        "correct": False,
                        "feedback": "Feil. Da står skolen uten oversikt når Kjentmannen ikke er til stede.",
                    },
                    {
                        "text": "Den viser hvilke elever som har vært i kontakt med hver tjeneste",
                        "correct": False,
                        "feedback": (
                            "Feil. Listen skal bare gjelde tjenestene – opplysninger om elever hører ikke hjemme der."
                        ),
                    },
                ],
            },
            {
                "type": "single",
                "question": (
                    "En 19 år gammel elev på videregående ønsker hjelp med rusbruken. Hvilken av disse tjenestene er "
                    "særlig aktuell?"
                ),
                "explanation": (
                    "Når eleven har fylt 18, blir NAV en naturlig samarbeidspartner som kan hjelpe med bolig og "
                    "henvisning til behandling. Barnevernet og BUP retter seg først og fremst mot yngre elever."
                ),
                "options": [
                    {
                        "text": "Barneverntjenesten",
                        "correct": False,
                        "feedback": "Barnevernet retter seg først og fremst mot dem som ikke har fylt 18.",
                    },
                    {
                        "text": "NAV",
                        "correct": True,
                        "feedback": "Riktig. For elever som har fylt 18, er NAV ofte en naturlig vei inn.",
                    },
                    {
                        "text": "BUP",
                        "correct": False,
                        "feedback": "BUP er for barn og ungdom som ikke har fylt 18.",
                    },
                ],
            },
        ],
    },
]
