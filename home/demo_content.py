"""Demo content in Norwegian bokmål: front page, the seven KORUS regions, news, material and policy pages."""

from typing import Any

HOME: dict[str, Any] = {
    "title": "Kjentmann – trygge voksne som kjenner terrenget",
    "intro": (
        "Kjentmann er en kursrekke for ansatte i ungdomsskolen og videregående skole. Du lærer å fange opp elever "
        "som har begynt å få et problematisk forhold til rusmidler, og å vise kolleger, elever og foreldre veien "
        "videre."
    ),
    "paragraphs": [
        (
            "Mange lærere kjenner på usikkerhet når en elev begynner å endre seg. I en kartlegging fra KORUS "
            "svarte nesten sju av ti lærere i ungdomsskolen at det er vanskelig å se tegn på problematisk rusbruk, "
            "og fire av ti visste ikke hvem de skulle kontakte. Kjentmann-opplæringen skal gjøre det lettere å "
            "handle tidlig. Målet er at skolen reagerer i rett tid og med en styrke som passer situasjonen."
        ),
        (
            "Opplæringen går over flere samlinger hos ditt regionale KORUS-senter, med e-læring og oppgaver mellom "
            "samlingene. Når du har fullført, får du kursbevis og blir med i et nettverk av Kjentmenn som deler "
            "erfaringer og holder kunnskapen ved like. Velg regionen din for å finne kurs, nyheter og "
            "kontaktpersoner nær deg."
        ),
    ],
}

REGIONS: dict[str, dict[str, Any]] = {
    "korus-nord": {
        "intro": (
            "KORUS Nord hjelper skoler i Nordland, Troms og Finnmark med rusforebygging og tidlig innsats. "
            "Kjentmann-kurset holdes både på stedet og digitalt, slik at lange reiser ikke skal stå i veien for "
            "kompetansen."
        ),
        "about": [
            (
                "I nord er avstandene store og mange skoler små. Derfor har Kjentmann-kurset hos oss to fysiske "
                "samlinger, i Tromsø eller Bodø, og to digitale samlinger. Mellom samlingene arbeider deltakerne "
                "med korte e-læringsmoduler og en oppgave knyttet til egen skole."
            ),
            (
                "Kurset passer for lærere, rådgivere, miljøterapeuter og skoleledere. Vi anbefaler at "
                "helsesykepleieren blir med, fordi samarbeidet mellom skolen og skolehelsetjenesten ofte avgjør "
                "hvor raskt en elev får hjelp. Skoler i samme kommune kan gjerne melde på deltakere sammen."
            ),
            (
                "Sertifiserte Kjentmenn i regionen møtes to ganger i året, én gang fysisk og én gang på nett. Der "
                "får de ny kunnskap, drøfter anonymiserte situasjoner og bygger kontakter på tvers av "
                "kommunegrensene."
            ),
        ],
        "address": "Strandskillet 7\n9008 Tromsø",
        "email": "post@korus-nord.test",
        "phone": "77 00 41 00",
        "contacts": [
            {
                "name": "Ingrid Pedersen Bakke",
                "role": "Rådgiver og kursansvarlig for Kjentmann",
                "email": "ingrid.bakke@korus-nord.test",
                "phone": "77 00 41 12",
            },
            {
                "name": "Jon Are Mikkelsen",
                "role": "Seniorrådgiver, nettverket for Kjentmenn i Finnmark",
                "email": "jon.are.mikkelsen@korus-nord.test",
                "phone": "78 00 23 40",
            },
        ],
    },
    "korus-midt": {
        "intro": (
            "KORUS Midt samarbeider med skoler og kommuner i Trøndelag og Møre og Romsdal. Vi gir skoleansatte "
            "kunnskap og verktøy til å oppdage rusproblemer tidlig og til å samarbeide godt med hjelpetjenestene."
        ),
        "about": [
            (
                "Kjentmann-kurset hos oss består av fire samlinger over ett skoleår, med egne kursrekker i "
                "Trondheim og Ålesund. Vi bruker mye tid på praktiske øvelser: Hvordan starter du en samtale med "
                "en elev du er bekymret for, og hvordan tar du kontakt med foreldrene på en måte som bygger "
                "tillit?"
            ),
            (
                "Mellom samlingene lager deltakerne et utkast til skolens egen rutine for oppfølging ved "
                "bekymring. På den siste samlingen legger de fram rutinen og får råd fra både kursholderne og de "
                "andre skolene."
            ),
            (
                "Vi samarbeider tett med kommunale ruskonsulenter og helsestasjoner for ungdom i regionen, og "
                "flere av dem underviser på kurset."
            ),
        ],
        "address": "Kjøpmannsbrygga 5\n7013 Trondheim",
        "email": "post@korus-midt.test",
        "phone": "73 00 58 00",
        "contacts": [
            {
                "name": "Siri Aune Lorentzen",
                "role": "Rådgiver, skole og ungdom",
                "email": "siri.lorentzen@korus-midt.test",
                "phone": "73 00 58 14",
            },
            {
                "name": "Håkon Strand",
                "role": "Kursholder, motiverende samtale",
                "email": "hakon.strand@korus-midt.test",
                "phone": "70 00 31 22",
            },
        ],
    },
    "korus-bergen": {
        "intro": (
            "KORUS Bergen er kompetansesenteret for rusfeltet i Vestland. Kjentmann ble utviklet i Bergen for 25 "
            "år siden, og vi har fortsatt ansvaret for Kjentmann-håndboken som skoler i hele landet bruker."
        ),
        "about": [
            (
                "Kjentmann-ordningen ble til i 2001 etter en bestilling fra Bergen kommune, og elever, lærere og "
                "skolehelsetjenesten var med og formet den. Siden den gang har mange skoleansatte i Vestland tatt "
                "kurset, og ordningen har spredd seg til alle regioner."
            ),
            (
                "Kursrekken vår har fire samlinger i Bergen, med oppgaver og e-læring mellom samlingene. Vi tar "
                "for oss tegn og signaler, fakta om rusmidler, taushetsplikt og samtykke, samtaler med elever og "
                "foreldre, og hvordan skolen kan lage en god handlingsplan."
            ),
            (
                "Håndboken holdes oppdatert i samarbeid med de andre KORUS-sentrene. Innspill fra Kjentmenn i "
                "nettverket er en viktig del av dette arbeidet, så si gjerne fra om hva du savner."
            ),
        ],
        "address": "Sandviksbodene 40\n5035 Bergen",
        "email": "post@korus-bergen.test",
        "phone": "55 00 90 00",
        "contacts": [
            {
                "name": "Kari Haugland Vik",
                "role": "Fagansvarlig for Kjentmann og håndboken",
                "email": "kari.vik@korus-bergen.test",
                "phone": "55 00 90 21",
            },
            {
                "name": "Eirik Tveit",
                "role": "Rådgiver, kurs for videregående skoler",
                "email": "eirik.tveit@korus-bergen.test",
                "phone": "55 00 90 34",
            },
        ],
    },
    "korus-stavanger": {
        "intro": (
            "KORUS Stavanger er det regionale kompetansesenteret for rusfeltet i Rogaland. Vi har egne opptak til "
            "Kjentmann-kurset for ungdomsskoler og videregående skoler, slik at innholdet treffer elevenes alder "
            "og skolens hverdag."
        ),
        "about": [
            (
                "Kurset går over åtte kursdager gjennom skoleåret. Ungdomsskoler og videregående skoler har hvert "
                "sitt opptak, fordi utfordringene er ulike. I ungdomsskolen handler mye om tidlig debut og "
                "samarbeid med foreldre, mens videregående oftere møter eldre og mer selvstendige elever med andre "
                "rettigheter."
            ),
            (
                "Mellom kursdagene får deltakerne hjemmeoppgaver som knyttes til egen skole, for eksempel å "
                "kartlegge hvem skolen samarbeider med eller å prøve ut en samtaleteknikk. Oppgavene drøftes i små "
                "grupper på neste kursdag."
            ),
            (
                "For å få kursbevis må du delta på minst sju av de åtte kursdagene og levere hjemmeoppgavene. "
                "Etter kurset blir du invitert inn i nettverket for Kjentmenn i Rogaland."
            ),
        ],
        "address": "Kongsgårdbakken 9\n4005 Stavanger",
        "email": "post@korus-stavanger.test",
        "phone": "51 00 77 00",
        "contacts": [
            {
                "name": "Liv Torunn Sele",
                "role": "Rådgiver, opptaket for ungdomsskoler",
                "email": "liv.sele@korus-stavanger.test",
                "phone": "51 00 77 15",
            },
            {
                "name": "Andreas Øvrebø",
                "role": "Rådgiver, opptaket for videregående skoler",
                "email": "andreas.ovrebo@korus-stavanger.test",
                "phone": "51 00 77 28",
            },
        ],
    },
    "korus-sor": {
        "intro": (
            "KORUS Sør dekker Buskerud, Vestfold, Telemark og Agder. Kjentmann-kurset vårt består av fem hele "
            "kursdager og to dager med trening i motiverende intervju."
        ),
        "about": [
            (
                "Kursrekken har fem heldagssamlinger fordelt over et skoleår. I tillegg kommer to dager der "
                "deltakerne øver på motiverende intervju (MI), en samtalemetode som hjelper eleven å sette ord på "
                "egne tanker om endring, uten at samtalen blir en formaning."
            ),
            (
                "Samlingene holdes vekselvis i Drammen, Skien og Kristiansand, slik at reiseveien blir "
                "overkommelig for skoler i hele regionen. Mellom samlingene gjør deltakerne e-læringsmoduler og "
                "små praksisoppgaver på egen skole."
            ),
            (
                "Skoleledere er velkomne på den første samlingen. Der går vi gjennom hva skolen må legge til rette "
                "for at Kjentmannen skal få tid og rom til oppgaven."
            ),
        ],
        "address": "Porsgrunnsvegen 30\n3732 Skien",
        "email": "post@korus-sor.test",
        "phone": "35 00 26 00",
        "contacts": [
            {
                "name": "Hilde Marie Gundersen",
                "role": "Kursansvarlig for Kjentmann",
                "email": "hilde.gundersen@korus-sor.test",
                "phone": "35 00 26 11",
            },
            {
                "name": "Tor Einar Aasland",
                "role": "Rådgiver og veileder i motiverende intervju",
                "email": "tor.aasland@korus-sor.test",
                "phone": "38 00 14 60",
            },
        ],
    },
    "korus-ost": {
        "intro": (
            "KORUS Øst samarbeider med skoler og kommuner i Østfold, Akershus og Innlandet. Vi tilbyr "
            "Kjentmann-opplæring og hjelper skolene å knytte forebyggingsarbeidet til kommunens øvrige tjenester "
            "for barn og unge."
        ),
        "about": [
            (
                "Regionen spenner fra tette bykommuner rundt Oslo til store innlandskommuner med lang vei til "
                "nærmeste spesialisthelsetjeneste. Kjentmann-kurset holdes derfor både i Hamar og på Lillestrøm, "
                "og én av de fire samlingene er digital."
            ),
            (
                "Vi legger særlig vekt på samarbeidet med kommunens SLT-koordinator, ruskonsulenter og "
                "barneverntjeneste. Målet er at Kjentmannen vet hvem som kan kontaktes, og hva som kan drøftes med "
                "og uten samtykke."
            ),
            (
                "Vi holder også kurs i Utsett, et opplegg der skoleansatte lærer å snakke om rus og ungdom på "
                "foreldremøter. Mange skoler lar Kjentmannen ha ansvaret for dette."
            ),
        ],
        "address": "Storgata 45\n2317 Hamar",
        "email": "post@korus-ost.test",
        "phone": "62 00 52 00",
        "contacts": [
            {
                "name": "Nina Brenden",
                "role": "Rådgiver, Kjentmann og Utsett",
                "email": "nina.brenden@korus-ost.test",
                "phone": "62 00 52 17",
            },
            {
                "name": "Ole Petter Rustad",
                "role": "Seniorrådgiver, samarbeid med kommunene",
                "email": "ole.petter.rustad@korus-ost.test",
                "phone": "62 00 52 30",
            },
        ],
    },
    "korus-oslo": {
        "intro": (
            "KORUS Oslo er kompetansesenteret for rusfeltet i hovedstaden. Sammen med Osloskolen gir vi "
            "Kjentmann-opplæring til ansatte i ungdomsskoler og videregående skoler i hele byen."
        ),
        "about": [
            (
                "I Oslo er målet at hver videregående skole skal ha Kjentmann-kompetanse, og ungdomsskolene "
                "oppfordres sterkt til å gjøre det samme. Kurset gir kunnskap om rusmidler og ungdom, trening i "
                "motiverende samtale og god oversikt over hjelpetilbudet i bydelene."
            ),
            (
                "Samarbeidet lokalt får mye plass. I alle bydelene finnes det en SaLTo-koordinator og en "
                "ruskonsulent for ungdom, og på kurset møter deltakerne dem som skal være skolens faste kontakter. "
                "Ingen Kjentmann skal trenge å lure på hvem de skal ringe."
            ),
            (
                "KORUS Oslo hjelper også skoler med den lokale planen for rusforebyggende arbeid og med "
                "foreldreopplegget Utsett, som brukes på foreldremøter på 8., 9. og 10. trinn."
            ),
        ],
        "address": "Grønlandsleiret 71\n0190 Oslo",
        "email": "post@korus-oslo.test",
        "phone": "22 00 35 00",
        "contacts": [
            {
                "name": "Farah Iqbal",
                "role": "Rådgiver, Kjentmann for videregående skoler",
                "email": "farah.iqbal@korus-oslo.test",
                "phone": "22 00 35 18",
            },
            {
                "name": "Jonas Berg Haugen",
                "role": "Rådgiver, Utsett og foreldresamarbeid",
                "email": "jonas.haugen@korus-oslo.test",
                "phone": "22 00 35 26",
            },
        ],
    },
}

