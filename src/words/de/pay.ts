import type { PayWords } from '../en/pay';

const countryNames: PayWords['countryNames'] = {
  us: 'USA',
  gb: 'Vereinigtes Königreich',
  de: 'Deutschland',
  nl: 'Niederlande',
  ca: 'Kanada',
  au: 'Australien',
  in: 'Indien',
  ch: 'Schweiz',
};

/** questions/salaries.json is written in English; these are its texts a German page can show. */
const dataTexts: Readonly<Record<string, string>> = {
  // notes
  'All figures are indicative, come from different methods (base vs total pay, mean vs median, surveys vs job ads vs self-reports) and are not directly comparable.':
    'Alle Zahlen sind Richtwerte. Sie beruhen auf unterschiedlichen Methoden (Grundgehalt oder Gesamtvergütung, Durchschnitt oder Median, Umfragen, Stellenanzeigen oder Selbstauskünfte) und sind nicht direkt vergleichbar.',
  'Neither the US Bureau of Labor Statistics nor the UK Office for National Statistics has a product manager or product owner occupation; the BLS rows are manager occupations used as proxies.':
    'Weder das US Bureau of Labor Statistics noch das britische Office for National Statistics führen Product Manager oder Product Owner als eigenen Beruf; die BLS-Zeilen sind Führungsberufe, die ersatzweise herangezogen werden.',
  'Figures stay in the currency the source reports. Conversions appear only where the source gives them.':
    'Die Zahlen stehen in der Währung der Quelle. Umrechnungen erscheinen nur, wo die Quelle sie angibt.',
  // gap reasons
  'we found no published Product Owner pay figure there':
    'wir haben dort keine veröffentlichte Gehaltsangabe für Product Owner gefunden',
  'we found no published Product Manager pay figure there':
    'wir haben dort keine veröffentlichte Gehaltsangabe für Product Manager gefunden',
  'the only Product Owner figure we found is implausible (about ten times the Product Manager figures), so we left it out':
    'die einzige Gehaltsangabe für Product Owner, die wir gefunden haben, ist unplausibel (etwa zehnmal so hoch wie die Angaben für Product Manager), darum haben wir sie weggelassen',
  'no source found for Lead or Principal Product Owner pay':
    'wir haben keine Quelle für das Gehalt von Lead oder Principal Product Owner gefunden',
  'no published median found for this occupation':
    'für diesen Beruf haben wir keinen veröffentlichten Median gefunden',
};

