"""Demo content for the network forum, in Norwegian bokmål: members, areas and anonymous discussions."""

from typing import Any

MEMBERS: list[dict[str, Any]] = [
    {
        "email": "oslo@korus.test",
        "first_name": "Ola",
        "last_name": "Oslo",
        "handle": "korus.oslo",
        "region": "korus-oslo",
    },
    {
        "email": "ingrid.berg@skole.test",
        "first_name": "Ingrid",
        "last_name": "Berg",
        "handle": "ingrid.berg",
        "region": "korus-bergen",
    },
    {
        "email": "marte.solheim@skole.test",
        "first_name": "Marte",
        "last_name": "Solheim",
        "handle": "marte.solheim",
        "region": "korus-nord",
    },
    {
        "email": "jonas.aune@skole.test",
        "first_name": "Jonas",
        "last_name": "Aune",
        "handle": "jonas.aune",
        "region": "korus-midt",
    },
    {
        "email": "siri.dahl@skole.test",
        "first_name": "Siri",
        "last_name": "Dahl",
        "handle": "siri.dahl",
        "region": "korus-stavanger",
    },
    {
        "email": "tone.eikeland@skole.test",
        "first_name": "Tone",
        "last_name": "Eikeland",
        "handle": "tone.eikeland",
        "region": "korus-sor",
    },
    {
        "email": "ahmed.rahimi@skole.test",
        "first_name": "Ahmed",
        "last_name": "Rahimi",
        "handle": "ahmed.rahimi",
        "region": "korus-oslo",
    },
]

CATEGORIES: list[dict[str, Any]] = [
    {
        "slug": "hele-landet",
        "name": "Hele landet",
        "region": None,
        "description": (
            "Felles område for alle Kjentmenn: erfaringer, spørsmål og tips på tvers av regioner. "
            "Les retningslinjene øverst før du skriver."
        ),
    },
    {
        "slug": "korus-nord",
        "name": "KORUS Nord",
        "region": "korus-nord",
        "description": "For Kjentmenn i Nordland, Troms og Finnmark. KORUS Nord modererer.",
    },
    {
        "slug": "korus-midt",
        "name": "KORUS Midt",
        "region": "korus-midt",
        "description": "For Kjentmenn i Møre og Romsdal og Trøndelag. KORUS Midt modererer.",
    },
    {
        "slug": "korus-bergen",
        "name": "KORUS Bergen",
        "region": "korus-bergen",
        "description": "For Kjentmenn i Vestland. KORUS Bergen modererer.",
    },
    {
        "slug": "korus-stavanger",
        "name": "KORUS Stavanger",
        "region": "korus-stavanger",
        "description": "For Kjentmenn i Rogaland. KORUS Stavanger modererer.",
    },
    {
        "slug": "korus-sor",
        "name": "KORUS Sør",
        "region": "korus-sor",
        "description": "For Kjentmenn i Agder, Telemark, Vestfold og Buskerud. KORUS Sør modererer.",
    },
    {
        "slug": "korus-ost",
        "name": "KORUS Øst",
        "region": "korus-ost",
        "description": "For Kjentmenn i Østfold, Akershus og Innlandet. KORUS Øst modererer.",
    },
    {
        "slug": "korus-oslo",
        "name": "KORUS Oslo",
        "region": "korus-oslo",
        "description": "For Kjentmenn i Oslo. KORUS Oslo modererer.",
    },
]