NEWS: list[dict[str, Any]] = [
    {
        "region": None,
        "slug": "kjentmann-samlet-pa-en-nettside",
        "title": "Kjentmann-opplæringen samles på én nettside",
        "date": "2026-01-10",
        "lead": (
            "Nå finner du alle Kjentmann-kurs, påmelding, e-læring og kursbevis på samme sted, uansett hvilken "
            "region skolen hører til."
        ),
        "paragraphs": [
            (
                "Til nå har påmelding, kursmateriell og oppfølging gått via e-post og regneark hos hvert av de sju "
                "KORUS-sentrene. Den nye nettsiden samler alt dette. Det blir enklere for skolene å finne et kurs "
                "i nærheten, og deltakerne får full oversikt over sin egen kursrekke."
            ),
            (
                "Som skolekontakt kan du melde på én eller flere ansatte og følge med på skolens påmeldinger. "
                "Deltakerne får en egen side, «Mine kurs», som viser neste samling, hvilke moduler som skal gjøres "
                "før den, og hvor langt de har kommet."
            ),
            (
                "Når kursrekken er fullført, kan kursbeviset lastes ned og kontrolleres med en egen kode. "
                "Sertifiserte Kjentmenn får tilgang til et nettverksforum der de kan utveksle erfaringer med "
                "kolleger i hele landet."
            ),
        ],
        "tags": ["kjentmann", "kurs"],
    },
    {
        "region": None,
        "slug": "sju-av-ti-laerere-usikre",
        "title": "Sju av ti lærere er usikre på tegn på rusproblemer",
        "date": "2026-03-18",
        "lead": (
            "En kartlegging blant ansatte i kommunene viser at mange lærere i ungdomsskolen synes det er krevende "
            "å se når en elev har et problematisk forhold til rusmidler."
        ),
        "paragraphs": [
            (
                "Rundt 26 000 kommuneansatte over hele landet har svart på en undersøkelse fra KORUS-sentrene. De "
                "ga en vurdering av hva de selv kan om rus, og fortalte hvilke samarbeidspartnere de har å gå til "
                "ved en bekymring. Blant lærerne i ungdomsskolen svarte nær sju av ti at de har vanskelig for å "
                "kjenne igjen tegn på problematisk bruk."
            ),
            (
                "Fire av ti lærere visste ikke hvem de skulle kontakte om en elev. Mange fortalte også at samtaler "
                "med foreldre om slike temaer føles ekstra vanskelige. Små kommuner kom jevnt over svakere ut enn "
                "store."
            ),
            (
                "Kjentmann-ordningen er ett svar på dette. Når én eller flere ansatte har fordypet seg i temaet og "
                "kjenner de lokale hjelpetjenestene, får resten av kollegiet noen å rådføre seg med før en "
                "bekymring blir liggende."
            ),
        ],
        "tags": ["tidlig innsats", "skole"],
    },
    {
        "region": None,
        "slug": "nye-e-laeringsmoduler",
        "title": "Nye e-læringsmoduler mellom samlingene",
        "date": "2026-06-24",
        "lead": "Fra høsten får deltakerne korte nettmoduler som forbereder dem til hver samling i kursrekken.",
        "paragraphs": [
            (
                "Hver modul tar 20–30 minutter og avsluttes med en kort quiz. Du får en forklaring på hvert svar, "
                "slik at quizen blir en del av læringen og ikke bare en prøve."
            ),
            (
                "Modulene tar blant annet for seg tegn og signaler, fakta om de vanligste rusmidlene blant unge, "
                "taushetsplikt og samtykke, og hvordan du kan forberede en samtale med foreldre."
            ),
            (
                "Hvert KORUS-senter bestemmer selv hvilke moduler som hører til samlingene sine, og om bestått "
                "quiz er et krav for å få kursbevis."
            ),
        ],
        "tags": ["e-læring", "kurs"],
    },
    {
        "region": None,
        "slug": "kjentmannkonferansen-2026",
        "title": "Påmeldingen til Kjentmann-konferansen 2026 er åpen",
        "date": "2026-09-01",
        "lead": (
            "Kjentmenn fra hele landet inviteres til to dager med faglig påfyll og erfaringsdeling i Trondheim 19. "
            "og 20. november."
        ),
        "paragraphs": [
            (
                "Konferansen arrangeres av de sju KORUS-sentrene sammen. Programmet tar for seg unge og cannabis i "
                "dag, samtaler med foreldre som er redde eller sinte, og skolens rutiner når en elev møter ruset "
                "til undervisningen."
            ),
            (
                "Andre dag er satt av til verksteder der Kjentmenn fra ulike regioner deler hvordan de har gjort "
                "ordningen kjent på egen skole, og hva som skal til for at elevene faktisk tar kontakt."
            ),
            (
                "Konferansen er gratis for sertifiserte Kjentmenn, mens skolen dekker reise og overnatting. "
                "Påmeldingsfristen er 23. oktober. Når alle plassene er tatt, kommer du på venteliste og får "
                "beskjed hvis det blir ledig."
            ),
        ],
        "tags": ["konferanse", "nettverk"],
    },
    {
        "region": None,
        "slug": "rustesting-i-skolen",
        "title": "Hva sier regelverket om rustesting i skolen?",
        "date": "2026-11-20",
        "lead": (
            "Kjentmenn får ofte spørsmål om skolen kan be en elev ta en rustest. Kort fortalt har skolen ikke lov "
            "til å kreve det."
        ),
        "paragraphs": [
            (
                "Skolen har ingen hjemmel i loven til å pålegge elever å ta rustest. Utdanningsdirektoratet "
                "fraråder også å bygge på elevens samtykke, fordi et samtykke bare er gyldig når det er frivillig "
                "og informert. En elev som står i et avhengighetsforhold til skolen, kan lett føle seg presset til "
                "å si ja."
            ),
            (
                "Oslo kommune sluttet i 2022 å bruke rustester for barn under 18 år som en del av frivillige "
                "ruskontrakter. Samme år ble alle kommuner pålagt å opprette en rådgivende enhet for russaker."
            ),
            (
                "Det skolen kan gjøre, er å ta bekymringen på alvor, snakke med eleven og involvere foreldrene der "
                "det er riktig. Helsesykepleier, kommunens ruskonsulent og den rådgivende enheten kan gi råd, og "
                "saken kan drøftes anonymt før noen opplysninger om eleven deles."
            ),
        ],
        "tags": ["regelverk", "skole"],
    },
    {
        "region": "korus-nord",
        "slug": "ny-kursrekke-nord-var-2026",
        "title": "Ny kursrekke for skoler i Nordland, Troms og Finnmark",
        "date": "2026-01-22",
        "lead": (
            "Påmeldingen til vårens Kjentmann-kurs er åpen. Kurset har to samlinger i Tromsø og to digitale samlinger."
        ),
        "paragraphs": [
            (
                "Kursrekken starter i mars og avsluttes i juni. De digitale samlingene varer i tre timer og passer "
                "inn i en vanlig arbeidsdag, mens samlingene i Tromsø er hele dager."
            ),
            (
                "Det er 30 plasser, og vi ber hver skole melde på høyst to deltakere, slik at flest mulig skoler "
                "får være med. Kurset er gratis, men skolen dekker reiseutgiftene."
            ),
            ("Lurer du på om kurset passer for din skole? Ta gjerne kontakt med kursansvarlig Ingrid Pedersen Bakke."),
        ],
        "tags": ["kurs", "kjentmann"],
    },
    {
        "region": "korus-nord",
        "slug": "nettverkssamling-bodo",
        "title": "Kjentmenn fra hele landsdelen møttes i Bodø",
        "date": "2026-05-12",
        "lead": (
            "Over 40 Kjentmenn fra Nordland, Troms og Finnmark samlet seg i Bodø for å dele erfaringer og lære mer "
            "om unge og cannabis."
        ),
        "paragraphs": [
            (
                "Dagen startet med et faglig innlegg om hvordan synet på cannabis blant unge har endret seg, og "
                "hva det betyr for samtalene med elevene. Deretter jobbet deltakerne i grupper med situasjoner de "
                "selv har stått i, beskrevet slik at ingen elever kan kjennes igjen."
            ),
            (
                "Mange sa at det viktigste med nettverket er å ha noen å ringe. «Når du er alene om rollen på en "
                "liten skole, er det godt å vite at andre har kjent på det samme», sa en av deltakerne."
            ),
            "Neste nettverkssamling er digital og holdes i november. Invitasjonen kommer på e-post.",
        ],
        "tags": ["nettverk", "kjentmann"],
    },
    {
        "region": "korus-nord",
        "slug": "helsesykepleier-og-kjentmann",
        "title": "Helsesykepleier og Kjentmann – et lag i små kommuner",
        "date": "2026-09-22",
        "lead": (
            "I mange små kommuner er helsesykepleieren på skolen bare noen timer i uka. Da blir samarbeidet med "
            "Kjentmannen ekstra viktig."
        ),
        "paragraphs": [
            (
                "Helsesykepleieren står litt på siden av både skolen og hjemmet, og mange elever synes det er "
                "lettere å åpne seg for helsesykepleieren enn for en lærer de har i timene. Det gjør "
                "skolehelsetjenesten til en nøkkelpartner når en elev strever."
            ),
            (
                "Vi anbefaler likevel ikke at helsesykepleieren selv er skolens Kjentmann, fordi tiden på skolen "
                "ofte er for knapp. Det fungerer bedre når de to har faste møtepunkter og en enkel avtale om "
                "hvordan de gir beskjed til hverandre."
            ),
            (
                "Høstens kurs i Bodø har derfor egne plasser for helsesykepleiere som vil delta sammen med "
                "Kjentmannen på skolen sin."
            ),
        ],
        "tags": ["samarbeid", "helsesykepleier"],
    },
    {
        "region": "korus-midt",
        "slug": "pamelding-host-trondheim",
        "title": "Påmeldingen til høstens Kjentmann-kurs i Trondheim er åpnet",
        "date": "2026-03-04",
        "lead": (
            "KORUS Midt tar imot påmeldinger til en ny kursrekke med oppstart i september. Kurset er åpent for "
            "ungdomsskoler og videregående skoler i Trøndelag."
        ),
        "paragraphs": [
            (
                "Kursrekken har fire samlinger fra september til februar. Mellom samlingene gjør deltakerne "
                "e-læringsmoduler og arbeider med et utkast til skolens rutine ved bekymring for rusbruk."
            ),
            (
                "Det er 36 plasser. Når kurset er fullt, kommer nye påmeldinger på venteliste i den rekkefølgen de "
                "blir sendt inn, og du får beskjed dersom en plass blir ledig."
            ),
            (
                "Skoler i Møre og Romsdal kan melde seg på den parallelle kursrekken i Ålesund, som åpner for "
                "påmelding i april."
            ),
        ],
        "tags": ["kurs", "kjentmann"],
    },
    {
        "region": "korus-midt",
        "slug": "kjentmenn-samlet-i-alesund",
        "title": "Kjentmenn i Møre og Romsdal samlet i Ålesund",
        "date": "2026-06-03",
        "lead": (
            "Sertifiserte Kjentmenn fra tolv skoler møttes til en dag om foreldresamarbeid og overgangen fra "
            "ungdomsskole til videregående."
        ),
        "paragraphs": [
            (
                "For mange unge er overgangen til videregående en sårbar tid. Nytt miljø, lengre skolevei og mer "
                "frihet kan føre til at en bekymring fra ungdomsskolen ikke blir fulgt opp. Deltakerne drøftet "
                "hvordan skolene kan samarbeide bedre innenfor reglene om taushetsplikt og samtykke."
            ),
            (
                "Etter lunsj øvde deltakerne på samtaler med foreldre gjennom rollespill, med veiledning fra "
                "kursholderne."
            ),
            "Neste samling i nettverket blir i Trondheim i januar.",
        ],
        "tags": ["nettverk", "foreldre"],
    },
    {
        "region": "korus-midt",
        "slug": "snakk-om-rus-pa-foreldremotet",
        "title": "Slik kan du snakke om rus på foreldremøtet",
        "date": "2026-10-14",
        "lead": (
            "En ny og kortere versjon av foreldremøtepresentasjonen fra KORUS Midt gjør det lettere for Kjentmenn "
            "og kontaktlærere å ta opp rus på 9. trinn."
        ),
        "paragraphs": [
            (
                "Foreldrene er fortsatt de viktigste forbildene for ungdom, også i årene da vennene fyller mest. "
                "Samtidig er mange foreldre usikre på hvor grensene bør gå, og hva andre foreldre i klassen gjør."
            ),
            (
                "Presentasjonen tar nå 30 minutter og kan tilpasses med tall fra Ungdata-undersøkelsen i egen "
                "kommune. Den avsluttes med en samtale der foreldrene selv diskuterer felles kjøreregler, for "
                "eksempel for fester og henting."
            ),
            "Presentasjonen og et nytt manus ligger i materiellbiblioteket.",
        ],
        "tags": ["foreldre", "materiell"],
    },
    {
        "region": "korus-bergen",
        "slug": "kjentmann-fyller-25-ar",
        "title": "Kjentmann fyller 25 år",
        "date": "2026-02-16",
        "lead": (
            "Kjentmann-ordningen ble til i Bergen i 2001. I år markerer vi jubileet med en fagdag for alle "
            "Kjentmenn i Vestland."
        ),
        "paragraphs": [
            (
                "Tanken var enkel: Hver skole skulle ha en ansatt som kjenner rusfeltet og hjelpeapparatet så godt "
                "at hun eller han kan være en trygg veiviser for kolleger, elever og foreldre. Elever, lærere og "
                "skolehelsetjenesten var med på å utvikle ordningen helt fra starten."
            ),
            (
                "Siden den gang har Kjentmann spredd seg til alle regionene i landet, og håndboken er revidert "
                "flere ganger. Kjernen er den samme: å oppdage tidlig, og å svare med en reaksjon som står i "
                "forhold til det som faktisk skjer."
            ),
            (
                "Jubileumsfagdagen holdes torsdag 23. april i Bergen. Invitasjonen er sendt til alle som har fått "
                "kursbevis hos oss."
            ),
        ],
        "tags": ["kjentmann", "nettverk"],
    },
    {
        "region": "korus-bergen",
        "slug": "ny-utgave-av-kjentmann-handboken",
        "title": "Ny utgave av Kjentmann-håndboken",
        "date": "2026-08-25",
        "lead": (
            "Versjon 2.0 av Kjentmann-håndboken er klar, med oppdaterte fakta om rusmidler og et nytt kapittel om "
            "samtykke og samarbeid."
        ),
        "paragraphs": [
            (
                "Håndboken har fått en grundig gjennomgang. Faktadelen er oppdatert, blant annet om THC i "
                "e-sigaretter og om lystgass, og Ungdata-tallene er byttet ut med de nyeste nasjonale resultatene."
            ),
            (
                "Et nytt kapittel forklarer hva skolen kan dele med andre tjenester, og hvordan man innhenter "
                "samtykke fra eleven og eventuelt foreldrene. Sjekklisten bakerst er kortet ned og gjort enklere å "
                "bruke i en travel skoledag."
            ),
            (
                "Den nye utgaven ligger i materiellbiblioteket. Sertifiserte Kjentmenn får automatisk beskjed om "
                "oppdateringen."
            ),
        ],
        "tags": ["materiell", "kjentmann"],
    },
    {
        "region": "korus-bergen",
        "slug": "fagdag-unge-og-cannabis",
        "title": "Fagdag: Unge, cannabis og skolens rolle",
        "date": "2026-11-05",
        "lead": (
            "KORUS Bergen inviterer ansatte i skoler og kommuner i Vestland til fagdag om cannabis torsdag 3. desember."
        ),
        "paragraphs": [
            (
                "Cannabis er det ulovlige rusmiddelet unge oftest prøver. De aller fleste ungdomsskoleelever har "
                "aldri brukt det, men andelen som har prøvd, øker i løpet av videregående. Samtidig møter unge "
                "mange motstridende budskap i sosiale medier om hvor farlig stoffet er."
            ),
            (
                "Fagdagen gir oppdatert kunnskap om virkninger og risiko, og om hvordan skolen kan snakke med "
                "elever uten å skremme eller moralisere. Om ettermiddagen forteller to skoler hvordan de har "
                "organisert arbeidet sitt."
            ),
            "Fagdagen er gratis, men du må melde deg på.",
        ],
        "tags": ["fagdag", "cannabis"],
    },
    {
        "region": "korus-stavanger",
        "slug": "egne-kurs-ungdomsskole-og-videregaende",
        "title": "Egne kurs for ungdomsskole og videregående",
        "date": "2026-01-27",
        "lead": (
            "I år tar KORUS Stavanger opp to grupper til Kjentmann-kurset: én for ungdomsskoler og én for "
            "videregående skoler."
        ),
        "paragraphs": [
            (
                "Tidligere deltakere ga tydelige tilbakemeldinger: Ansatte i ungdomsskolen og i videregående møter "
                "ulike elever og samarbeider med ulike tjenester. Med to opptak kan vi gå dypere inn i det som er "
                "relevant for hvert skoleslag."
            ),
            (
                "Begge kursene har åtte kursdager fra mars til november, med hjemmeoppgaver mellom dagene. Noen "
                "dager er felles, blant annet de to dagene om motiverende samtale."
            ),
            "Påmeldingsfristen er 15. februar.",
        ],
        "tags": ["kurs", "kjentmann"],
    },
    {
        "region": "korus-stavanger",
        "slug": "hjemmeoppgavene-gjor-kurset-til-praksis",
        "title": "Hjemmeoppgavene gjør kurset til praksis",
        "date": "2026-04-21",
        "lead": (
            "Mellom kursdagene prøver deltakerne ut det de lærer, på sin egen skole. Mange forteller at det er da "
            "kurset for alvor blir nyttig."
        ),
        "paragraphs": [
            (
                "En av de første oppgavene er å lage en oversikt over skolens samarbeidspartnere. Hvem er "
                "kontaktperson hos politiet, i barneverntjenesten, hos kommunens ruskonsulent og i PPT? Mange "
                "skoler oppdager at listen er utdatert, eller at den bare finnes i hodet til én person."
            ),
            (
                "Senere i kurset skal deltakerne gjennomføre en øvingssamtale med en kollega, der de trener på "
                "åpne spørsmål og refleksjoner. Erfaringene deles på neste kursdag."
            ),
            "Oppgavene leveres på nettsiden, og kursholderne gir en kort skriftlig tilbakemelding på hver av dem.",
        ],
        "tags": ["kurs", "samarbeid"],
    },
    {
        "region": "korus-stavanger",
        "slug": "ruskonsulenter-motte-kjentmenn-i-rogaland",
        "title": "Ruskonsulenter møtte Kjentmenn i Rogaland",
        "date": "2026-10-06",
        "lead": (
            "På høstens nettverkssamling fikk Kjentmennene møte ruskonsulenter og SLT-koordinatorer fra flere "
            "kommuner i fylket."
        ),
        "paragraphs": [
            (
                "Poenget var at skolene og kommunens tjenester skal kjenne hverandre før det oppstår en sak. Hver "
                "kommune presenterte hvordan skolene kan ta kontakt, og hvilken hjelp de kan gi ungdom og "
                "foreldre."
            ),
            (
                "Mange deltakere lurte på hva de kan drøfte uten samtykke. Svaret er at en sak kan drøftes "
                "anonymt, så lenge eleven ikke kan gjenkjennes. Skal tjenestene samarbeide om en bestemt elev, må "
                "eleven samtykke, og for de yngste også foreldrene."
            ),
            "Samlingen ble avsluttet med at deltakerne fylte ut kontaktlisten for sin egen skole.",
        ],
        "tags": ["nettverk", "samarbeid"],
    },
    {
        "region": "korus-sor",
        "slug": "ny-kursrekke-sor-2026",
        "title": "Ny kursrekke: fem kursdager og to dager med motiverende intervju",
        "date": "2026-02-03",
        "lead": (
            "KORUS Sør åpner påmeldingen til en ny Kjentmann-kursrekke for skoler i Buskerud, Vestfold, Telemark "
            "og Agder."
        ),
        "paragraphs": [
            (
                "Kurset består av fem heldagssamlinger fra april til desember. I tillegg kommer to dager med "
                "opplæring i motiverende intervju, som gir deltakerne et konkret verktøy i samtaler med elever som "
                "har begynt å bruke rusmidler på en måte som bekymrer."
            ),
            (
                "For å få kursbevis må du delta på minst fire av de fem samlingene og begge MI-dagene, og bestå "
                "quizene i e-læringsmodulene."
            ),
            "Kurset koster 2 500 kroner per deltaker, inkludert lunsj alle dagene.",
        ],
        "tags": ["kurs", "motiverende samtale"],
    },
    {
        "region": "korus-sor",
        "slug": "nye-kjentmenn-i-agder",
        "title": "22 nye Kjentmenn i Agder",
        "date": "2026-06-16",
        "lead": (
            "Ansatte fra 14 skoler i Agder fullførte Kjentmann-kurset i juni og er nå en del av det regionale "
            "nettverket."
        ),
        "paragraphs": [
            (
                "Deltakerne har vært gjennom fem kursdager i Kristiansand og to dager med motiverende intervju. "
                "Mange trekker fram øvelsene i samtaleteknikk som det de har hatt mest nytte av."
            ),
            (
                "Flere av skolene har allerede brukt kurset til å fornye rutinene for hva ansatte skal gjøre når "
                "de er bekymret for en elev. Rutinene er forankret hos rektor og gjort kjent for hele personalet."
            ),
            "Kursbevisene kan lastes ned fra nettsiden og kontrolleres med koden som står på beviset.",
        ],
        "tags": ["kursbevis", "kjentmann"],
    },
    {
        "region": "korus-sor",
        "slug": "nettverkssamling-tonsberg-fravaer",
        "title": "Nettverkssamling i Tønsberg om skolefravær og rus",
        "date": "2026-11-12",
        "lead": (
            "Kjentmenn fra hele regionen møttes for å se nærmere på hvordan skolefravær og rusbruk henger sammen."
        ),
        "paragraphs": [
            (
                "Elever som skulker mye, bruker oftere alkohol og andre rusmidler enn medelevene. Høyt fravær kan "
                "derfor være et tidlig signal, men det kan like gjerne ha helt andre årsaker, som psykiske plager "
                "eller vanskelige forhold hjemme."
            ),
            (
                "Deltakerne diskuterte hvordan skolen kan følge opp fravær tidlig og med nysgjerrighet i stedet "
                "for mistanke, og hvordan Kjentmannen kan støtte kontaktlæreren før den første samtalen."
            ),
            "Presentasjonene fra dagen ligger i nettverksforumet.",
        ],
        "tags": ["nettverk", "tidlig innsats"],
    },
    {
        "region": "korus-ost",
        "slug": "kjentmann-kurs-innlandet",
        "title": "Kjentmann-kurs for skoler i Innlandet",
        "date": "2026-02-24",
        "lead": (
            "Til høsten starter en ny kursrekke i Hamar for ansatte i ungdomsskoler og videregående skoler i Innlandet."
        ),
        "paragraphs": [
            (
                "Kurset har fire samlinger. Tre holdes i Hamar, mens én er digital, slik at skoler i de nordligste "
                "dalførene slipper én lang reise."
            ),
            (
                "Vi oppfordrer skolene til å melde på to ansatte, gjerne en lærer og en rådgiver eller "
                "miljøterapeut. Da er det lettere å holde ordningen i gang når en av dem har permisjon eller "
                "slutter."
            ),
            "En tilsvarende kursrekke for skoler i Østfold og Akershus starter på Lillestrøm i januar.",
        ],
        "tags": ["kurs", "kjentmann"],
    },
    {
        "region": "korus-ost",
        "slug": "hva-forteller-ungdata",
        "title": "Hva forteller Ungdata om rus blant unge?",
        "date": "2026-05-26",
        "lead": (
            "De fleste ungdomsskoleelever drikker seg ikke beruset. Likevel finnes det en liten gruppe som skolen "
            "bør ha et særlig øye med."
        ),
        "paragraphs": [
            (
                "Over tid har unge i Norge drukket mindre enn foreldrene gjorde i samme alder. Det store "
                "flertallet i ungdomsskolen har ikke vært beruset det siste året, og svært få har prøvd hasj eller "
                "marihuana. Bruken øker noe når elevene begynner på videregående."
            ),
            (
                "Bildet er likevel ikke likt for alle. En liten gruppe begynner å drikke tidlig og drikker ofte, "
                "og mange av dem har andre belastninger i tillegg, som vansker hjemme, skulk eller psykiske "
                "plager. Det er disse elevene Kjentmannen bør være særlig oppmerksom på."
            ),
            (
                "Kommunene i Østfold, Akershus og Innlandet gjennomfører Ungdata med jevne mellomrom. Vi hjelper "
                "gjerne skoler å tolke resultatene for sin kommune og bruke dem på foreldremøter."
            ),
        ],
        "tags": ["ungdata", "tidlig innsats"],
    },
    {
        "region": "korus-ost",
        "slug": "kjentmenn-og-slt-koordinatorer",
        "title": "Kjentmenn og SLT-koordinatorer på felles samling",
        "date": "2026-09-08",
        "lead": (
            "Kjentmenn fra Østfold møtte kommunenes SLT-koordinatorer for å bli bedre kjent med hverandres arbeid."
        ),
        "paragraphs": [
            (
                "SLT står for samordning av lokale kriminalitetsforebyggende tiltak, en modell der kommunen og "
                "politiet samarbeider om barn og unge. I mange kommuner er SLT-koordinatoren en naturlig første "
                "kontakt når bekymringen gjelder et miljø og ikke bare én elev, for eksempel hvis det selges "
                "rusmidler i nærheten av skolen."
            ),
            (
                "Alle kommuner er dessuten pålagt å opprette en rådgivende enhet for russaker. Deltakerne fikk "
                "høre hvordan enhetene er organisert i de ulike kommunene, og når det er naturlig at skolen tar "
                "kontakt."
            ),
            (
                "Samlingen viste at kontaktene ofte er knyttet til enkeltpersoner. Alle skolene ble derfor "
                "oppfordret til å føre navn og telefonnummer inn i skolens plan og holde listen oppdatert."
            ),
        ],
        "tags": ["samarbeid", "nettverk"],
    },
    {
        "region": "korus-oslo",
        "slug": "kursrekke-videregaende-oslo-var",
        "title": "Ny kursrekke for videregående skoler i Oslo",
        "date": "2026-01-13",
        "lead": (
            "Osloskolen har som mål at hver eneste videregående skole har minst én ansatt med "
            "Kjentmann-kompetanse. Nå åpner påmeldingen til vårens kurs."
        ),
        "paragraphs": [
            (
                "Kurset har fire samlinger og gir en innføring i rus og ungdom, motiverende samtale og samarbeid "
                "med tjenestene i bydelen. Mellom samlingene arbeider deltakerne med e-læringsmoduler."
            ),
            (
                "Skoler som i dag ikke har en aktiv Kjentmann, får fortrinn. Det er 40 plasser, og hver skole kan "
                "melde på inntil tre ansatte."
            ),
            "Ungdomsskolene er også velkomne. De får et eget kurs med oppstart i høst.",
        ],
        "tags": ["kurs", "videregående"],
    },
    {
        "region": "korus-oslo",
        "slug": "salto-og-ruskonsulent-ung",
        "title": "Skolen, SaLTo og ruskonsulent ung: hvem gjør hva?",
        "date": "2026-04-08",
        "lead": (
            "Alle bydeler i Oslo har en SaLTo-koordinator og en ruskonsulent for ungdom. På vårens samling fikk "
            "Kjentmennene møte dem."
        ),
        "paragraphs": [
            (
                "SaLTo er samarbeidet mellom Oslo kommune og Oslo politidistrikt om å forebygge kriminalitet og "
                "rus blant barn og unge. SaLTo-koordinatoren i bydelen kan hjelpe skolen å finne riktig tjeneste "
                "og riktig kontaktperson."
            ),
            (
                "Ruskonsulent ung kan snakke med ungdom og foreldre, gi råd til skolen og være med på møter når "
                "eleven ønsker det. Flere ruskonsulenter har også undervisningsopplegg som kan brukes i klassene."
            ),
            (
                "Samlingen ble avsluttet med at hver skole gikk gjennom sin egen samarbeidsliste, og flere fikk "
                "oppdatert kontaktinformasjon der og da."
            ),
        ],
        "tags": ["samarbeid", "salto"],
    },
    {
        "region": "korus-oslo",
        "slug": "utsett-pa-foreldremotene",
        "title": "Utsett på foreldremøtene i høst",
        "date": "2026-08-18",
        "lead": ("Ungdomsskoler i Oslo kan nå bestille opplæring i Utsett, foreldreopplegget for 8., 9. og 10. trinn."),
        "paragraphs": [
            (
                "Utsett består av tre korte presentasjoner, én for hvert trinn, som lærere eller Kjentmenn holder "
                "på foreldremøtene. Presentasjonene bruker Ungdata-tall fra bydelen, slik at foreldrene får et "
                "bilde av ungdommene i sitt eget nærmiljø."
            ),
            (
                "Målet er å hjelpe foreldre å utsette alkoholdebuten. Jo senere unge begynner å drikke, desto "
                "mindre er sjansen for at bruken blir omfattende senere i ungdomstiden."
            ),
            "Opplæringen varer én dag og er gratis for skoler i Oslo.",
        ],
        "tags": ["foreldre", "utsett"],
    },
    {
        "region": "korus-oslo",
        "slug": "hostsamling-kjentmenn-oslo",
        "title": "Høstsamling for Kjentmenn i Oslo",
        "date": "2026-10-28",
        "lead": (
            "Over 60 Kjentmenn fra ungdomsskoler og videregående skoler møttes for faglig påfyll og erfaringsdeling."
        ),
        "paragraphs": [
            (
                "Temaet var nye rusmidler som selges via sosiale medier. Deltakerne fikk vite mer om hva som er i "
                "omløp, og hvordan de kan snakke med elever om risikoen uten å vekke nysgjerrighet eller gi "
                "oppskrifter."
            ),
            (
                "I gruppearbeidet delte Kjentmennene erfaringer fra egen skole. Alle eksempler ble beskrevet slik "
                "at ingen elever kan kjennes igjen, og den samme regelen gjelder i nettverksforumet."
            ),
            "Neste samling blir i mars.",
        ],
        "tags": ["nettverk", "kjentmann"],
    },
]