const figureNotes: Readonly<Record<string, string>> = {
  'de-pm-entgeltatlas-median':
    'Brutto-Monatsmedian für Produktmanager aus dem Entgeltatlas der Bundesagentur für Arbeit, Stand 13. Januar 2021, zitiert von einem Karriereportal',
  'de-pm-gehaltde-no-staff':
    'Digitale Produktmanager ohne Personalverantwortung; Daten von Gehalt.de, zitiert von einem Produktmanagement-Magazin',
  'de-pm-gehaltde-with-staff':
    'Digitale Produktmanager mit Personalverantwortung; Daten von Gehalt.de, zitiert von einem Produktmanagement-Magazin',
  'de-po-getinit-entry': 'Durchschnittliches Einstiegsgehalt für Product Owner mit Masterabschluss',
  'de-po-gehaltinfos-range': 'Brutto-Monatsspanne eines Gehaltsportals; Methode nicht angegeben',
  'ch-pm-pragmatic-2013': 'Durchschnitt einer länderübergreifenden Umfrage, in US-Dollar angegeben',
  'us-po-seed4-illustrative':
    'Ein Artikel einer Jobbörse nennt dies eine durchschnittliche Spanne und sagt, sie diene nur zur Veranschaulichung',
  'us-po-glassdoor-via-bmc':
    'Glassdoor-Zahl aus zweiter Hand, zitiert auf einer Blogseite von BMC; die Seite spricht von knapp unter $95,000, lesen Sie den Wert daher als Obergrenze',
  'us-po-glassdoor-total-agileacad':
    'Glassdoor-Schätzung der Gesamtvergütung, aus zweiter Hand zitiert von einem Schulungsanbieter',
  'us-po-builtin-base': 'Durchschnittliches Grundgehalt laut Built In',
  'us-po-ncsu-advertised-mean':
    'Mittelwert der Gehälter aus Stellenanzeigen des vergangenen Jahres, laut der Karriereseite einer Universität; die Seite nennt kein Datum',
  'us-po-ncsu-advertised-p25':
    '25. Perzentil der Gehälter aus Stellenanzeigen, aus denselben Anzeigendaten',
  'us-po-jobicy-entry':
    'Eine Jobseite nennt diesen Wert; sie erklärt weder ihre Methode noch, ob es sich um Grundgehalt oder Gesamtvergütung handelt',
  'us-po-jobicy-mid':
    'Eine Jobseite nennt diesen Wert; sie erklärt weder ihre Methode noch, ob es sich um Grundgehalt oder Gesamtvergütung handelt',
  'us-po-jobicy-senior':
    'Eine Jobseite nennt diesen Wert; sie erklärt weder ihre Methode noch, ob es sich um Grundgehalt oder Gesamtvergütung handelt',
  'us-po-builtin-sf-base':
    'Nur San Francisco. Durchschnittliches Grundgehalt von Built In San Francisco, aus zweiter Hand zitiert von einem Karriereblog',
  'us-po-bestpmjobs-range':
    'Redaktionelle Spanne einer einzelnen Jobbörse; nach oben offen (170,000 und mehr)',
  'us-pm-seed4-illustrative':
    'Ein Artikel einer Jobbörse nennt dies eine durchschnittliche Spanne und sagt, sie diene nur zur Veranschaulichung',
  'us-pm-salarycom-level-1':
    'Zahl von Salary.com, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-salarycom-level-2':
    'Zahl von Salary.com, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-salarycom-level-3':
    'Zahl von Salary.com, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-salarycom-level-4':
    'Zahl von Salary.com, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-salarycom-level-5':
    'Zahl von Salary.com, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-salarycom-level-6':
    'Zahl von Salary.com für Director of Product Management, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-glassdoor-lead-base':
    'Durchschnittliches Grundgehalt laut Glassdoor für Lead Product Manager, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-glassdoor-senior-lead-base':
    'Durchschnittliches Grundgehalt laut Glassdoor für Senior Lead Product Manager, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-payscale-mean':
    'Zahl von Payscale über alle Stufen, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-indeed-mean':
    'Zahl von Indeed über alle Stufen, aus zweiter Hand zitiert von einer Karriereseite',
  'us-pm-builtin-sf-base':
    'Nur San Francisco. Durchschnittliches Grundgehalt von Built In San Francisco, aus zweiter Hand zitiert von einem Karriereblog',
  'us-pm-bestpmjobs-range':
    'Redaktionelle Spanne einer einzelnen Jobbörse; nach oben offen (200,000 und mehr)',
  'us-pm-pragmatic-2013':
    'Umfrage unter Fachleuten im Produktmanagement aus November und Dezember 2013; Teil des Ländervergleichs derselben Umfrage',
  'us-pm-pragmatic-2010':
    'Nur Gehalt; die Umfrage nennt zusätzlich einen durchschnittlichen Bonus von $12,960. Zu den Befragten zählen auch Stellen im Produktmarketing, nicht nur Product Manager',
  'us-pm-google-l3-total':
    'Nur ein Unternehmen (Google), ungefährer Median der Gesamtvergütung; nicht repräsentativ für den breiteren Markt',
  'us-pm-google-l4-total':
    'Nur ein Unternehmen (Google), ungefährer Median der Gesamtvergütung; nicht repräsentativ für den breiteren Markt',
  'us-pm-google-l5-total':
    'Nur ein Unternehmen (Google), ungefährer Median der Gesamtvergütung; nicht repräsentativ für den breiteren Markt',
  'us-pm-google-l6-total':
    'Nur ein Unternehmen (Google), ungefährer Median der Gesamtvergütung; nicht repräsentativ für den breiteren Markt',
  'us-pm-google-l7-total':
    'Nur ein Unternehmen (Google), ungefährer Median der Gesamtvergütung; nicht repräsentativ für den breiteren Markt',
  'us-proxy-bls-cis-2022':
    'Ersatzgröße: BLS-Beruf 11-3021, Computer and Information Systems Managers. Da es ein Führungsberuf ist, überzeichnet er das typische Gehalt von PMs ohne Führungsverantwortung wahrscheinlich und passt schlecht zur PO-Rolle',
  'us-proxy-bls-cis-2024':
    'Ersatzgröße: BLS-Beruf 11-3021, wie von Karriereseiten wiedergegeben statt direkt von bls.gov übernommen. Ein Führungsberuf, der das typische PM-Gehalt wahrscheinlich überzeichnet und schlecht zur PO-Rolle passt',
  'gb-pm-productfocus-2022':
    'Umfragedurchschnitt; der Umfragebericht selbst rechnet dies in etwa €75k bzw. $98k um',
  'gb-pm-randstad-median':
    'Ein Personaldienstleister schreibt dies dem ONS zu, doch das ONS hat keinen Berufscode für Product Manager; daher mit Vorsicht zu lesen',
  'gb-pm-randstad-entry':
    'Ein Personaldienstleister schreibt dies dem ONS zu, doch das ONS hat keinen Berufscode für Product Manager; daher mit Vorsicht zu lesen',
  'gb-pm-randstad-experienced':
    'Nur Untergrenze: Der Personaldienstleister nennt £70,000 und mehr für erfahrene PMs und beruft sich auf das ONS, das keinen Berufscode für Product Manager hat',
  'nl-po-evz-p10-p90':
    '10. bis 90. Perzentil des monatlichen Vollzeitgehalts, auf Grundlage von Lohnabrechnungsdaten',
  'in-pm-payscale-average':
    'Zahl von Payscale, aus zweiter Hand zitiert im Blog eines Bildungsanbieters',
  'in-pm-jaro-apm':
    'Spanne für Associate PMs (₹6-12 lakh) aus dem Blog eines Bildungsanbieters; Methode nicht angegeben',
  'in-pm-jaro-pm':
    'Spanne für Product Manager (₹12-25 lakh) aus dem Blog eines Bildungsanbieters; Methode nicht angegeben',
  'in-pm-jaro-senior':
    'Spanne für Senior PMs (₹25-40 lakh) aus dem Blog eines Bildungsanbieters; Methode nicht angegeben',
  'in-pm-jaro-lead':
    'Spanne für Lead oder Principal PMs (₹35-60 lakh) aus dem Blog eines Bildungsanbieters; Methode nicht angegeben',
  'in-pm-jaro-director':
    'Spanne für Director oder VP (₹50 lakh bis ₹1 crore und mehr) aus dem Blog eines Bildungsanbieters; nach oben offen',
  'ca-pm-randstad-average':
    'Ein Personaldienstleister schreibt dies der Job Bank zu; nicht mit der Job Bank selbst abgeglichen',
  'ca-pm-randstad-range':
    'Von Junior-Niveau (etwa 100,000) bis zum oberen Ende der Spanne, von einem Personaldienstleister der Job Bank zugeschrieben; nicht mit der Job Bank selbst abgeglichen',
  'au-pm-rmit-average': 'Ungefährer Richtwert aus dem Online-Lernangebot einer Universität',
  'au-pm-hays-range':
    'Spanne aus dem Gehaltsreport von Hays, aus zweiter Hand zitiert von einem Schulungsanbieter',
  'au-pm-deel-junior-median':
    'Junior-PMs, die über eine einzelne Plattform für Gehaltsabrechnung (Deel) eingestellt wurden, laut einem Nachrichtenbericht. Der Bericht druckt „$“, ohne die Währung zu nennen; Deel vergleicht Länder in einer einzigen Währung, wahrscheinlich US-Dollar, doch das ist nicht bestätigt',
  'au-pm-pragmatic-2013': 'Durchschnitt einer länderübergreifenden Umfrage, in US-Dollar angegeben',
  'in-pm-pragmatic-2013': 'Durchschnitt einer länderübergreifenden Umfrage, in US-Dollar angegeben',
};

