import { monthWords, weekdayWords } from './dates/day-math.ts';
import { dayNumberWords } from './dates/number-words.ts';
import { verbPlurals } from './verb-plurals.ts';

/**
 * Words that are never a colleague's surname: what a magistrate writes around one. A word after
 * "con", "di", "a" … is taken as a surname only when it is not here (normalised forms).
 */
const COMMON = `
a ad al all' alla alle allo ai agli anche ancora anno anni altro altra altri altre assenza assenze assente
ragazzi ragazze raga regaz amici amiche carissimi carissime cari care gente team squadra
be bene bisogno coperto coperta coperti coperte buongiorno buonasera c' casa caso cambio calendario calendari ce certo che chi ci cioe ciao collega colleghi
come con cosa cortesia da dal dall' dalla dalle dai dagli data date del dell' della delle dello dei degli di dopo domani dopodomani
dove due e ed entro era essere fa fare favore fine fino fra giorno giorni gli grazie ha hai hanno ho i il in inizio io
l' la le lei li lo loro lui ma me meno mese mesi mi mia mie miei mio modo molto ne nel nell' nella nelle nei negli no noi non
nostro nostra notte nuovo o oggi ogni ora ore ovviamente per perche pero piu po' poi possibile posso potresti prego prima
primo prossimo prossima prossimi prossime qua quale quali qualcosa qualcuno qualcun qualcuna qualcun'altro qualcun'altra qualcheduno chiunque nessuna alcuno alcuna quando quanti quel quello quella quelli quelle quei quegli questa queste questo
questi qui se sei sempre senza sera settimana settimane si sia solo sono sta stamattina stanotte stasera sto su sua sue suo
suoi sul sull' sulla te ti tra tre tu tua tuo tuoi turno turni tutti tutte tutto ufficio un un' una uno ultimo vi voi volta
weekend week end festa festivi festivo mattina pomeriggio serata nottata ieri adesso subito presto tardi pure gia
per favore cortesemente gentilmente scusa scusami grazie mille ok okay va bene perfetto
me stesso mio posto vece conto parte
reperibile reperibili reperibilita repe arrestati arresti direttissime direttissima udienza udienze assegnazione assegnazioni
affari esterno esterni servizio servizi convalida convalide
ferie vacanza vacanze malattia malato malata malati influenza febbre congedo permesso permessi maternita paternita parentale
corso corsi formazione ssm scuola superiore magistratura convegno seminario lutto missione trasferta motivi personali familiari famiglia
aggiornamento rogatoria rogatorie riunione assemblea sciopero visita visite medico dentista controllo esami certificato clinica
vedere avere scrivere scrivo scrive scriva volevo chiedevo domando domandavo ricordo tutta qual zio zia padre madre mamma papa figlio figlia figli marito moglie nonno nonna fratello sorella suocero suocera cognato cognata nipote parente parenti
funerale esequie trasloco salute
seggio seggi scrutatore scrutatori scrutatrice elezioni elezione elettorale elettorali votazioni referendum
programma programmi idea idee orario orari parcheggio parcheggi
tuttavia ecco eccomi eccoci anzi oppure insomma confermo sorry nota avviso info update importante fwd beh uff ahime idem ciascuno ognuno entrambi stamane fuori
influenzato influenzata raffreddato raffreddata febbricitante bloccato bloccata incinta ricoverato ricoverata operato operata convalescente guarito guarita
rientrato rientrata libero libera impegnato impegnata occupato occupata ottimo ottima benissimo bravissimo bravissima
voler poter dover aver esser saper far dir
sottoscritto sottoscritta scrivente richiedente interessato interessata medesimo medesima stesso stessa
letto causa proposito seguito carico nome memoria fretta solito sicuro preciso fronte fatto recente persona presenza competenza punto basta
cui quanto nessuno urgenza emergenza esigenze ragioni calma anticipo ritardo riferimento preghiera stima piedi distanza
informazione informazioni indomani ingenera generale generali rotazione partire pranzo cena mezzogiorno mezzanotte sorpresa remoto sola poco allora intero intera nulla niente
assegnato assegnata assegnati assegnate previsto prevista previsti previste richiesto richiesta richiesti richieste
indicato indicata segnato segnata programmato programmata
fai faccio facciamo fate fanno abbiamo avete siamo siete puoi vuoi voglio devi devo sai so vai vado andiamo dici dico
vedi vedo prendi prendo metti metto tieni tengo
distinti cordiali saluti saluto cordialmente gentile gentili egregio egregia spettabile sistema desidero desidererei
vorrei conoscere sapere chiedo chiedere informo comunico segnalo impegni impegno istituzionali istituzionale motivi salute
telefono cellulare telefonino smartphone iphone android computer outlook google link agenda app bozza turnazione
natale pasqua pasquetta capodanno ferragosto epifania befana immacolata ognissanti vigilia santo silvestro liberazione repubblica
lavoratori lavoro santi santa angelo san francesco
procura tribunale gip gup pm dibattimento sezione ufficio collegio monocratico penale civile giada
scandicci castelpulci italia estero casa ponte ospedale aula ufficio stanza cancelleria segreteria
assegnatario assegnataria cordialita
dirigente dirigenza capo coordinatore coordinatrice segretario segretaria cancelliere cancellieri funzionario funzionaria
direttore direttrice responsabile referente sig signor signore signora signori ministero consiglio corte appello stato
dipartimento direzione amministrazione personale presidenza csm anm ispettorato avvocato avvocati avvocatura difensore
recupero riposo studio viaggio matrimonio nozze laurea battesimo comunione cresima esame esami analisi intervento ispezione
concorso commissione consiglio giudiziario udienze processo processi procedimento procedimenti fascicolo fascicoli indagine indagini
interrogatorio interrogatori sopralluogo perizia incidente probatorio camera consiglio dibattimentale preliminare
macchina auto treno aereo volo traffico sciopero neve pioggia maltempo problema problemi questione questioni impegno
mattino mattinata pomeriggio sera notte giornata giornate settimana mesi anno festivita feste ponte vigilia
figlio figlia bambino bambina bimbo bimba bambini figli genitori scuola asilo nido dottore medico ospedale pronto soccorso
durante secondo seconda terzo terza quarto quarta quinto mentre verso presso circa oltre tranne eccetto insieme invece
quindi dunque comunque purtroppo magari forse davvero proprio almeno soltanto appena quasi tanto troppo neanche nemmeno
neppure mai spesso talvolta ormai oramai perlomeno piuttosto peraltro inoltre infatti ovvero ossia stamani domattina
altroieri avantieri ero eri eravamo erano saro sarai sara saremo sarete saranno siano fossi fosse avevo aveva avro avra
abbia facevo faceva faro fara faccia andate vanno andro andra vada puo possiamo potete possono potro potra possa deve
dobbiamo dovete devono dovro dovra debba vuole vogliamo volete vogliono stai stiamo state stanno staro stara stia vengo
vieni viene veniamo venite vengono verro verra venga prende prendiamo prendete prendono prendero prendera prenda copro
copri copre copriamo coprite coprono coprira copra mette mettiamo mettete mettono mettera metta diciamo dite dicono dira
dica sappiamo sapete sanno sapra sappia chiedi chiediamo chiedono chiedera chieda chiesto chiesta scambio scambi scambia
scambiamo scambiate scambiano scambiera cambi cambia cambiamo cambiate cambiano sostituisco sostituisci sostituisce
sostituiamo sostituite sostituiscono sostituira sostituisca cedo cedi cede cediamo cedete cedono cedera ceda ceduto
passi passa passiamo passate passano passera passato passata giri gira giriamo girate girano girera girato girata tiene
teniamo tenete tengono tenga lascio lasci lascia lasciamo lasciate lasciano segno segna segniamo segnate segnano
torno torni torna torniamo tornate tornano tornero tornera parti partiamo partite partono partiro partira resto resti
restiamo restate restano restero restera rientro rientri rientra rientriamo rientrate rientrano lavori lavora lavoriamo
lavorate lavorano scusate scusi perdono male meglio peggio benissimo malissimo intanto frattanto fatta fatti fatte detto
detta detti stata stati avuto avuta messo messa messi messe preso presa presi prese visto vista visti viste dato dati
andato andata andati venuto venuta venuti venute impossibile necessario necessaria urgente urgenti disponibile
disponibili liberi nuova pronta pronti pronte sbagliato sbagliata incontro evento cerimonia compleanno anniversario sedi
aule uffici edificio motivo ragione scopo supplente supplenza considerato premesso atteso rilevato oggetto istanza
domanda mail email messaggio
matrimoniale straordinario straordinaria ordinario ordinaria retribuito retribuita obbligatorio obbligatoria facoltativo facoltativa
residuo residue residui arretrate pregresse
permanente permanenti professionale professionali sindacale sindacali iniziale iniziali continua continuo decentrata decentrate decentrato territoriale territoriali specifica specifico solidale solidali
pool gruppo gruppi reati area aree
via colpa merito mezzo tramite conto causa limite volo
ao aho daje annamo boh mah uffa mannaggia vabbe
levataccia levatacce alzataccia sveglia giornataccia nottataccia serataccia settimanaccia figuraccia
ricambio ricambi ricambia ricambiamo ricambiate ricambiare ricambiero ricambierei restituisco restituiro contraccambio piacere
chiede dice comunica segnala informa prega ritiene conferma propone dispone riferisce scrive risponde sollecita autorizza approva firma
polizia carabinieri questura prefettura commissariato caserma carcere circondariale colleghe magistrati procuratori sostituti
meccanico carrozziere gommista elettrauto officina notaio commercialista idraulico elettricista parrucchiere parrucchiera estetista veterinario macchina
fogli foglio tigli gigli andare stare dare usare pagare girare lavare tirare notare curare durare levare votare citare bere dire porre trarre salve ehi hey ehila bot robot chatbot chiunque qualsiasi qualunque osservanza ossequi deferenza assistenza cura cure terapia terapie tue vostro vostra vostri vostre nostri nostre sede riesame sorveglianza minorenni cassazione assise liberta nascita decesso morte scomparsa onomastico
`;

