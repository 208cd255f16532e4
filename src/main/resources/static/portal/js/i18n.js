// The portal's own words in English or German, as the e-mails are: the reader's choice is kept in this browser
// (localStorage); without one, a browser set to German gets German. The English text is the key; a text without
// German words here stays English. What the server writes (its refusals, the history's texts) it writes in the
// language every call asks for (api.js sends Accept-Language); what people wrote stays as it is.

const STORAGE_KEY = 'casedesk.portal.language';
export const LANGUAGES = { en: 'English', de: 'Deutsch' };

let current = initial();

function initial() {
  return saved() || ((navigator.language || '').toLowerCase().startsWith('de') ? 'de' : 'en');
}

/** The reader's own choice, kept in this browser; null when none. */
function saved() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && LANGUAGES[value] ? value : null;
  } catch (blocked) {
    return null; // no storage (private mode): the browser's language
  }
}

/**
 * The language the desk's e-mails to this customer are written in, once logged in: taken when the reader has not
 * chosen one in this browser (and not kept, so the switch stays theirs).
 */
export function suggestLanguage(value) {
  if (!LANGUAGES[value] || saved() || value === current) {
    return false;
  }
  current = value;
  translatePage();
  return true;
}

export function language() {
  return current;
}

/** For Intl formats: German dates in German; English as the browser writes them. */
export function locale() {
  return current === 'de' ? 'de-DE' : undefined;
}

/** t('Case {0} is open', n): the text in the chosen language with its {0}, {1} filled in. */
export function t(text, ...args) {
  const words = current === 'de' && Object.prototype.hasOwnProperty.call(DE, text) ? DE[text] : text;
  return words.replace(/\{(\d+)\}/g, (match, i) => (args[i] === undefined || args[i] === null ? '' : args[i]));
}

export function setLanguage(value) {
  current = LANGUAGES[value] ? value : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch (blocked) {
    // kept for this page only
  }
  translatePage();
}

/** The page's own text (index.html), remembered in English the first time and written in the chosen language. */
const english = new WeakMap();
const englishLabels = new WeakMap();

export function translatePage() {
  document.documentElement.lang = current;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    seen.push(node);
  }
  for (const node of seen) {
    if (!english.has(node)) {
      const text = node.nodeValue.replace(/\s+/g, ' ').trim();
      if (!text || !Object.prototype.hasOwnProperty.call(DE, text)) {
        continue;
      }
      english.set(node, { text, lead: /^\s/.test(node.nodeValue) ? ' ' : '',
        tail: /\s$/.test(node.nodeValue) ? ' ' : '' });
    }
    const { text, lead, tail } = english.get(node);
    node.nodeValue = lead + t(text) + tail;
  }
  document.querySelectorAll('[aria-label]').forEach(element => {
    if (!englishLabels.has(element)) {
      englishLabels.set(element, element.getAttribute('aria-label'));
    }
    element.setAttribute('aria-label', t(englishLabels.get(element)));
  });
  document.querySelectorAll('[data-lang]').forEach(button => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === current));
  });
}