MATERIAL: list[dict[str, Any]] = [
    {
        "region": "korus-bergen",
        "slug": "kjentmann-handboken",
        "title": "Kjentmann-håndboken",
        "summary": (
            "Grunnboken for alle som tar Kjentmann-kurset. Den beskriver rollen, tegn og signaler, samtaler med "
            "elever og foreldre, taushetsplikt og samarbeid med hjelpetjenestene."
        ),
        "category": "handbook",
        "versions": [
            {
                "version": "1.0",
                "date": "2024-08-15",
                "change_note": (
                    "Første utgave på nettsiden, bygget på den elektroniske håndboken fra 2019 og med oppdaterte "
                    "lenker til hjelpetjenester."
                ),
            },
            {
                "version": "2.0",
                "date": "2026-08-25",
                "change_note": (
                    "Nytt kapittel om samtykke og deling av opplysninger med andre tjenester. Faktadelen er "
                    "oppdatert med THC i e-sigaretter og lystgass, Ungdata-tallene er byttet ut med de nyeste "
                    "nasjonale resultatene, og sjekklisten er kortet ned fra ti til seks punkter."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "En Kjentmann er en ansatt på skolen som har særlig kunnskap om ungdom og rus, og som kjenner "
                "hjelpetjenestene i kommunen. Kjentmannen skal ikke løse alle saker alene, men hjelpe kolleger, "
                "elever og foreldre å finne en trygg vei videre."
            ),
            (
                "Tidlige tegn på problematisk rusbruk er ofte utydelige og kan ligne vanlig tenåringsatferd: "
                "svakere karakterer, mer fravær, tretthet etter helger, nye venner eller humørsvingninger. Ett "
                "tegn alene sier lite. Det er mønsteret over tid du bør legge merke til."
            ),
            (
                "Eleven selv er den beste kilden til å forstå hva hun eller han trenger. Møt eleven med åpne "
                "spørsmål, lytt mer enn du snakker, og unngå formaninger. Si tydelig hva du kan holde for deg "
                "selv, og hva du må bringe videre."
            ),
            (
                "Skolen kan drøfte en sak anonymt med andre tjenester. Skal opplysninger om en elev deles, trengs "
                "samtykke fra eleven, og for elever under 16 år også fra foreldrene. Ved mistanke om alvorlig "
                "omsorgssvikt har alle ansatte en selvstendig plikt til å melde fra til barneverntjenesten."
            ),
            (
                "Sjekkliste: Har jeg konkrete observasjoner? Har jeg snakket med eleven? Vet eleven hvem som blir "
                "informert? Hvem på skolen følger opp? Hvilken tjeneste utenfor skolen er aktuell? Har jeg skrevet "
                "ned hva som er gjort?"
            ),
        ],
    },
    {
        "region": "korus-oslo",
        "slug": "veileder-lokal-plan-rusforebygging",
        "title": "Veileder for skolens lokale plan for rusforebyggende arbeid",
        "summary": (
            "En veileder med mal for hvordan skolen kan beskrive mål, tiltak, rutiner ved bekymring og "
            "samarbeidspartnere i sin egen plan for rusforebyggende arbeid."
        ),
        "category": "guide",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-01-20",
                "change_note": "Første versjon, tilpasset skoler i Oslo.",
            },
            {
                "version": "2.0",
                "date": "2026-03-10",
                "change_note": (
                    "Ny del om hvordan elevene kan være med og lage planen, og en egen tabell for rutiner når noen "
                    "mistenkes for å selge rusmidler ved skolen. Listen over samarbeidspartnere har fått med den "
                    "rådgivende enheten for russaker."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Hver skole bør ha sin egen plan for hvordan den forebygger rus. Rektor har ansvaret for planen, "
                "men den blir best når ansatte, elever, foreldre og tjenestene i bydelen eller kommunen har vært "
                "med på å lage den."
            ),
            (
                "Begynn med skolens mål. Beskriv deretter hva skolen gjør forebyggende for alle elever, for "
                "enkelte trinn og ved særlige anledninger som klasseturer, russetid og skolearrangementer, og "
                "hvordan foreldrene blir involvert."
            ),
            (
                "Planen må si tydelig hva ansatte skal gjøre når de er bekymret for en elev, når en elev kommer "
                "ruset på skolen, og når noen mistenkes for å selge rusmidler på eller ved skolen. Skriv hvem som "
                "har ansvaret i hvert tilfelle."
            ),
            (
                "Legg ved en liste over samarbeidspartnere med navn og kontaktinformasjon, for eksempel "
                "SaLTo-koordinator, ruskonsulent ung, helsetjenesten, skolens kontakt i politiet, "
                "barneverntjenesten, PPT og BUP. Gå gjennom listen minst én gang i året."
            ),
            (
                "Beskriv til slutt hva rektor, avdelingsleder, rådgiver, miljøterapeut, Kjentmann og "
                "skolehelsetjeneste hver for seg gjør i det rusforebyggende arbeidet."
            ),
        ],
    },
    {
        "region": None,
        "slug": "mal-samtykke-til-samarbeid",
        "title": "Mal for samtykke til samarbeid rundt en elev",
        "summary": (
            "Et skjema som lar eleven, og ved behov foreldrene, gi skolen lov til å samarbeide med andre tjenester "
            "om oppfølgingen. Malen kan tilpasses den enkelte skole."
        ),
        "category": "template",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-03-03",
                "change_note": "Første versjon.",
            },
            {
                "version": "2.0",
                "date": "2026-02-09",
                "change_note": (
                    "Skjemaet har fått et eget felt for hvilke opplysninger som kan deles, og en tydeligere "
                    "forklaring på at samtykket kan trekkes tilbake når som helst. Hele teksten er skrevet om i "
                    "klarspråk."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Jeg gir skolen samtykke til å samarbeide om oppfølgingen min med tjenestene jeg har krysset av "
                "for nedenfor. Jeg har fått vite hvilke opplysninger som kan deles, og hvorfor."
            ),
            (
                "Tjenester: helsesykepleier, ruskonsulent, barneverntjeneste, PPT, BUP, fastlege, politiets "
                "forebyggende enhet, annet: ______. Opplysninger som kan deles: ______."
            ),
            (
                "Samtykket gjelder fra ______ til og med ______. Jeg kan trekke det tilbake når som helst, muntlig "
                "eller skriftlig, ved å si fra til kontaktpersonen min på skolen."
            ),
            "For elever under 16 år må også foreldre eller andre med foreldreansvar skrive under.",
            ("Underskrift elev: ______. Underskrift foresatt: ______. Kontaktperson på skolen: ______. Dato: ______."),
        ],
    },
    {
        "region": "korus-sor",
        "slug": "samtaleguide-motiverende-samtale",
        "title": "Samtaleguide: motiverende samtale med elever",
        "summary": (
            "En kort guide til samtaler med elever du er bekymret for, bygget på prinsippene i motiverende "
            "intervju. Guiden brukes på MI-dagene i kursrekken."
        ),
        "category": "guide",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-08-18",
                "change_note": "Første versjon, laget til MI-dagene i kursrekken.",
            },
            {
                "version": "2.0",
                "date": "2026-09-14",
                "change_note": (
                    "Nye eksempler på hvordan du kan åpne samtalen med elever i videregående, og et eget avsnitt "
                    "om samtaler med foreldre. Øvelsene er samlet bakerst."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Motiverende samtale er en måte å snakke på som styrker elevens egen motivasjon for endring. Du "
                "lytter, utforsker og løfter fram elevens egne grunner, i stedet for å gi råd eller advarsler."
            ),
            (
                "Begynn med å skape trygghet. Fortell hvorfor du har bedt om samtalen, og spør hva eleven tenker "
                "om den. Et eksempel: «Jeg har sett at du har vært mye borte i det siste, og jeg ble litt "
                "bekymret. Hvordan går det med deg?»"
            ),
            (
                "Bruk åpne spørsmål, bekreftelser, refleksjoner og oppsummeringer. En god refleksjon viser at du "
                "har forstått, og gir eleven mulighet til å si mer."
            ),
            "Unngå å argumentere. Merker du motstand, er det et tegn på at du bør senke tempoet og lytte mer.",
            ("Avslutt med en oppsummering, og avtal et neste steg som eleven selv er med på, selv om steget er lite."),
        ],
    },
    {
        "region": "korus-midt",
        "slug": "presentasjon-foreldremote-9-trinn",
        "title": "Presentasjon til foreldremøte på 9. trinn",
        "summary": (
            "En kort presentasjon med manus som Kjentmenn og kontaktlærere kan bruke når de tar opp rus og ungdom "
            "på foreldremøtet."
        ),
        "category": "presentation",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-09-01",
                "change_note": "Første versjon, med plass til lokale Ungdata-tall.",
            },
            {
                "version": "2.0",
                "date": "2026-10-14",
                "change_note": (
                    "Presentasjonen er kortet ned fra 45 til 30 minutter og har fått en ny avslutning der "
                    "foreldrene selv blir enige om felles kjøreregler. Manuset er skrevet om, slik at også lærere "
                    "uten erfaring med temaet kan bruke det."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Lysbilde 1 – Hvorfor snakker vi om rus på 9. trinn? De fleste på denne alderen har ikke drukket "
                "alkohol, men mange får sine første tilbud i løpet av det neste året."
            ),
            (
                "Lysbilde 2 – Hva sier ungdommene i kommunen vår? Sett inn tall fra den siste "
                "Ungdata-undersøkelsen, og legg vekt på at flertallet velger bort alkohol."
            ),
            (
                "Lysbilde 3 – Foreldre betyr mye. Tydelige forventninger, varme og interesse for hva ungdommen "
                "holder på med, virker beskyttende. Det hjelper også når foreldrene i klassen snakker sammen."
            ),
            (
                "Lysbilde 4 – Samtale i grupper. Hva er viktig for oss som foreldre? Hvordan vil vi håndtere "
                "fester og henting? Hva gjør vi hvis vi blir bekymret?"
            ),
            (
                "Til den som holder presentasjonen: Hold tonen rolig og saklig. Målet er ikke å skremme, men å gi "
                "foreldrene trygghet og et felles utgangspunkt."
            ),
        ],
    },
    {
        "region": None,
        "slug": "sjekkliste-ved-bekymring",
        "title": "Sjekkliste: når du er bekymret for en elev",
        "summary": (
            "En sjekkliste på én side som hjelper ansatte å vurdere tegn på rusbruk og bestemme neste steg. "
            "Tegnene er delt i gult (følg med) og rødt (handle nå)."
        ),
        "category": "other",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-05-05",
                "change_note": "Første versjon.",
            },
            {
                "version": "2.0",
                "date": "2026-05-18",
                "change_note": (
                    "Tegnene er nå delt i et gult og et rødt nivå. Sjekklisten har fått nødnumrene og en "
                    "påminnelse om opplysningsplikten til barneverntjenesten."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Gult – følg med og snakk med eleven: svakere skoleprestasjoner, økende fravær, påfallende "
                "tretthet etter helger, skifte av venner, humørsvingninger, tilbaketrekning."
            ),
            (
                "Rødt – handle samme dag: eleven er ruset på skolen, eleven forteller om omfattende bruk, det er "
                "tegn på salg av rusmidler, eller det er fare for liv eller helse."
            ),
            (
                "Før du handler: Hva har du konkret observert? Har du snakket med eleven? Hvem på skolen bør "
                "kjenne til saken, og vet eleven hvem som blir informert?"
            ),
            (
                "Hvem kan hjelpe? Skolens Kjentmann, helsesykepleier, rådgiver, kommunens ruskonsulent eller den "
                "rådgivende enheten for russaker. Du kan drøfte saken uten å oppgi hvem eleven er."
            ),
            (
                "Ved fare for liv og helse: ring 112 (politi) eller 113 (ambulanse). Har du grunn til å tro at en "
                "elev utsettes for alvorlig omsorgssvikt, skal du melde fra til barneverntjenesten."
            ),
        ],
    },
    {
        "region": "korus-nord",
        "slug": "kontaktliste-samarbeidspartnere",
        "title": "Kontaktliste for skolens samarbeidspartnere",
        "summary": (
            "En utfyllbar mal der skolen samler navn og kontaktinformasjon til tjenestene den samarbeider med om "
            "rus. Malen er tilpasset små kommuner og interkommunale tjenester."
        ),
        "category": "template",
        "versions": [
            {
                "version": "1.0",
                "date": "2025-02-10",
                "change_note": "Første versjon.",
            },
            {
                "version": "2.0",
                "date": "2026-09-28",
                "change_note": (
                    "Egne rader for interkommunale tjenester og for helsesykepleierens dager på skolen. Nytt felt "
                    "for når listen sist ble oppdatert, slik at det er lett å se om den fortsatt stemmer."
                ),
            },
        ],
        "document_paragraphs": [
            (
                "Fyll ut listen sammen med rektor og helsesykepleier, og gå gjennom den når skoleåret starter. "
                "Mangler en tjeneste fast kontaktperson, ta kontakt og be om et navn."
            ),
            (
                "Skolehelsetjenesten: navn, telefon og hvilke dager helsesykepleieren er på skolen. Kommunens "
                "ruskonsulent eller rusteam: navn, telefon og e-post."
            ),
            (
                "Barneverntjenesten, også vakttelefonen utenom kontortid. Politiets kontaktperson for skolen. "
                "Pedagogisk-psykologisk tjeneste (PPT)."
            ),
            (
                "Spesialisthelsetjenesten, for eksempel BUP eller et ungdomsteam, og eventuelle interkommunale "
                "tjenester."
            ),
            "Listen ble sist oppdatert (dato og navn): ______.",
        ],
    },
]