/** Cities: known words, yet some are surnames too ("lo copre Messina"), see `extract-magistrate.ts`. */
export const cityWords: ReadonlySet<string> = new Set(`
roma milano napoli torino firenze bologna venezia genova palermo bari catania cagliari trieste trento bolzano perugia ancona
pescara potenza catanzaro reggio calabria campobasso aosta brescia bergamo verona padova salerno lecce messina foggia
caserta latina modena parma rimini pisa livorno siena sassari taranto cosenza avellino benevento
`.split(/\s+/).filter((w) => w.length > 0));

/**
 * Common first names: one greeted by a first name ("Ciao Marco, scambiamo sabato?") is not named by
 * surname. Only for the one greeted: many are surnames too ("De Luca", "Martino").
 */
export const firstNames: ReadonlySet<string> = new Set(`
marco luca andrea paolo giuseppe giovanni francesco alessandro antonio roberto stefano massimo davide matteo simone lorenzo
federico fabio claudio mario luigi carlo giorgio enrico riccardo daniele alberto michele salvatore vincenzo domenico pietro
nicola gianluca emanuele filippo tommaso gabriele diego sergio maurizio franco piero angelo raffaele gennaro ciro
maria anna giulia francesca chiara laura sara elena valentina silvia federica paola alessandra elisa martina giorgia roberta
cristina monica barbara simona daniela claudia serena ilaria valeria marta beatrice alice caterina lucia teresa rosa angela
giovanna patrizia antonella manuela stefania sabrina eleonora irene arianna camilla veronica benedetta carla luisa rita
pasquale giacomo gianni renato sandro ernesto umberto vittorio aldo luciano gianfranco emilio antonino fabrizio giancarlo ettore
tiziana loredana donatella ornella carmela concetta immacolata assunta gabriella alessia giuliana rossella rosaria silvana
`.split(/\s+/).filter((w) => w.length > 0));