const DE = {
  // the frame
  'Casedesk support portal': 'Casedesk-Supportportal',
  'Skip to content': 'Zum Inhalt springen',
  'Portal': 'Portal',
  'Language': 'Sprache',
  'Your cases': 'Ihre Fälle',
  'Open a case': 'Fall eröffnen',
  'Reports': 'Berichte',
  'Account': 'Konto',
  'Log out': 'Abmelden',
  '{0} – Casedesk support portal': '{0} – Casedesk-Supportportal',
  'Logged in as {0}.': 'Angemeldet als {0}.',
  'You are logged out.': 'Sie sind abgemeldet.',
  'Your session has ended. Please log in again.': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'Not found': 'Nicht gefunden',
  'There is no such case among your company\'s cases.':
    'Unter den Fällen Ihres Unternehmens gibt es diesen Fall nicht.',
  'Back to your cases': 'Zurück zu Ihren Fällen',
  // login
  'Log in': 'Anmelden',
  'Log in to Casedesk': 'Bei Casedesk anmelden',
  'Customers of the support desk log in here with the user name and password of their Casedesk account.':
    'Kunden des Supports melden sich hier mit Benutzername und Passwort ihres Casedesk-Kontos an.',
  'User name': 'Benutzername',
  'Password': 'Passwort',
  'After you log in, {0} opens.': 'Nach der Anmeldung öffnet sich {0}.',
  'case {0}': 'der Fall {0}',
  'the survey of case {0}': 'die Umfrage zum Fall {0}',
  'the proposed solution of case {0}': 'der Lösungsvorschlag zum Fall {0}',
  'the monthly report': 'der Monatsbericht',
  // the list
  'Your company\'s cases': 'Die Fälle Ihres Unternehmens',
  'Status': 'Status',
  'All': 'Alle',
  'Not closed': 'Nicht abgeschlossen',
  'Waiting for you': 'Wartet auf Sie',
  'Open': 'Offen',
  'In progress': 'In Bearbeitung',
  'Waiting for your answer': 'Wartet auf Ihre Antwort',
  'Solution proposed': 'Lösung vorgeschlagen',
  'Spare part on its way': 'Ersatzteil unterwegs',
  'Closed': 'Abgeschlossen',
  'No valid contract': 'Kein gültiger Vertrag',
  'Registered': 'Registriert',
  'Case number or text': 'Fallnummer oder Text',
  'A full case number opens the case; other text is looked for in the numbers, subjects and descriptions of your cases.':
    'Eine vollständige Fallnummer öffnet den Fall; anderer Text wird in Nummer, Betreff und Beschreibung Ihrer Fälle '
    + 'gesucht.',
  'Search': 'Suchen',
  'Cases, newest first': 'Fälle, neueste zuerst',
  'Case': 'Fall',
  'Subject': 'Betreff',
  'Priority': 'Priorität',
  'Opened': 'Eröffnet',
  'Last change': 'Letzte Änderung',
  'Next due': 'Nächste Frist',
  'No cases match.': 'Keine passenden Fälle.',
  'Previous page': 'Vorige Seite',
  'Next page': 'Nächste Seite',
  'Pages of cases': 'Seiten der Fallliste',
  'Page {0} of {1} ({2} case)': 'Seite {0} von {1} ({2} Fall)',
  'Page {0} of {1} ({2} cases)': 'Seite {0} von {1} ({2} Fälle)',
  'Waiting for you since ': 'Wartet auf Sie seit ',
  // priorities
  'P1 – critical': 'P1 – kritisch',
  'P2 – high': 'P2 – hoch',
  'P3 – medium': 'P3 – mittel',
  'P4 – low': 'P4 – niedrig',
  'being set': 'wird festgelegt',
  // open a case
  'What is affected': 'Was betroffen ist',
  'Contract': 'Vertrag',
  'Product or registered system': 'Produkt oder registriertes System',
  'The product name, e.g. router-x.': 'Der Produktname, z. B. router-x.',
  'The product name, e.g. router-x. This contract covers every product of your company.':
    'Der Produktname, z. B. router-x. Dieser Vertrag deckt jedes Produkt Ihres Unternehmens ab.',
  'Registered on this contract: {0}.': 'Auf diesem Vertrag registriert: {0}.',
  'Category': 'Kategorie',
  'Impact on your business': 'Auswirkung auf Ihr Geschäft',
  'Urgency': 'Dringlichkeit',
  'The problem': 'Das Problem',
  'Description': 'Beschreibung',
  'What happens, since when, what you have tried.': 'Was passiert, seit wann, was Sie schon versucht haben.',
  'Files (optional)': 'Dateien (optional)',
  'Logs, screenshots, configurations: up to 10 files of at most':
    'Protokolle, Bildschirmfotos, Konfigurationen: bis zu 10 Dateien mit je höchstens',
  'each.': '.',
  'Who we contact': 'Wen wir kontaktieren',
  'Name': 'Name',
  'Phone': 'Telefon',
  'For P1 and P2 cases our hotline phones you to confirm.': 'Bei P1- und P2-Fällen ruft unsere Hotline Sie zur '
    + 'Bestätigung an.',
  'E-mail': 'E-Mail',
  'Open the case': 'Fall eröffnen',
  'Choose a contract': 'Vertrag wählen',
  'Choose a category': 'Kategorie wählen',
  'Choose the impact': 'Auswirkung wählen',
  'Choose the urgency': 'Dringlichkeit wählen',
  '{0} ({1}, valid until {2})': '{0} ({1}, gültig bis {2})',
  'High – a service is down or many users are affected': 'Hoch – ein Dienst ist ausgefallen oder viele Benutzer '
    + 'sind betroffen',
  'Medium – a service is impaired': 'Mittel – ein Dienst ist beeinträchtigt',
  'Low – little or no effect on the service': 'Niedrig – kaum oder keine Auswirkung auf den Dienst',
  'High – it must be fixed now': 'Hoch – es muss sofort behoben werden',
  'Medium – it must be fixed soon': 'Mittel – es muss bald behoben werden',
  'Low – it can wait': 'Niedrig – es kann warten',
  'Operational problem': 'Betriebsproblem',
  'Hardware fault': 'Hardwaredefekt',
  'Compatibility': 'Kompatibilität',
  'General question': 'Allgemeine Frage',
  ['Your account has no service contract with us, so no case can be opened here. Please call our hotline or ask your '
    + 'account manager.']: 'Ihr Konto hat keinen Servicevertrag mit uns, deshalb kann hier kein Fall eröffnet werden. '
    + 'Bitte rufen Sie unsere Hotline an oder fragen Sie Ihren Kundenbetreuer.',
  'Your case is open, but its files were not kept: {0}. Please add them on the case\'s page.':
    'Ihr Fall ist eröffnet, aber seine Dateien wurden nicht übernommen: {0}. Bitte fügen Sie sie auf der Seite des '
    + 'Falls hinzu.',
  // the case is open
  'Your case is open': 'Ihr Fall ist eröffnet',
  'Case number': 'Fallnummer',
  'What happens next': 'Wie es weitergeht',
  'Go to the case': 'Zum Fall',
  'Case {0} is open': 'Fall {0} ist eröffnet',
  'Case {0} is open with priority {1}.': 'Fall {0} ist mit der Priorität {1} eröffnet.',
  ['We have registered your case and are setting its priority and queue. You will receive the acknowledgement with '
    + 'its due times shortly.']: 'Wir haben Ihren Fall registriert und legen Priorität und Warteschlange fest. Die '
    + 'Eingangsbestätigung mit den Fristen erhalten Sie in Kürze.',
  'We found no valid contract for this product. Our sales team will contact you about it.': 'Wir haben für dieses '
    + 'Produkt keinen gültigen Vertrag gefunden. Unser Vertrieb meldet sich dazu bei Ihnen.',
  'Because this is a {0} case, our hotline will phone you shortly to confirm its priority.': 'Da es sich um einen '
    + '{0}-Fall handelt, ruft unsere Hotline Sie in Kürze an, um die Priorität zu bestätigen.',
  'Because this is a {0} case, our hotline will phone you at {1} shortly to confirm its priority.': 'Da es sich um '
    + 'einen {0}-Fall handelt, ruft unsere Hotline Sie in Kürze unter {1} an, um die Priorität zu bestätigen.',
  'An engineer of the {0} team will take up your case by {1}.': 'Ein Techniker des Teams {0} übernimmt Ihren Fall '
    + 'bis {1}.',
  'support': 'Support',
  'We aim to solve it by {0}.': 'Wir wollen ihn bis {0} lösen.',
  'Your file is kept with the case.': 'Ihre Datei ist beim Fall gespeichert.',
  'Your {0} files are kept with the case.': 'Ihre {0} Dateien sind beim Fall gespeichert.',
  'You can follow the case on its page here.': 'Sie können den Fall hier auf seiner Seite verfolgen.',
  'You can follow the case on its page here and by e-mail at {0}.': 'Sie können den Fall hier auf seiner Seite und '
    + 'per E-Mail an {0} verfolgen.',
  // a case
  '← Your cases': '← Ihre Fälle',
  'Case {0}': 'Fall {0}',
  'Product': 'Produkt',
  'Engineer': 'Techniker',
  'not assigned yet': 'noch nicht zugewiesen',
  'Due times': 'Fristen',
  'on hold while we wait for you': 'angehalten, solange wir auf Sie warten',
  'First response due': 'Erste Antwort fällig',
  'Solution due': 'Lösung fällig',
  'Vendor case': 'Herstellerfall',
  'Related case': 'Verbundener Fall',
  'Your answer': 'Ihre Antwort',
  'Send the answer': 'Antwort senden',
  'Your engineer asks': 'Ihr Techniker fragt',
  'Please answer the question we sent.': 'Bitte beantworten Sie die Frage, die wir Ihnen geschickt haben.',
  'Your answer has been sent.': 'Ihre Antwort wurde gesendet.',
  'Comment (required if the problem is not solved)': 'Kommentar (nötig, wenn das Problem nicht gelöst ist)',
  'Accept the solution and close the case': 'Lösung annehmen und Fall abschließen',
  'Not solved: keep working': 'Nicht gelöst: bitte weiterarbeiten',
  'Tell us what is still wrong': 'Sagen Sie uns, was noch nicht funktioniert',
  'You accepted the solution; the case is closed.': 'Sie haben die Lösung angenommen; der Fall ist abgeschlossen.',
  'We will keep working on the case.': 'Wir arbeiten weiter an dem Fall.',
  'Proposed solution': 'Lösungsvorschlag',
  'Does this solve your problem? Without an answer the case closes on its own after 5 days.': 'Löst das Ihr '
    + 'Problem? Ohne Antwort wird der Fall nach 5 Tagen von selbst abgeschlossen.',
  '5 – very satisfied': '5 – sehr zufrieden',
  '4 – satisfied': '4 – zufrieden',
  '3 – neither': '3 – weder noch',
  '2 – dissatisfied': '2 – unzufrieden',
  '1 – very dissatisfied': '1 – sehr unzufrieden',
  'How satisfied are you with how we handled this case?': 'Wie zufrieden sind Sie mit der Bearbeitung dieses Falls?',
  'Choose a score': 'Bewertung wählen',
  'Comment (optional)': 'Kommentar (optional)',
  'Send the survey': 'Umfrage senden',
  'Thank you for your answer.': 'Vielen Dank für Ihre Antwort.',
  'Survey': 'Umfrage',
  'Your survey answer: {0} of 5. Thank you.': 'Ihre Bewertung: {0} von 5. Vielen Dank.',
  'Action plan': 'Maßnahmenplan',
  'History': 'Verlauf',
  'Files': 'Dateien',
  'No files yet. Add files below, or send them by e-mail to the support address with the case number in the subject.':
    'Noch keine Dateien. Fügen Sie unten Dateien hinzu oder schicken Sie sie per E-Mail an die Supportadresse, mit '
    + 'der Fallnummer im Betreff.',
  'Spare-part replacement {0}: {1}': 'Ersatzteilaustausch {0}: {1}',
  'Complaint {0} ({1}): {2}': 'Beschwerde {0} ({1}): {2}',
  'Emergency {0} declared {1}: {2}': 'Notfall {0}, ausgerufen {1}: {2}',
  'Replacements, complaints and emergencies': 'Ersatzteile, Beschwerden und Notfälle',
  'Your message': 'Ihre Nachricht',
  'Writing within 14 days of closure reopens the case; later, it opens a follow-up case.': 'Eine Nachricht '
    + 'innerhalb von 14 Tagen nach dem Abschluss eröffnet den Fall wieder; später eröffnet sie einen Folgefall.',
  'Send': 'Senden',
  'Sent.': 'Gesendet.',
  'Write to the desk or add files': 'An den Support schreiben oder Dateien hinzufügen',
  'Why do you need the duty manager?': 'Wofür brauchen Sie den diensthabenden Manager?',
  'Ask for the duty manager': 'Diensthabenden Manager anfordern',
  'The duty manager has been asked to call you back within 30 minutes.': 'Der diensthabende Manager wurde gebeten, '
    + 'Sie innerhalb von 30 Minuten zurückzurufen.',
  'What is your complaint about?': 'Worüber möchten Sie sich beschweren?',
  'File the complaint': 'Beschwerde einreichen',
  'Your complaint has been received.': 'Ihre Beschwerde ist eingegangen.',
  'Not happy with how it goes?': 'Nicht zufrieden mit dem Verlauf?',
  'File a complaint about this case': 'Beschwerde zu diesem Fall einreichen',
  'Up to 10 files of at most {0} each.': 'Bis zu 10 Dateien mit je höchstens {0}.',
  'Please write your answer': 'Bitte schreiben Sie Ihre Antwort',
  'Write a message or choose a file': 'Schreiben Sie eine Nachricht oder wählen Sie eine Datei',
  'You have already answered the survey of this case. Thank you.': 'Sie haben die Umfrage zu diesem Fall bereits '
    + 'beantwortet. Vielen Dank.',
  'The survey opens once the case is closed.': 'Die Umfrage öffnet sich, sobald der Fall abgeschlossen ist.',
  'This case is already closed; nothing is left to decide.': 'Dieser Fall ist bereits abgeschlossen; es gibt nichts '
    + 'mehr zu entscheiden.',
  'There is no proposed solution to decide on at the moment.': 'Zurzeit gibt es keinen Lösungsvorschlag zu '
    + 'entscheiden.',
  // the timeline
  'Case opened': 'Fall eröffnet',
  'Priority and queue set': 'Priorität und Warteschlange festgelegt',
  'Priority confirmed': 'Priorität bestätigt',
  'Priority changed': 'Priorität geändert',
  'Engineer assigned': 'Techniker zugewiesen',
  'Engineer released the case': 'Techniker hat den Fall abgegeben',
  'Question for you': 'Frage an Sie',
  'Work resumed': 'Arbeit wieder aufgenommen',
  'You accepted the solution': 'Sie haben die Lösung angenommen',
  'Solution not accepted': 'Lösung nicht angenommen',
  'Reminder sent': 'Erinnerung gesendet',
  'Message from you': 'Nachricht von Ihnen',
  'Message from the desk': 'Nachricht vom Support',
  'Duty manager asked for': 'Diensthabender Manager angefordert',
  'Survey answered': 'Umfrage beantwortet',
  'Complaint received': 'Beschwerde eingegangen',
  'Case opened with the vendor': 'Fall beim Hersteller eröffnet',
  'File added': 'Datei hinzugefügt',
  'File not kept': 'Datei nicht übernommen',
  'Closure reminder sent': 'Erinnerung an den Abschluss gesendet',
  'Reopened': 'Wiedereröffnet',
  'Escalated': 'Eskaliert',
  'Spare-part replacement finished': 'Ersatzteilaustausch beendet',
  'Follow-up case opened': 'Folgefall eröffnet',
  'Emergency declared': 'Notfall ausgerufen',
  'Emergency status update': 'Statusmeldung zum Notfall',
  'Service restored': 'Dienst wiederhergestellt',
  'Emergency closed': 'Notfall abgeschlossen',
  'Monitoring alert': 'Alarm der Überwachung',
  'Monitoring alert repeated': 'Alarm der Überwachung wiederholt',
  'Monitoring alert resolved': 'Alarm der Überwachung behoben',
  'Spare-part replacement opened': 'Ersatzteilaustausch eröffnet',
  'Spare-part replacement cancelled': 'Ersatzteilaustausch storniert',
  'Spare-part replacement to confirm': 'Ersatzteilaustausch zu bestätigen',
  'Spare-part replacement confirmed': 'Ersatzteilaustausch bestätigt',
  'Spare-part replacement refused': 'Ersatzteilaustausch abgelehnt',
  'Spare part not covered': 'Ersatzteil nicht abgedeckt',
  'Quote sent': 'Angebot gesendet',
  'Spare part issued': 'Ersatzteil ausgegeben',
  'Spare part ordered from the vendor': 'Ersatzteil beim Hersteller bestellt',
  'Spare part arrived': 'Ersatzteil eingetroffen',
  'Part replaced': 'Teil ersetzt',
  'Repair confirmed': 'Reparatur bestätigt',
  'Repair not confirmed': 'Reparatur nicht bestätigt',
  'Faulty part returned': 'Defektes Teil zurückgeschickt',
  // the decision tables' words and the statuses of RMAs, complaints and red flags, as words() writes them
  'Operational problems': 'Betriebsprobleme',
  'General questions': 'Allgemeine Fragen',
  'Engineers': 'Technik',
  'Draft': 'Entwurf',
  'Request to confirm': 'Anforderung zu bestätigen',
  'Quote pending': 'Angebot ausstehend',
  'Quoted': 'Angeboten',
  'Checking stock': 'Lagerbestand wird geprüft',
  'Awaiting part': 'Warten auf das Teil',
  'Part available': 'Teil verfügbar',
  'Fix to confirm': 'Reparatur zu bestätigen',
  'Completed': 'Erledigt',
  'Cancelled': 'Storniert',
  'Declared': 'Ausgerufen',
  'Restored': 'Wiederhergestellt',
  'Report in review': 'Bericht in Prüfung',
  'Received': 'Eingegangen',
  'Investigating': 'In Untersuchung',
  'Awaiting call back': 'Rückruf ausstehend',
  'With management': 'Bei der Geschäftsleitung',
  // reports
  'Made': 'Erstellt',
  'Download': 'Herunterladen',
  'Download the report of {0} (CSV)': 'Bericht {0} herunterladen (CSV)',
  'Monthly support reports': 'Monatliche Support-Berichte',
  'Inspections': 'Inspektionen',
  'Maintenance inspections': 'Wartungsinspektionen',
  'Follow-up': 'Folgeschritt',
  'Your contract includes regular inspections of your registered systems. Each inspection checks every system; its report goes to your contacts by e-mail when the last system is done.': 'Ihr Vertrag umfasst regelmäßige Inspektionen Ihrer registrierten Systeme. Jede Inspektion prüft jedes System; der Bericht geht per E-Mail an Ihre Kontakte, sobald das letzte System geprüft ist.',
  'Inspections, newest first': 'Inspektionen, die neueste zuerst',
  'Due on': 'Fällig am',
  'Findings': 'Befunde',
  'Download the inspection of {0} (CSV)': 'Die Inspektion vom {0} herunterladen (CSV)',
  'There is no inspection yet.': 'Es gibt noch keine Inspektion.',
  'In order': 'In Ordnung',
  'Needs attention': 'Zu beobachten',
  'Fault': 'Fehler',
  'Under way': 'Läuft',
  'Site': 'Standort',
  'Condition': 'Zustand',
  'Software version': 'Softwareversion',
  'What we found': 'Befund',
  'Recommendation': 'Empfehlung',
  '← All inspections': '← Alle Inspektionen',
  'Inspection of {0}': 'Inspektion vom {0}',
  '{0} · contract {1} · {2}': '{0} · Vertrag {1} · {2}',
  'completed {0}': 'abgeschlossen am {0}',
  'What we found on each system': 'Was wir an jedem System gefunden haben',
  'No system has been inspected yet.': 'Noch kein System ist geprüft.',
  '{0} in order, {1} to watch, {2} with a fault': '{0} in Ordnung, {1} zu beobachten, {2} mit Fehler',
  'the inspection report': 'der Inspektionsbericht',
  ['On the 1st of each month we report the month before: your cases, how fast we answered and '
    + 'solved them, spare parts and complaints. The same report goes to your contacts by e-mail.']:
    'Am 1. jedes Monats berichten wir über den Vormonat: Ihre Fälle, wie schnell wir geantwortet und sie gelöst '
    + 'haben, Ersatzteile und Beschwerden. Denselben Bericht erhalten Ihre Kontakte per E-Mail.',
  'Reports, newest month first': 'Berichte, neuester Monat zuerst',
  'Month': 'Monat',
  'There is no report yet. The first one comes on the 1st of next month.': 'Es gibt noch keinen Bericht. Der erste '
    + 'kommt am 1. des nächsten Monats.',
  'Monthly reports': 'Monatsberichte',
  '← All reports': '← Alle Berichte',
  'Support report {0}': 'Support-Bericht {0}',
  'Report {0}': 'Bericht {0}',
  'Download (CSV)': 'Herunterladen (CSV)',
  '{0} · made {1}': '{0} · erstellt {1}',
  'Cases': 'Fälle',
  'Opened in the month': 'Im Monat eröffnet',
  'Opened without a valid contract': 'Ohne gültigen Vertrag eröffnet',
  'Closed in the month': 'Im Monat abgeschlossen',
  'First response within the agreed time': 'Erste Antwort in der vereinbarten Zeit',
  'Mean time to first response': 'Mittlere Zeit bis zur ersten Antwort',
  'Solved within the agreed time': 'In der vereinbarten Zeit gelöst',
  'Mean time to solution': 'Mittlere Zeit bis zur Lösung',
  'Escalations': 'Eskalationen',
  'Reopened after closure': 'Nach dem Abschluss wiedereröffnet',
  '{0} of {1} closed': '{0} von {1} abgeschlossenen',
  'Your satisfaction': 'Ihre Zufriedenheit',
  '{0} of 5 ({1} answer)': '{0} von 5 ({1} Antwort)',
  '{0} of 5 ({1} answers)': '{0} von 5 ({1} Antworten)',
  'no survey answers': 'keine Umfrageantworten',
  'Spare parts and complaints': 'Ersatzteile und Beschwerden',
  'Spare-part replacements opened': 'Ersatzteilaustausche eröffnet',
  'Spare-part replacements completed': 'Ersatzteilaustausche erledigt',
  'Complaints received': 'Beschwerden eingegangen',
  'Complaints closed': 'Beschwerden abgeschlossen',
  'Availability of your systems': 'Verfügbarkeit Ihrer Systeme',
  'System': 'System',
  'Availability': 'Verfügbarkeit',
  'Downtime': 'Ausfallzeit',
  'Outages': 'Ausfälle',
  'Your cases opened in {0}': 'Ihre im {0} eröffneten Fälle',
  'No cases were opened in the month.': 'Im Monat wurden keine Fälle eröffnet.',
  'Cases opened in the month': 'Im Monat eröffnete Fälle',
  'Status now': 'Status jetzt',
  '{0} of {1}': '{0} von {1}',
  '– (no case to measure)': '– (kein Fall zu messen)',
  '{0} min': '{0} Min.',
  '{0} h {1} min': '{0} Std. {1} Min.',
  'level {0}: {1}': 'Stufe {0}: {1}',
  'none': 'keine',
  'There is no such report among your company\'s reports.': 'Unter den Berichten Ihres Unternehmens gibt es diesen '
    + 'Bericht nicht.',
  'Back to your reports': 'Zurück zu Ihren Berichten',
  // the knowledge base (js/articles.js)
  'Articles': 'Artikel',
  'Articles that may solve it': 'Artikel, die es lösen könnten',
  'Knowledge base': 'Wissensdatenbank',
  'Answers our engineers wrote down from solved cases. If one solves your problem, you need not open a case.':
    'Antworten, die unsere Techniker aus gelösten Fällen aufgeschrieben haben. Löst eine Ihr Problem, müssen Sie '
    + 'keinen Fall eröffnen.',
  'Search the articles': 'Artikel durchsuchen',
  'Describe the problem in your words, e.g. "router drops packets".':
    'Beschreiben Sie das Problem in Ihren Worten, z. B. „Router verliert Pakete“.',
  'Product (optional)': 'Produkt (optional)',
  'Search': 'Suchen',
  'Articles for "{0}"': 'Artikel zu „{0}“',
  'Newest articles': 'Neueste Artikel',
  'No article matches. Try other words, or open a case.':
    'Kein Artikel passt. Versuchen Sie andere Wörter oder eröffnen Sie einen Fall.',
  'There are no articles yet.': 'Es gibt noch keine Artikel.',
  '{0} articles found.': '{0} Artikel gefunden.',
  'Article {0}': 'Artikel {0}',
  '← All articles': '← Alle Artikel',
  'updated {0}': 'aktualisiert {0}',
  'Symptom': 'Symptom',
  'Cause': 'Ursache',
  'Solution': 'Lösung',
  'This solved my problem': 'Das hat mein Problem gelöst',
  'Solved my problem': 'Hat mein Problem gelöst',
  'Thank you. We are glad it helped. No case was opened.':
    'Vielen Dank. Schön, dass es geholfen hat. Es wurde kein Fall eröffnet.',
  'This article is no longer published.': 'Dieser Artikel ist nicht mehr veröffentlicht.',
  'Not solved? Open a case and we will help.': 'Nicht gelöst? Eröffnen Sie einen Fall, wir helfen Ihnen.',
  'These articles may solve it': 'Diese Artikel könnten es lösen',
  'Read them before you open the case: if one solves the problem, say so and you are done.':
    'Lesen Sie sie, bevor Sie den Fall eröffnen: Löst einer das Problem, sagen Sie es uns, und Sie sind fertig.',
  '{0} articles may solve your problem.': '{0} Artikel könnten Ihr Problem lösen.',
  // change requests
  'Changes': 'Änderungen',
  'Changes to your systems': 'Änderungen an Ihren Systemen',
  ['Upgrades and other changes to your systems: our expert group reviews every plan before we ask for your '
    + 'approval.']: 'Upgrades und andere Änderungen an Ihren Systemen: Unsere Expertengruppe prüft jeden Plan, bevor '
    + 'wir Sie um Freigabe bitten.',
  'Changes, newest first': 'Änderungen, neueste zuerst',
  'Change': 'Änderung',
  'Title': 'Titel',
  'Window': 'Zeitfenster',
  'Raised': 'Beantragt',
  'There is no change request for your systems.': 'Es gibt keinen Änderungsantrag für Ihre Systeme.',
  'Being planned': 'In Planung',
  'In expert review': 'In Expertenprüfung',
  'Being quoted': 'Angebot in Arbeit',
  'Waiting for your approval': 'Wartet auf Ihre Freigabe',
  'Scheduled': 'Eingeplant',
  'Being carried out': 'In Durchführung',
  'Report in preparation': 'Bericht in Arbeit',
  'Rolled back': 'Zurückgenommen',
  'Withdrawn': 'Zurückgezogen',
  'What will be changed': 'Was geändert wird',
  'Why': 'Warum',
  'Risk': 'Risiko',
  'Rollback': 'Rückfall',
  'Quote': 'Angebot',
  'Implementation report': 'Durchführungsbericht',
  '← All changes': '← Alle Änderungen',
  'Change {0}': 'Änderung {0}',
  'change {0}': 'Änderung {0}',
  'Comment (required if you refuse)': 'Kommentar (Pflicht, wenn Sie ablehnen)',
  'Approve the change': 'Änderung freigeben',
  'Refuse: plan it again': 'Ablehnen: neu planen',
  'Tell us why you refuse': 'Sagen Sie uns, warum Sie ablehnen',
  'You approved the change; we carry it out in its window.': 'Sie haben die Änderung freigegeben; wir führen sie in '
    + 'ihrem Zeitfenster durch.',
  'You refused the change; we plan it again.': 'Sie haben die Änderung abgelehnt; wir planen sie neu.',
  'Your approval': 'Ihre Freigabe',
  'Our expert group approved this plan. Do you approve it, its window and its quote?': 'Unsere Expertengruppe hat '
    + 'diesen Plan freigegeben. Geben Sie ihn, sein Zeitfenster und sein Angebot frei?',
  // the account
  'Your account': 'Ihr Konto',
  'Company': 'Unternehmen',
  'Change your password': 'Passwort ändern',
  'Current password': 'Aktuelles Passwort',
  'New password': 'Neues Passwort',
  'At least 10 characters, not your user name.': 'Mindestens 10 Zeichen, nicht Ihr Benutzername.',
  'New password again': 'Neues Passwort wiederholen',
  'Change password': 'Passwort ändern',
  'Your password has been changed.': 'Ihr Passwort wurde geändert.',
  // forms
  'Please choose one.': 'Bitte wählen Sie etwas aus.',
  'Please fill in this field.': 'Bitte füllen Sie dieses Feld aus.',
  'Choose at most 10 files at a time': 'Wählen Sie höchstens 10 Dateien auf einmal',
  '{0} is empty': '{0} ist leer',
  '{0} is larger than {1}, the limit for a file': '{0} ist größer als {1}, die Grenze für eine Datei',
  'Something went wrong. Please try again.': 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
  'The server answered {0}.': 'Der Server antwortete mit {0}.',
  '{0} bytes': '{0} Bytes',
  'The server cannot be reached. Check your connection and try again.': 'Der Server ist nicht erreichbar. Prüfen '
    + 'Sie Ihre Verbindung und versuchen Sie es noch einmal.',
};