const sourceNames: Readonly<Record<string, string>> = {
  'ACADEMICS-DE':
    'academics.de: Produktmanagement Gehalt (Daten aus dem Entgeltatlas der Bundesagentur für Arbeit)',
  PRODUKTBEZOGEN: 'produktbezogen.de: Wie viel verdient ein Produktmanager? (Daten von Gehalt.de)',
  'GETINIT-PO': 'get in IT: Gehalt Product Owner',
  GEHALTINFOS: 'gehalt-infos.de: Product Owner',
};

const months: Readonly<Record<string, string>> = {
  Jan: 'Januar',
  Feb: 'Februar',
  Mar: 'März',
  Apr: 'April',
  May: 'Mai',
  Jun: 'Juni',
  Jul: 'Juli',
  Aug: 'August',
  Sep: 'September',
  Oct: 'Oktober',
  Nov: 'November',
  Dec: 'Dezember',
};

const stripStop = (text: string) => text.replace(/\.$/, '');

export const pay: PayWords = {
  countryNames,
  /** After „in“ and „aus“ (dative). */
  countryInSentence: {
    ...countryNames,
    us: 'den USA',
    gb: 'dem Vereinigten Königreich',
    nl: 'den Niederlanden',
    ch: 'der Schweiz',
  },
  roleNames: { 'product-manager': 'Product Manager', 'product-owner': 'Product Owner' },
  payTypes: {
    illustrative: 'Beispielspanne',
    average: 'Durchschnitt',
    mean: 'Mittelwert',
    median: 'Median',
    base: 'Grundgehalt',
    total: 'Gesamtvergütung',
    advertised: 'Gehalt laut Stellenanzeige',
    range: 'Spanne',
    'percentile-range': 'Perzentilspanne',
  },
  bandLabels: {
    all: 'alle Stufen',
    entry: 'Einstiegsstufe',
    mid: 'mittlere Stufe',
    senior: 'Senior-Stufe',
    lead: 'Lead-Stufe',
    director: 'Director-Stufe',
  },
  payBasis: {
    base: 'Grundgehalt',
    total: 'Gesamtvergütung',
    unstated: 'ob Grundgehalt oder Gesamtvergütung, ist nicht angegeben',
  },
  statistics: { median: 'Median', average: 'Durchschnitt' },
  basis: (statistic) => (statistic ? `Grundgehalt (${statistic})` : 'Grundgehalt'),
  perPeriod: (amount, period) => `${amount} ${period === 'month' ? 'im Monat' : 'im Jahr'}`,
  conversion: (monthly) => `${monthly} im Monat × 12`,
  years: (a, b) => (a === b ? a : `${a} und ${b}`),
  year: (year) =>
    year.replace(/^([A-Z][a-z]{2}) (\d{4})$/, (all, m: string, y: string) =>
      months[m] ? `${months[m]} ${y}` : all,
    ),
  sameSentence: (country, margin, tail) =>
    `In ${country} verdienen Product Manager und Product Owner etwa gleich viel: Der Unterschied liegt unter ${margin} ${tail}.`,
  moreSentence: (country, morePm, percent, tail) => {
    const [more, less] = morePm
      ? ['Product Manager', 'Product Owner']
      : ['Product Owner', 'Product Manager'];
    return `In ${country} verdienen ${more} etwa ${percent} mehr als ${less} ${tail}.`;
  },
  tail: (basis, band, years) => `(${basis}, ${band}, ${years})`,
  bothBases: (pm, po) => `${pm} und ${po}`,
  cannotCompare: (country, reason) =>
    `Die Gehälter in ${country} können wir noch nicht vergleichen: ${reason}.`,
  gaps: {
    noFigure: (role) => `Wir haben dort keine veröffentlichte Gehaltsangabe für ${role} gefunden`,
    undated: (role) => `Keine der Angaben für ${role}, die wir dort gefunden haben, nennt ein Jahr`,
    notSingleBase: (role) =>
      `Keine der datierten Angaben für ${role} dort ist ein einzelner Wert für das Grundgehalt`,
    mismatch:
      'Die datierten Grundgehälter der beiden Rollen gelten nicht für dieselbe Stufe, Kennzahl oder Währung',
  },
  fromData: {
    gapReason: (reason) => {
      const text = dataTexts[reason] ?? reason;
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    },
    figureNote: (id, note) => figureNotes[id] ?? stripStop(note),
    sourceName: (key, name) => sourceNames[key] ?? name,
    note: (note) => dataTexts[note] ?? note,
  },
  introOther: (country) =>
    `Für Ihr Land haben wir keine Zahlen. Zur Orientierung zeigen wir die Zahlen aus ${country}.`,
  introUnanswered: (country) =>
    `Sie haben nicht angegeben, wo Sie arbeiten. Zur Orientierung zeigen wir die Zahlen aus ${country}.`,
  bandMatches: (band) => `Verglichen auf der Stufe „${band}“, die zu Ihrer Berufserfahrung passt.`,
  bandAcross: (band) => `Verglichen über ${band}.`,
  bandFallback: (band) =>
    `Für Ihre Erfahrungsstufe gibt es keine Zahlen zu beiden Rollen, darum vergleicht dies ${band}.`,
  differentSources:
    'Die beiden Zahlen stammen aus verschiedenen Quellen mit verschiedenen Methoden; lesen Sie den Unterschied daher nur als grobe Richtung.',
  labels: { proxy: 'Ersatzgröße', currencyUnconfirmed: 'Währung nicht bestätigt' },
  seniorityAll: 'alle Stufen',
  regionNote: (_country) =>
    'Für Deutschland, Österreich und die Schweiz haben wir noch keine belegbare Zahl gefunden, die Product Owner und Product Manager auf derselben Grundlage vergleicht. Wir haben im Dezember 2026 zweimal gesucht (unter anderem StepStone-Gehaltsreport, Gehalt.de, kununu, get in IT, Entgeltatlas, swissICT-Salärstudie und Glassdoor): Die gefundenen Angaben nennen kein Jahr, schließen Boni ein, stammen aus Selbstauskünften ohne Methode oder nennen nur eine der beiden Rollen. Darum zeigen wir keine Gehaltszahl, die wir nicht belegen können.',
  section: {
    compared: (country) => `Gehälter im Vergleich: ${country}`,
    source: 'Quelle: ',
    grade: (grade) => `(Güte ${grade})`,
    more: (country, n) => `Weitere Quellen: ${country} (${n})`,
    noMore: (country) => `Keine weiteren datierten Zahlen: ${country}.`,
    undated: (n) =>
      n === 1
        ? 'Eine Zahl ist weggelassen, weil ihre Quelle kein Jahr nennt.'
        : `${n} Zahlen sind weggelassen, weil ihre Quellen kein Jahr nennen.`,
    footer: (checkedOn) => {
      const date = new Date(`${checkedOn}T12:00:00Z`);
      const shown = Number.isNaN(date.getTime())
        ? checkedOn
        : new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      return `Veröffentlichte Zahlen in der Währung der Quelle, keine Vorhersage Ihres Gehalts. Stand der Prüfung: ${shown}.`;
    },
  },
};