export const knownWords: ReadonlySet<string> = new Set([
  ...COMMON.split(/\s+/).filter((w) => w.length > 0),
  ...cityWords,
  ...monthWords,
  ...weekdayWords,
  ...verbPlurals,
  // Numbers in words are days ("dal ventotto al trenta"), never a colleague.
  ...dayNumberWords.keys(),
]);

/** Honorifics and roles written before a surname ("la collega Ferri", "dott. Rossi"). */
export const titleWords: ReadonlySet<string> = new Set([
  'dott', 'dottor', 'dottore', 'dottoressa', 'dott.ssa', 'dottssa', 'dr', 'collega', 'consigliere', 'consigliera', 'cons',
  'giudice', 'pm', 'sostituto', 'sostituta', 'procuratore', 'procuratrice', 'aggiunto', 'aggiunta', 'presidente', 'pres', 'avv', 'magistrato', 'magistrata',
]);

/** Articles skipped between a cue and a surname ("con la collega …"). */
export const articleWords: ReadonlySet<string> = new Set(['il', 'la', "l'", 'i', 'le', 'gli', 'un', 'una', 'mio', 'mia', 'nostro', 'nostra']);

/** Particles that begin a two-word surname ("de luca", "di pietro", "del prete", "la rocca"). */
export const surnameParticles: ReadonlySet<string> = new Set(['de', 'del', 'della', 'dello', 'di', 'da', 'dal', 'dalla', 'lo', 'la', 'li', 'mc', 'van', 'von']);