TOPICS: list[dict[str, Any]] = [
    {
        "area": "hele-landet",
        "title": "Velkommen til nettverket – slik bruker vi forumet",
        "pinned": True,
        "posts": [
            {
                "author": "korus.oslo",
                "body": (
                    "Velkommen til nettverket for Kjentmenn! Her deler vi erfaringer, stiller spørsmål og gir "
                    "hverandre tips, på tvers av skoler og regioner. Ingen spørsmål er for små.\n\n"
                    "Noen enkle regler gjelder for alle:\n\n"
                    "- **Del erfaringer, ikke elever.** Skriv om situasjoner og hva dere gjorde, aldri slik at en "
                    "elev kan kjennes igjen. Skriv «en elev» eller «en jente på ungdomsskolen», og hold detaljene "
                    "vage.\n"
                    "- **Ingen personopplysninger.** Forumet stopper innlegg som inneholder et fødselsnummer, "
                    "D-nummer eller H-nummer. Ser teksten ut til å ha et navn sammen med klasse eller skole, et "
                    "telefonnummer eller en e-postadresse, får du en advarsel før noe blir publisert.\n"
                    "- **Si fra.** Ser du et innlegg som bryter reglene, rapporter det med lenken under innlegget "
                    "i stedet for å svare i tråden.\n"
                    "- **Vi moderer.** KORUS-ansatte følger med i sine regioner, skjuler innlegg som bryter "
                    "reglene og tar kontakt med den som skrev.\n\n"
                    "Forumet erstatter ikke veiledning i enkeltsaker. Er du bekymret for en elev akkurat nå, snakk "
                    "med ledelsen, skolehelsetjenesten eller KORUS-senteret ditt. Er det fare for liv og helse, "
                    "ring nødnummeret.\n\n"
                    "Godt å ha dere med!"
                ),
            },
            {
                "author": "ingrid.berg",
                "body": (
                    "Takk for velkomsten, og for tydelige regler.\n\n"
                    "Et praktisk spørsmål: hva om jeg er usikker på om en situasjon kan kjennes igjen, for "
                    "eksempel fordi jeg jobber på en liten skole der alle vet hva som har skjedd? Hvordan bør jeg "
                    "skrive om den da, eller er det bedre å la være?"
                ),
            },
            {
                "author": "korus.oslo",
                "body": (
                    "Godt spørsmål. En tommelfingerregel: kan en kollega på din egen arbeidsplass eller en "
                    "forelder i nærmiljøet kjenne igjen eleven, er det for mye.\n\n"
                    "Det hjelper ofte å:\n\n"
                    "- ta bort tid og sted («i forrige uke», «på turen»)\n"
                    "- endre detaljer som ikke betyr noe for spørsmålet ditt\n"
                    "- spørre generelt: «Hvordan håndterer dere …?»\n\n"
                    "Er du fortsatt i tvil, ta heller kontakt med KORUS-senteret ditt. Vi drøfter gjerne "
                    "enkeltsaker uten navn, og da trenger ingen andre å lese med."
                ),
            },
        ],
    },
    {
        "area": "korus-bergen",
        "title": "Elev som ofte er sliten etter helgene – hvordan åpne samtalen?",
        "pinned": False,
        "posts": [
            {
                "author": "ingrid.berg",
                "body": (
                    "En kollega kom til meg i forrige uke. Hun er kontaktlærer og har lagt merke til at en elev "
                    "på ungdomstrinnet ofte er svært sliten på mandager, noen ganger tirsdager også. Fraværet har "
                    "økt litt, og eleven holder seg mer for seg selv i friminuttene.\n\n"
                    "Kollegaen vet ikke om dette handler om rus i det hele tatt, eller om det er søvn, gaming "
                    "eller noe hjemme. Hun vil ikke «anklage» eleven for noe.\n\n"
                    "Hvordan ville dere rådet henne til å åpne samtalen? Og hvordan skiller dere mellom gule og "
                    "røde tegn?"
                ),
            },
            {
                "author": "jonas.aune",
                "body": (
                    "Jeg ville startet med det hun faktisk har sett, ikke med rus. For eksempel: «Jeg har lagt "
                    "merke til at du virker sliten på mandager, og at du har vært mer borte i det siste. Jeg blir "
                    "litt bekymret. Hvordan har du det?»\n\n"
                    "Det viktigste er å skille mellom det hun **vet**, det hun **tror** og det hun **lurer på**. "
                    "Da blir det en invitasjon og ikke en anklage.\n\n"
                    "Og så: la eleven få tid til å svare. Mange av oss fyller stillheten altfor fort."
                ),
            },
            {
                "author": "marte.solheim",
                "body": (
                    "Om gult og rødt: gule tegn krever at vi følger med og tar en prat, røde krever at vi "
                    "handler med en gang.\n\n"
                    "Det du beskriver, høres gult ut for meg:\n\n"
                    "- trøtthet og fravær som gjentar seg etter helger\n"
                    "- endringer i hvem eleven er sammen med\n"
                    "- lavere innsats enn før\n\n"
                    "Rødt ville vært at eleven møter ruset på skolen, at det er tegn til salg, eller at det er "
                    "fare for liv og helse. Da må ledelsen på banen samme dag, og eventuelt barnevern eller "
                    "politi.\n\n"
                    "Ingen liste er en fasit. Drøft gjerne saken anonymt med helsesykepleier før samtalen."
                ),
            },
            {
                "author": "ingrid.berg",
                "body": (
                    "Takk begge to! @jonas.aune, den med vet, tror og lurer på tar jeg med til kollegaen. Hun var "
                    "redd for å «gjøre for mye», men dette gjør det lettere å starte i det små.\n\n"
                    "Vi har avtalt at hun tar en første prat denne uka, og at vi to møtes etterpå for å se om "
                    "det trengs mer. Jeg skriver en kort oppdatering her hvis det er noe andre kan lære av."
                ),
            },
        ],
    },
    {
        "area": "hele-landet",
        "title": "Hvordan spør dere om samtykke til å ta inn helsesykepleier?",
        "pinned": False,
        "posts": [
            {
                "author": "siri.dahl",
                "body": (
                    "Jeg har hatt noen gode samtaler med en elev som har fortalt at hasj har blitt en del av "
                    "helgene. Eleven vil egentlig trappe ned, og jeg tror helsesykepleier kunne vært en god "
                    "støtte. Men jeg har taushetsplikt og vil ikke gå bak ryggen på noen.\n\n"
                    "Hvordan formulerer dere spørsmålet om samtykke? Og bruker dere et skriftlig skjema, eller "
                    "holder det med en muntlig avtale som dere noterer?"
                ),
            },
            {
                "author": "tone.eikeland",
                "body": (
                    "Jeg sier det ganske rett ut, men gir eleven kontrollen: «Jeg tror helsesykepleier kan hjelpe "
                    "deg med akkurat dette. Er det greit at jeg tar kontakt, eller vil du heller gå selv, kanskje "
                    "sammen med meg første gang?»\n\n"
                    "Mange velger det siste. Da er samtykket tydelig, og eleven eier avtalen selv.\n\n"
                    "Når flere tjenester skal dele opplysninger, for eksempel skolen og ruskonsulenten, bruker vi "
                    "et enkelt samtykkeskjema. Der står det hvem som kan snakke med hvem, og om hva."
                ),
            },
            {
                "author": "ahmed.rahimi",
                "body": (
                    "Et par ting jeg har lært:\n\n"
                    "1. Vær konkret om **hva** du vil dele. «Det du har fortalt meg om helgene» er bedre enn "
                    "«det vi har snakket om».\n"
                    "2. Si at samtykket kan trekkes tilbake når som helst.\n"
                    "3. Tenk på alder. Skal eleven henvises videre, for eksempel til BUP, trengs også samtykke "
                    "fra foresatte når eleven er under 16 år.\n\n"
                    "Helsesykepleier har en ganske fri stilling mellom skole, elev og hjem. Det er lurt å si til "
                    "eleven, for mange tror at alt går rett til rektor."
                ),
            },
            {
                "author": "siri.dahl",
                "body": (
                    "Så nyttig, takk! At jeg må være konkret om hva som deles, hadde jeg ikke tenkt på. Jeg tror "
                    "eleven vil velge å gå sammen med meg første gang.\n\n"
                    "@tone.eikeland, har dere skjemaet som en mal uten navn og skole? Det hadde vært fint å se "
                    "hvordan dere har formulert det."
                ),
            },
            {
                "author": "tone.eikeland",
                "body": (
                    "Den er helt enkel, men jeg skal spørre KORUS Sør om den kan legges i materiellbiblioteket, "
                    "så alle kan bruke den. Da slipper vi å lage hver vår variant. Jeg gir beskjed her når den "
                    "ligger ute.\n\n"
                    "Husk bare at skjemaet ikke gjør jobben alene: det er samtalen før det som gjør at eleven "
                    "forstår hva hun eller han sier ja til."
                ),
            },
        ],
    },
    {
        "area": "korus-sor",
        "title": "Foreldremøte om cannabis – hva har fungert for dere?",
        "pinned": False,
        "posts": [
            {
                "author": "tone.eikeland",
                "body": (
                    "FAU har bedt om et foreldremøte om cannabis for de to øverste trinnene, og jeg har sagt ja "
                    "til å holde det sammen med helsesykepleier. Foreldrene er urolige etter en del rykter i "
                    "nærmiljøet.\n\n"
                    "Jeg vil gjerne unngå et skremmemøte. Hva har fungert hos dere? Hvor mye bør handle om fakta, "
                    "og hvor mye om hvordan foreldre kan snakke med ungdommen sin?"
                ),
            },
            {
                "author": "jonas.aune",
                "body": (
                    "Vi hadde et slikt møte i fjor. Det som fungerte best, var å bruke lite tid på stoffet og mye "
                    "tid på foreldrene selv:\n\n"
                    "- Kort om hva cannabis gjør med en hjerne i utvikling, og at de fleste ungdommer ikke bruker "
                    "det. Det siste beroliger, og det er viktig å si.\n"
                    "- Hvordan starte en samtale hjemme uten at det blir et avhør.\n"
                    "- Hvem foreldre kan kontakte i kommunen.\n\n"
                    "Vi avsluttet med samtaler i små grupper der foreldrene delte hvordan de setter grenser. Det "
                    "skapte mer engasjement enn noe foredrag."
                ),
            },
            {
                "author": "marte.solheim",
                "body": (
                    "Enig med @jonas.aune. Ta gjerne med at foreldrenes egne holdninger betyr mye, også til "
                    "alkohol. Ungdom som venter lenge med å drikke, prøver sjeldnere andre rusmidler.\n\n"
                    "Et spørsmål: har dere tenkt på hvordan dere håndterer det hvis en forelder vil snakke om en "
                    "bestemt elev i plenum? Det skjedde hos oss, og det ble ubehagelig for alle."
                ),
            },
            {
                "author": "tone.eikeland",
                "body": (
                    "> Et spørsmål: har dere tenkt på hvordan dere håndterer det hvis en forelder vil snakke om "
                    "en bestemt elev i plenum?\n\n"
                    "Godt poeng, det hadde jeg ikke tenkt på. Vi sier det tydelig i starten: i kveld snakker vi "
                    "om ungdom generelt, og konkrete bekymringer tar vi gjerne etterpå, på tomannshånd eller i en "
                    "egen samtale.\n\n"
                    "Helsesykepleier og jeg blir igjen en halvtime etter møtet for dem som vil prate."
                ),
            },
        ],
    },
    {
        "area": "korus-oslo",
        "title": "Kontaktlisten over lokale tjenester – hva har dere med?",
        "pinned": False,
        "posts": [
            {
                "author": "ahmed.rahimi",
                "body": (
                    "Etter kurset fikk jeg i oppgave å lage en oppdatert kontaktliste, så kollegene vet hvem de "
                    "kan ringe. Foreløpig har jeg med:\n\n"
                    "- ruskonsulent ung i bydelen\n"
                    "- SaLTo-koordinator og politikontakten vår\n"
                    "- helsesykepleier og skolelege\n"
                    "- BUP, og hvem som kan henvise dit\n"
                    "- barneverntjenesten, også vakttelefonen\n\n"
                    "Mangler det noe? Og hvordan holder dere listen oppdatert når folk bytter jobb?"
                ),
            },
            {
                "author": "korus.oslo",
                "body": (
                    "Fin liste! Vi anbefaler også å ta med PPT, oppfølgingstjenesten for dem som går på "
                    "videregående, og Uteteam Ung. Der kan man drøfte en bekymring, også anonymt.\n\n"
                    "Et tips fra andre: skriv én linje om **når** man bruker hver tjeneste, ikke bare navn og "
                    "nummer. Da blir listen et verktøy og ikke en telefonkatalog.\n\n"
                    "Sett også av en fast dato, for eksempel ved oppstart i august, der Kjentmannen går "
                    "gjennom listen."
                ),
            },
            {
                "author": "ahmed.rahimi",
                "body": (
                    "Takk! PPT og oppfølgingstjenesten manglet, de legger jeg inn. Ideen med én linje om når man "
                    "bruker tjenesten er god. Jeg tror kollegene hopper over en lang liste, men leser en kort "
                    "«ring hvis …».\n\n"
                    "Listen skal henge på personalrommet og ligge på intranettet, med dato for siste gjennomgang "
                    "nederst."
                ),
            },
            {
                "author": "siri.dahl",
                "body": (
                    "Vi gjorde det samme i fjor. Et råd: ring hver tjeneste før du fører dem opp, og be om en fast "
                    "kontaktperson. Den første telefonen førte til at ruskonsulenten kom på besøk på et "
                    "personalmøte, og etter det tar kollegene kontakt mye lettere. Et ansikt betyr mer enn et "
                    "nummer på en liste."
                ),
            },
        ],
    },
    {
        "area": "korus-midt",
        "title": "Rykter om snus og vape på toalettene – hvordan tar vi det?",
        "pinned": False,
        "posts": [
            {
                "author": "jonas.aune",
                "body": (
                    "Det går mange rykter blant elevene om at noen vaper på toalettene, og et par kolleger mener "
                    "det også selges snus i friminuttene. Ingen vet helt hva som stemmer.\n\n"
                    "Ledelsen vil sende et skarpt brev hjem til alle. Jeg er usikker på om det er lurt: det kan "
                    "skape mer uro enn det løser, og de som faktisk bruker det, når vi neppe med et brev.\n\n"
                    "Hvordan har dere håndtert rykter som dette?"
                ),
            },
            {
                "author": "ingrid.berg",
                "body": (
                    "Vi hadde nesten det samme i høst. Vi valgte å ikke lete etter enkeltelever ut fra rykter, "
                    "men å ta det opp med alle:\n\n"
                    "- kort informasjon i klassene om hva e-sigaretter og snus inneholder, og om reglene\n"
                    "- flere voksne ute i friminuttene en periode\n"
                    "- et nøytralt skriv til foresatte om at temaet er aktuelt, uten å antyde at vi har et stort "
                    "problem\n\n"
                    "Der vi så noe konkret, tok kontaktlæreren en vanlig og rolig samtale med eleven."
                ),
            },
            {
                "author": "tone.eikeland",
                "body": (
                    "Enig med @ingrid.berg. Jeg vil bare legge til at elevene ofte vet mer enn oss. Vi spurte "
                    "elevrådet hva de tenkte, og de kom med gode forslag. Blant annet mente de at toalettene ble "
                    "mindre populære når voksne av og til gikk innom.\n\n"
                    "Et spørsmål til deg, Jonas: står nikotinprodukter som snus og vape som et eget punkt i "
                    "ordensreglementet hos dere?"
                ),
            },
            {
                "author": "jonas.aune",
                "body": (
                    "Godt spørsmål. Nei, reglementet sier bare «tobakk», så det er uklart for elevene om vape er "
                    "med. Det tar jeg opp med rektor.\n\n"
                    "Elevrådet er en god idé, der har vi noen engasjerte elever som sikkert vil bidra. Jeg "
                    "foreslår et rolig skriv hjem i stedet for det skarpe brevet."
                ),
            },
        ],
    },
    {
        "area": "korus-nord",
        "title": "Eleven sa nei takk – hvordan følger jeg opp?",
        "pinned": False,
        "posts": [
            {
                "author": "marte.solheim",
                "body": (
                    "Jeg hadde en samtale med en elev på videregående som jeg har vært bekymret for en stund. "
                    "Jeg spurte om det var greit å snakke om rus, og svaret var et tydelig nei. Jeg respekterte "
                    "det og sa at døra står åpen.\n\n"
                    "Nå lurer jeg på hvordan jeg følger opp uten å mase, for bekymringen er ikke borte. Hvor lenge "
                    "venter dere før dere tar det opp igjen, og hva gjør dere i mellomtiden?"
                ),
            },
            {
                "author": "siri.dahl",
                "body": (
                    "Først: at du respekterte nei-et, er en god start. Det bygger tillit, selv om det ikke føles "
                    "sånn akkurat nå.\n\n"
                    "Selv ber jeg om lov til å komme tilbake til det: «Er det greit at jeg spør igjen om noen uker, "
                    "hvis jeg fortsatt er bekymret?» De fleste sier ja til det.\n\n"
                    "I mellomtiden holder jeg kontakten om helt andre ting: fag, fritid, hvordan uka har vært. "
                    "Eleven skal merke at jeg er interessert i hele mennesket, ikke bare i problemet."
                ),
            },
            {
                "author": "ahmed.rahimi",
                "body": (
                    "Jeg vil legge til: noter det du faktisk har observert, med dato, og drøft gjerne saken "
                    "anonymt med helsesykepleier eller ruskonsulent. Da står du ikke alene med bekymringen.\n\n"
                    "Og et nei til samtalen betyr ikke at skolen skal se bort fra alt. Blir situasjonen verre, "
                    "eller ser du røde tegn, må du handle uansett, og da sammen med ledelsen."
                ),
            },
            {
                "author": "marte.solheim",
                "body": (
                    "Takk, dette hjelper. Jeg skal spørre om jeg kan ta det opp igjen om en stund, og holde "
                    "kontakten i det små i mellomtiden. Jeg tar også en anonym prat med helsesykepleier neste uke. "
                    "Godt å høre at dere har stått i det samme."
                ),
            },
        ],
    },
    {
        "area": "hele-landet",
        "title": "Hvordan holder dere Kjentmann-rollen levende etter kurset?",
        "pinned": False,
        "posts": [
            {
                "author": "tone.eikeland",
                "body": (
                    "Det er snart et år siden jeg fullførte kursrekken. Det første halvåret var jeg veldig synlig: "
                    "jeg presenterte meg på personalmøtet, og flere kolleger kom til meg med spørsmål. Nå merker "
                    "jeg at det har stilnet, og rollen glir litt i bakgrunnen i en travel hverdag.\n\n"
                    "Hva gjør dere for å holde Kjentmann-rollen levende, både for kollegene og for dere selv?"
                ),
            },
            {
                "author": "jonas.aune",
                "body": (
                    "Kjenner meg igjen! Tre ting som har hjulpet hos oss:\n\n"
                    "1. **Fast punkt på personalmøtet** to ganger i semesteret, bare ti minutter med ett tema.\n"
                    "2. **Rollen står i planen.** Rektor har skrevet inn at Kjentmannen har fast tid i uka til "
                    "oppgaven. Det gjør den mindre avhengig av én person.\n"
                    "3. **Nye ansatte** får en kort presentasjon ved oppstart, sammen med kontaktlisten.\n\n"
                    "Og så er det gull å ha en kollega å dele rollen med."
                ),
            },
            {
                "author": "ingrid.berg",
                "body": (
                    "Jeg har hatt stor nytte av oppfriskningssamlingene, og av dette forumet. Det minner meg på at "
                    "jeg ikke er alene om å lure.\n\n"
                    "@tone.eikeland, er dere flere Kjentmenn der du jobber? Vi er to, og vi møtes en halvtime hver "
                    "måned for å snakke om hva vi ser. Det holder oss i gang."
                ),
            },
            {
                "author": "tone.eikeland",
                "body": (
                    "Nei, jeg er alene, og det er nok en del av problemet. Jeg skal foreslå for rektor at vi sender "
                    "en kollega til på neste kursrekke. Inntil da tar jeg med meg ideen om et fast punkt på "
                    "personalmøtet. Takk for gode innspill!"
                ),
            },
            {
                "author": "korus.oslo",
                "body": (
                    "Fint å lese denne tråden! Husk at alle sertifiserte Kjentmenn får invitasjon til "
                    "oppfriskningssamlinger i sin region, og at materiellet oppdateres jevnlig. Du får beskjed "
                    "her i nettverket når noe er nytt.\n\n"
                    "Mange skoler har også god erfaring med å ta Kjentmann-rollen inn i skolens plan for "
                    "rusforebygging, slik @jonas.aune beskriver."
                ),
            },
        ],
    },
    {
        "area": "korus-stavanger",
        "title": "God erfaring med motiverende samtale: å be om lov",
        "pinned": False,
        "posts": [
            {
                "author": "siri.dahl",
                "body": (
                    "Jeg vil dele noe som gikk bra. Jeg hadde en samtale med en elev som lenge hadde vært "
                    "avvisende når voksne tok opp fravær. Denne gangen prøvde jeg det vi øvde på om motiverende "
                    "samtale på kurset:\n\n"
                    "- Jeg startet med å spørre hva eleven tenkte om at vi skulle snakke sammen.\n"
                    "- Jeg fortalte hva jeg hadde lagt merke til, uten å tolke.\n"
                    "- Så spurte jeg: **«Er det greit for deg at jeg spør litt om rus?»**\n\n"
                    "Eleven ble overrasket over å bli spurt, og sa ja. Vi fikk en ærlig samtale, og eleven "
                    "foreslo selv å komme tilbake uka etter. Det føltes helt annerledes enn samtalene jeg har hatt "
                    "før."
                ),
            },
            {
                "author": "marte.solheim",
                "body": (
                    "Så fint å lese! Jeg merker selv at åpne spørsmål er vanskeligere enn det høres ut. Jeg ender "
                    "ofte med «Går det bra?», og da får jeg et «ja» tilbake.\n\n"
                    "Hvilke åpne spørsmål bruker du mest? Jeg trenger noen å ha i bakhånd."
                ),
            },
            {
                "author": "siri.dahl",
                "body": (
                    "Noen jeg bruker ofte:\n\n"
                    "- «Hvordan har den siste tiden vært for deg?»\n"
                    "- «Hva er det beste, og hva er det minst gode, med …?»\n"
                    "- «Hva tenker du selv om det?»\n"
                    "- «Hvis du skulle endre noe, hva ville det vært?»\n\n"
                    "Og så prøver jeg å gjenta med egne ord det eleven sier, før jeg spør om noe nytt. Det høres "
                    "enkelt ut, men eleven merker at jeg faktisk lytter."
                ),
            },
            {
                "author": "jonas.aune",
                "body": (
                    "Takk for at du deler, @siri.dahl. Et lite tillegg: la gjerne eleven være med og bestemme hva "
                    "dere skal snakke om først, og hvor lenge samtalen skal vare. Det gir eleven en følelse av "
                    "kontroll, og ofte er det da de mer tause begynner å prate."
                ),
            },
        ],
    },
]