PRIVACY: dict[str, Any] = {
    "title": "Personvern",
    "intro": (
        "Her forklarer vi hvilke personopplysninger Kjentmann-nettsiden behandler, hvorfor vi gjør det, hvor lenge "
        "opplysningene lagres, og hvilke rettigheter du har."
    ),
    "sections": [
        (
            "Hvem som er ansvarlig",
            (
                "KORUS-senteret som holder kursrekken du deltar i, er ansvarlig for opplysningene om deg i den "
                "kursrekken. For det som er felles, som innlogging og nettverksforumet, deler de sju "
                "KORUS-sentrene ansvaret. En egen avtale mellom sentrene beskriver hvem som gjør hva."
            ),
        ),
        (
            "Opplysninger vi lagrer",
            (
                "Vi lagrer navnet ditt, e-postadressen din, rollen din på skolen og hvilken skole du arbeider ved. "
                "Når du tar et kurs, registrerer vi påmeldingen, oppmøtet ditt på samlingene, resultatene dine på "
                "quizene og kursbeviset ditt. Skriver du i nettverksforumet, lagres innleggene dine. For å holde "
                "tjenesten sikker lagrer vi også hvilke e-poster vi har sendt deg, og mislykkede forsøk på å logge "
                "inn."
            ),
        ),
        (
            "Dette lagrer vi aldri",
            (
                "Nettsiden skal ikke inneholde opplysninger om elever. Vi ber heller aldri om fødselsnummer, "
                "verken ditt eller andres. Forumet stopper innlegg som inneholder et fødselsnummer eller D-nummer, "
                "og varsler deg hvis et innlegg ser ut til å kunne avsløre hvem en elev er. Del gjerne erfaringer, "
                "men beskriv dem alltid slik at ingen kan kjennes igjen."
            ),
        ),
        (
            "Hvorfor vi kan behandle opplysningene",
            (
                "KORUS-sentrene har fått i oppdrag av staten å bygge opp og spre kompetanse på rusfeltet, og "
                "Kjentmann-opplæringen er en del av det oppdraget. Vi behandler opplysningene fordi det er "
                "nødvendig for å utføre en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 "
                "nr. 1 bokstav e). Vi bruker dem ikke til markedsføring, og bare de ansatte som trenger dem for å "
                "gjennomføre kurset, får se dem."
            ),
        ),
        (
            "Hvor lenge vi lagrer opplysningene",
            (
                "Opplysninger om påmelding og oppmøte slettes fem år etter at kursrekken er avsluttet. Svarene "
                "dine på quizene slettes etter to år. Oversikten over e-poster vi har sendt, slettes etter 13 "
                "måneder, og mislykkede innloggingsforsøk etter 30 dager. Innlegg i forumet blir liggende til du "
                "sletter dem selv eller kontoen din avsluttes. Kursbeviset beholdes så lenge du har konto, slik at "
                "du alltid kan dokumentere at du har fullført."
            ),
        ),
        (
            "Informasjonskapsler",
            (
                "Vi bruker bare informasjonskapsler som trengs for at innlogging og skjemaer skal fungere. Vi "
                "bruker ingen verktøy som følger med på hva du gjør på andre nettsteder."
            ),
        ),
        (
            "Rettighetene dine",
            (
                "Du har rett til å få vite hvilke opplysninger vi har om deg, og til å få en kopi av dem. Du kan "
                "be oss rette opplysninger som er feil, og slette opplysninger vi ikke lenger trenger. Vi svarer "
                "på henvendelser så raskt vi kan, og senest innen én måned."
            ),
        ),
        (
            "Kontakt og klage",
            (
                "Spørsmål om personvern kan du sende til post@kjentmann.test. Du kan også ta kontakt med "
                "personvernombudet i helseforetaket eller organisasjonen som KORUS-senteret ditt er en del av. "
                "Mener du at vi behandler opplysninger i strid med regelverket, kan du klage til Datatilsynet."
            ),
        ),
    ],
}