/** Indefinite articles: a word after them is a thing, never a colleague ("per una rogatoria"). */
export const indefiniteArticles: ReadonlySet<string> = new Set(['un', 'una', 'uno', "un'"]);

/**
 * Endings of Italian common words that no surname has in practice: nouns in -mento, -zione,
 * -sione, -ismo, adverbs in -mente, infinitives in -are / -ire (seven letters or more: not "Cesare") and -ere (six or more, not -iere: "Cavaliere"),
 * conditionals in -rei / -rebbe, other verb endings no surname has (-iamo, -eremo, -eranno, -ssero, -vamo …), infinitives with a pronoun ("aggiornamento", "istituzione", "sostituire",
 * "prendere", "sarei", "sostituirmi").
 * They keep unknown ordinary words from being taken as a colleague.
 */
const COMMON_WORD_ENDING = /(?:ment[oi]|zion[ei]|sion[ei]|ism[oi]|mente|^[a-z]{4,}are|^[a-z]{3,}ire|^[a-z]{2,}[^i]ere|^[a-z]{2,}(?:rei|rebbe|rebbero|remmo|iamo|eremo|iremo|eranno|iranno|erete|irete|ssero|ssimo|vamo|vate)|^[a-z]{3,}(?:ar|er|ir)(?:mi|ti|ci|vi|si|lo|la|li|le|ne))$/;

/** Office words that come elided after "d'" / "l'" ("turni d'udienza", "l'ufficio"): never a surname like "d'amico". */
const ELIDED_DOMAIN_WORDS = new Set(['udienza', 'udienze', 'ufficio', 'uffici', 'urgenza', 'urgenze', 'arresto', 'arresti', 'arrestati', 'aula',
  'assenza', 'assenze', 'anno', 'estate', 'inverno', 'autunno', 'ora', 'orario', 'istruttoria', 'interrogatorio', 'interrogatori', 'esame', 'intesa', 'accordo']);

/** "d'udienza", "dell'ufficio", "l'agosto": an elided article or preposition before a known or office word. */
function isElidedCommonWord(word: string): boolean {
  const elided = /^(?:d|l|dell|all|nell|dall|sull|un)'([a-z]+)$/.exec(word);
  if (elided === null) return false;
  const rest = elided[1]!;
  // "d'angelo", "d'alessandro" are surnames: a first name or a city after the apostrophe keeps it one.
  return (knownWords.has(rest) && !firstNames.has(rest) && !cityWords.has(rest)) || ELIDED_DOMAIN_WORDS.has(rest);
}

/** True when `word` may be a surname: letters (and an inner apostrophe), not a known word, no common-word ending. */
export function isSurnameLike(word: string): boolean {
  return /^[a-z][a-z']*[a-z]$/.test(word) && !knownWords.has(word) && !titleWords.has(word) && word.length >= 3 && !COMMON_WORD_ENDING.test(word)
    && !isElidedCommonWord(word);
}