ACCESSIBILITY: dict[str, Any] = {
    "title": "Tilgjengelighetserklæring",
    "intro": (
        "Alle skal kunne bruke Kjentmann-nettsiden, uansett funksjonsevne og hvilke hjelpemidler de bruker. Her "
        "forteller vi hvordan vi arbeider med universell utforming, og hva som ennå ikke er godt nok."
    ),
    "sections": [
        (
            "Kravene vi skal oppfylle",
            (
                "Som offentlig tjeneste skal nettsiden oppfylle forskriften om universell utforming av "
                "IKT-løsninger. Det betyr at vi følger retningslinjene i WCAG 2.1 på nivå A og AA. Erklæringen "
                "gjelder de offentlige sidene, påmeldingen, «Mine kurs», e-læringsmodulene og nettverksforumet."
            ),
        ),
        (
            "Slik tester vi",
            (
                "Hver gang vi gjør endringer, kontrolleres alle offentlige sider automatisk med verktøyet "
                "axe-core, og vi tar ikke i bruk en ny versjon før den er uten feil. I tillegg sjekker vi for hånd "
                "at alt kan brukes med tastatur alene, at du alltid ser hvor du er på siden, og at det finnes en "
                "snarvei til hovedinnholdet. Vi tar også stikkprøver med skjermleser, med NVDA på Windows og "
                "VoiceOver på Mac og iPhone."
            ),
        ),
        (
            "Kjente mangler",
            (
                "Noen eldre PDF-dokumenter i materiellbiblioteket ble laget før vi stilte krav til tilgjengelige "
                "dokumenter, og kan mangle overskrifter eller alternativ tekst til bilder. Vi erstatter dem når "
                "det kommer en ny versjon. Enkelte e-læringsmoduler har innebygde videoer fra andre leverandører. "
                "Videoene er tekstet, men vi kan ikke garantere at avspilleren fungerer godt med alle "
                "hjelpemidler."
            ),
        ),
        (
            "Trenger du innholdet i en annen form?",
            (
                "Si fra hvis et dokument eller en video ikke fungerer for deg. Da sender vi deg innholdet i en "
                "form du kan bruke, for eksempel som et tilgjengelig Word-dokument eller som ren tekst."
            ),
        ),
        (
            "Meld fra om problemer",
            (
                "Har du oppdaget noe som ikke virker, vil vi gjerne vite det. Send en e-post til "
                "post@kjentmann.test og fortell hvilken side det gjelder, og hva som skjedde. Du får svar innen ti "
                "arbeidsdager."
            ),
        ),
        (
            "Klage til Uutilsynet",
            (
                "Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell "
                "utforming av IKT (Uutilsynet). Tilsynet kontrollerer at nettsider og apper følger regelverket, og "
                "kan pålegge oss å rette feil."
            ),
        ),
        (
            "Om denne erklæringen",
            (
                "Erklæringen ble sist gjennomgått 1. november 2026. Vi går den gjennom minst én gang i året, og "
                "ellers når vi gjør større endringer på nettsiden."
            ),
        ),
    ],
}
