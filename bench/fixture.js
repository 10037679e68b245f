// What the generator and the harness agree on: defaults, the planted search word, the cache
// names, and the people, companies and conversations a generated binder is made of.

/** Bump when the generator writes different data: cached binders of another version are rebuilt. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_TODAY = '2026-11-23';
export const DEFAULT_SEED = 1;
/** Dossiers filed exactly on --today, and overdue ones (filed on an earlier working day), at every size. */
export const DUE_TODAY = 30;
export const OVERDUE = 4;

/**
 * A family name planted in FIND_MATCHES dossiers at every size and found nowhere else:
 * `crm find brzeczyszczykiewicz` (typed without diacritics) matches exactly those.
 */
export const FIND_NAME = 'Brzęczyszczykiewicz';
export const FIND_QUERY = 'brzeczyszczykiewicz';
export const FIND_MATCHES = 5;
/**
 * crm find through the history: a word of Polish call notes (`zamówienie`), found in thousands of
 * dossiers (200 listed), and two words, a family name and a word of the notes, found in both.
 */
export const HISTORY_QUERY = 'zamowienie';
export const TWO_WORD_QUERY = ['nowak', 'potwierdzil'];

/** The cached binder for a size and seed, named by everything that would change its contents. */
export function binderFileName(dossiers, seed, schemaVersion, today = DEFAULT_TODAY) {
  return `binder-${dossiers}-s${seed}-${today}-v${schemaVersion}-g${GENERATOR_VERSION}.db`;
}

// ---- The people ----
// Each locale: given names (M, F) and family names (M form, F form), as typed and romanised
// (the romanised form makes the e-mail address), companies, positions, conversation notes,
// offers, standing card notes, salutations, preferences, phone formats, e-mail domains, tags.
// Persian family names carry the zero-width non-joiner (U+200C) as they are typed.

const ZWNJ = '\u200c';

export const LOCALES = [
  {
    code: 'pl',
    weight: 30,
    givenM: ['Łukasz', 'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Grzegorz', 'Jakub', 'Wojciech', 'Mateusz', 'Stanisław', 'Jerzy'],
    givenF: ['Anna', 'Małgorzata', 'Agnieszka', 'Katarzyna', 'Barbara', 'Ewa', 'Joanna', 'Magdalena', 'Zofia', 'Dorota', 'Beata', 'Justyna', 'Jadwiga', 'Elżbieta'],
    family: [
      ['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'],
      ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'],
      ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'],
      ['Żółć', 'Żółć'], ['Grzybowski', 'Grzybowska'], ['Pietrzak', 'Pietrzak'], ['Sikora', 'Sikora'], ['Chmielewski', 'Chmielewska'],
      ['Łągiewka', 'Łągiewka'], ['Ślązak', 'Ślązak'], ['Więckowski', 'Więckowska'], ['Błaszczyk', 'Błaszczyk'],
    ],
    companies: [
      'Hydro-Tech Sp. z o.o.', 'Przedsiębiorstwo Budowlane Żuraw S.A.', 'Łódzkie Zakłady Tekstylne', 'Piekarnia Kłos s.c.',
      'Gdańska Stocznia Jachtowa', 'Meble Wójcik', 'Transport Międzynarodowy Szybki Sp.j.', 'Apteka pod Orłem', 'Drukarnia Świt',
      'Kraków Software House', 'Zakład Energetyczny Śląsk', 'Mleczarnia Łowicz Sp. z o.o.', 'Hurtownia Elektryczna Iskra',
      'Biuro Rachunkowe Bilans', 'Ogrody Zielińskich', 'Auto-Serwis Pędzik', 'Browar Żywiecki Mały', 'Okna i Drzwi Pol-Plast',
    ],
    positions: ['kierownik zakupów', 'prezes zarządu', 'główna księgowa', 'dyrektor handlowy', 'specjalista ds. logistyki', 'właściciel', 'kierownik budowy', 'asystentka zarządu'],
    notes: [
      'Prosi o ofertę na 200 szt., termin dostawy do końca miesiąca.',
      'Zainteresowana rabatem ilościowym; oddzwonić po naradzie zarządu.',
      'Reklamacja ostatniej dostawy – brakujące dwie palety.',
      'Budżet zatwierdzony na I kwartał, chce spotkania w Warszawie.',
      'Porównuje nas z konkurencją, pyta o dłuższy termin płatności.',
      'Dostał katalog, przejrzy w tym tygodniu.',
      'Zmiana osoby decyzyjnej – nowy kierownik od przyszłego miesiąca.',
      'Potwierdził zamówienie telefonicznie, czekamy na pismo.',
      'Prosi o próbki materiału przed decyzją.',
      'Urlop do połowy miesiąca, zastępstwo: pani Ewa z działu zakupów.',
    ],
    offers: ['Oferta 12 500 zł netto, 30 dni płatności', 'Rabat 8% przy zamówieniu powyżej 50 tys. zł', 'Oferta serwisowa 1 800 zł/mies.', 'Cennik hurtowy 2027, dostawa gratis'],
    cardNotes: ['Decyzje podejmuje wspólnie ze wspólnikiem.', 'Woli kontakt mailowy rano.', 'Stały klient od 2019 r.', 'Płaci terminowo; nie lubi długich rozmów.', 'Ma dwa magazyny: Łódź i Poznań.'],
    address: (given, family, female) => (female ? `Pani ${given}` : `Panie ${given}`),
    preferences: ['dzwonić po 10:00', 'tylko e-mail', 'w piątki nie dzwonić', 'najlepiej wtorki'],
    phone: ['+48 6## ### ###', '+48 5## ### ###', '+48 22 ### ## ##'],
    domains: ['wp.pl', 'onet.pl', 'gmail.com', 'firma.com.pl', 'interia.pl'],
    tags: ['warszawa', 'vip', 'hurt', 'łódź', 'budownictwo', 'przetarg'],
  },
  {
    code: 'de',
    weight: 14,
    givenM: ['Jürgen', 'Klaus', 'Stefan', 'Matthias', 'Jörg', 'Uwe', 'Thomas', 'Andreas', 'Günther', 'Björn'],
    givenF: ['Sabine', 'Ursula', 'Birgit', 'Jutta', 'Käthe', 'Monika', 'Anja', 'Franziska', 'Bärbel', 'Jördis'],
    family: [
      ['Müller', 'Müller'], ['Schmidt', 'Schmidt'], ['Schneider', 'Schneider'], ['Fischer', 'Fischer'], ['Weiß', 'Weiß'], ['Schäfer', 'Schäfer'],
      ['Groß', 'Groß'], ['Köhler', 'Köhler'], ['Krüger', 'Krüger'], ['Großmann', 'Großmann'], ['Böhm', 'Böhm'], ['Strauß', 'Strauß'],
      ['Meißner', 'Meißner'], ['Hoffmann', 'Hoffmann'], ['Jäger', 'Jäger'], ['Lößl', 'Lößl'],
    ],
    companies: [
      'Müller & Söhne GmbH', 'Bäckerei Groß KG', 'Straßenbau Köhler AG', 'Schäfer Logistik GmbH & Co. KG', 'Weißbräu Oberbayern',
      'Maschinenbau Jäger GmbH', 'Stadtwerke Lüneburg', 'Praxis Dr. Hoffmann', 'Autohaus Böhm', 'Druckerei Strauß e.K.',
    ],
    positions: ['Geschäftsführer', 'Einkaufsleiterin', 'Prokurist', 'Leiter Vertrieb', 'Buchhalterin', 'Inhaber', 'Technischer Leiter'],
    notes: [
      'Bittet um Angebot über 500 Stück, Lieferung bis Monatsende.',
      'Budget für Q1 freigegeben; möchte einen Termin in München.',
      'Reklamation: zwei Paletten beschädigt, Fotos per E-Mail.',
      'Vergleicht mit dem Wettbewerb, fragt nach Skonto.',
      'Katalog erhalten, meldet sich nach der Messe.',
      'Neuer Ansprechpartner ab nächstem Monat: Herr Krüger.',
      'Hat mündlich bestellt, schriftliche Bestätigung folgt.',
      'Möchte Muster vor der Entscheidung.',
    ],
    offers: ['Angebot 14.800 € netto, Zahlungsziel 30 Tage', 'Rahmenvertrag 2027, 6 % Rabatt', 'Wartungsvertrag 390 €/Monat'],
    cardNotes: ['Entscheidet gemeinsam mit dem Vater.', 'Bevorzugt E-Mail, ruft selten zurück.', 'Kunde seit 2018.', 'Zahlt pünktlich.'],
    address: (given, family, female) => (female ? `Frau ${family}` : `Herr Dr. ${family}`),
    preferences: ['nicht vor 9 Uhr', 'nur per E-Mail', 'freitags nicht', 'am liebsten dienstags'],
    phone: ['+49 30 #######', '+49 15# ########', '+49 89 ### ###'],
    domains: ['gmx.de', 'web.de', 't-online.de', 'firma.de'],
    tags: ['münchen', 'vip', 'großhandel', 'messe', 'ausschreibung'],
  },
  {
    code: 'bg',
    weight: 10,
    givenM: [['Иван', 'Ivan'], ['Георги', 'Georgi'], ['Димитър', 'Dimitar'], ['Петър', 'Petar'], ['Николай', 'Nikolay'], ['Стоян', 'Stoyan'], ['Христо', 'Hristo']],
    givenF: [['Мария', 'Maria'], ['Ани', 'Ani'], ['Елена', 'Elena'], ['Десислава', 'Desislava'], ['Йорданка', 'Yordanka'], ['Цветелина', 'Tsvetelina'], ['Радостина', 'Radostina']],
    family: [
      [['Иванов', 'Ivanov'], ['Иванова', 'Ivanova']], [['Петров', 'Petrov'], ['Петрова', 'Petrova']], [['Георгиев', 'Georgiev'], ['Георгиева', 'Georgieva']],
      [['Димитров', 'Dimitrov'], ['Димитрова', 'Dimitrova']], [['Стоянов', 'Stoyanov'], ['Стоянова', 'Stoyanova']], [['Тодоров', 'Todorov'], ['Тодорова', 'Todorova']],
      [['Христов', 'Hristov'], ['Христова', 'Hristova']], [['Николов', 'Nikolov'], ['Николова', 'Nikolova']], [['Попов', 'Popov'], ['Попова', 'Popova']],
      [['Ангелов', 'Angelov'], ['Ангелова', 'Angelova']], [['Йорданов', 'Yordanov'], ['Йорданова', 'Yordanova']],
    ],
    companies: ['Балкан Логистик ООД', 'Софийски хлебозавод АД', 'Тракия Агро ЕООД', 'Родопа Мебел ООД', 'Черноморски Рибни Продукти АД', 'Пловдив Софтуер ЕООД', 'Витоша Строй ООД'],
    positions: ['управител', 'търговски директор', 'главен счетоводител', 'мениджър покупки', 'собственик'],
    notes: [
      'Иска оферта за 300 броя до края на месеца.',
      'Ще се обади след заседанието на борда.',
      'Доволна от последната доставка, пита за отстъпка.',
      'Сравнява ни с конкуренцията, иска по-дълъг срок на плащане.',
      'Получи каталога, ще го прегледа тази седмица.',
      'Нов отговорник по покупките от следващия месец.',
    ],
    offers: ['Оферта 8 400 лв. без ДДС, плащане 30 дни', 'Отстъпка 5% над 10 000 лв.', 'Годишен договор за поддръжка 2 600 лв.'],
    cardNotes: ['Решава заедно със съдружника си.', 'Предпочита имейл сутрин.', 'Клиент от 2020 г.'],
    address: (given, family, female) => (female ? `г-жо ${family}` : `г-н ${family}`),
    preferences: ['след 10 ч.', 'само по имейл', 'не в петък'],
    phone: ['+359 88 ### ####', '+359 89 ### ####', '+359 2 ### ####'],
    domains: ['abv.bg', 'mail.bg', 'gmail.com', 'firma.bg'],
    tags: ['софия', 'vip', 'пловдив', 'търг'],
  },
  {
    code: 'el',
    weight: 8,
    givenM: [['Γιώργος', 'Giorgos'], ['Νίκος', 'Nikos'], ['Δημήτρης', 'Dimitris'], ['Κωνσταντίνος', 'Konstantinos'], ['Γιάννης', 'Giannis'], ['Σπύρος', 'Spyros']],
    givenF: [['Μαρία', 'Maria'], ['Ελένη', 'Eleni'], ['Κατερίνα', 'Katerina'], ['Σοφία', 'Sofia'], ['Δέσποινα', 'Despoina'], ['Αθηνά', 'Athina']],
    family: [
      [['Παπαδόπουλος', 'Papadopoulos'], ['Παπαδοπούλου', 'Papadopoulou']], [['Γεωργίου', 'Georgiou'], ['Γεωργίου', 'Georgiou']],
      [['Οικονόμου', 'Oikonomou'], ['Οικονόμου', 'Oikonomou']], [['Καραγιάννης', 'Karagiannis'], ['Καραγιάννη', 'Karagianni']],
      [['Βασιλείου', 'Vasileiou'], ['Βασιλείου', 'Vasileiou']], [['Μαυρίδης', 'Mavridis'], ['Μαυρίδου', 'Mavridou']],
      [['Αλεξίου', 'Alexiou'], ['Αλεξίου', 'Alexiou']], [['Σταυρόπουλος', 'Stavropoulos'], ['Σταυροπούλου', 'Stavropoulou']],
    ],
    companies: ['Ελαιόλαδα Κρήτης Α.Ε.', 'Ναυτιλιακή Αιγαίου Ε.Π.Ε.', 'Θεσσαλονίκη Λογισμικό Ι.Κ.Ε.', 'Αρτοποιία Σπύρου', 'Κτήμα Νεμέας Ο.Ε.'],
    positions: ['Διευθύνων Σύμβουλος', 'Υπεύθυνη Προμηθειών', 'Λογιστής', 'Ιδιοκτήτης'],
    notes: [
      'Ζητά προσφορά για 100 τεμάχια έως το τέλος του μήνα.',
      'Θα επικοινωνήσει μετά τη συνεδρίαση του Δ.Σ.',
      'Ικανοποιημένη από την τελευταία παράδοση· ρωτά για έκπτωση.',
      'Έλαβε τον κατάλογο, θα τον δει αυτή την εβδομάδα.',
      'Θέλει δείγματα πριν αποφασίσει.',
    ],
    offers: ['Προσφορά 6.200 € χωρίς ΦΠΑ', 'Έκπτωση 7% για παραγγελίες άνω των 20.000 €'],
    cardNotes: ['Αποφασίζει μαζί με τον αδελφό του.', 'Προτιμά email το πρωί.', 'Πελάτης από το 2021.'],
    address: (given, family, female) => (female ? `κυρία ${family}` : `κύριε ${given}`),
    preferences: ['μετά τις 10:00', 'μόνο email', 'όχι Παρασκευή'],
    phone: ['+30 69# ### ####', '+30 210 ### ####'],
    domains: ['gmail.com', 'otenet.gr', 'firma.gr'],
    tags: ['αθήνα', 'vip', 'κρήτη'],
  },
  {
    code: 'tr',
    weight: 8,
    givenM: ['Mehmet', 'Mustafa', 'Emre', 'Gökhan', 'İbrahim', 'Oğuz', 'Çağrı'],
    givenF: ['Ayşe', 'Fatma', 'Işıl', 'Çağla', 'Gülşen', 'Şule', 'Özlem'],
    family: [['Yılmaz', 'Yılmaz'], ['Kaya', 'Kaya'], ['Demir', 'Demir'], ['Şahin', 'Şahin'], ['Çelik', 'Çelik'], ['Yıldız', 'Yıldız'], ['Öztürk', 'Öztürk'], ['Aydın', 'Aydın'], ['Kılıç', 'Kılıç'], ['Doğan', 'Doğan']],
    companies: ['Anadolu Tekstil A.Ş.', 'Ege Gıda Ltd. Şti.', 'Boğaziçi Lojistik A.Ş.', 'Karadeniz Fındık Kooperatifi', 'İzmir Yazılım Ltd. Şti.'],
    positions: ['genel müdür', 'satın alma müdürü', 'muhasebe şefi', 'işletme sahibi'],
    notes: [
      '200 adet için teklif istiyor, ay sonuna kadar teslim.',
      'Yönetim kurulundan sonra arayacak.',
      'Son teslimattan memnun, indirim soruyor.',
      'Kataloğu aldı, bu hafta inceleyecek.',
      'Karar öncesi numune istiyor.',
    ],
    offers: ['Teklif 145.000 TL + KDV', 'Yıllık bakım sözleşmesi 36.000 TL'],
    cardNotes: ['Ortağıyla birlikte karar veriyor.', 'Sabahları e-posta tercih ediyor.', '2019’dan beri müşteri.'],
    address: (given, family, female) => (female ? `${given} Hanım` : `${given} Bey`),
    preferences: ['10:00’dan sonra', 'sadece e-posta', 'cuma aramayın'],
    phone: ['+90 532 ### ## ##', '+90 212 ### ## ##'],
    domains: ['gmail.com', 'hotmail.com', 'firma.com.tr'],
    tags: ['istanbul', 'vip', 'ihracat'],
  },
  {
    code: 'fa',
    weight: 8,
    givenM: [['محمد', 'Mohammad'], ['علی', 'Ali'], ['رضا', 'Reza'], ['حسین', 'Hossein'], ['مهدی', 'Mehdi'], ['امیر', 'Amir']],
    givenF: [['زهرا', 'Zahra'], ['فاطمه', 'Fatemeh'], ['مریم', 'Maryam'], ['نیلوفر', 'Niloufar'], ['سارا', 'Sara'], ['شیرین', 'Shirin']],
    family: [
      [`ابراهیمی${ZWNJ}پور`, 'Ebrahimipour'], ['محمدی', 'Mohammadi'], ['حسینی', 'Hosseini'], ['رضایی', 'Rezaei'], [`کریمی${ZWNJ}نژاد`, 'Kariminejad'],
      [`صادقی${ZWNJ}فر`, 'Sadeghifar'], ['موسوی', 'Mousavi'], ['جعفری', 'Jafari'], [`نیک${ZWNJ}نام`, 'Niknam'], ['میرزایی', 'Mirzaei'],
    ].map(([native, latin]) => [[native, latin], [native, latin]]),
    companies: [`شرکت بازرگانی پارس${ZWNJ}تجارت`, 'صنایع غذایی مهرگان', `گروه صنعتی سپاهان${ZWNJ}فولاد`, `نرم${ZWNJ}افزار آریا`, 'پخش دارویی البرز'],
    positions: ['مدیرعامل', 'مدیر خرید', 'کارشناس فروش', 'حسابدار ارشد'],
    notes: [
      `درخواست پیش${ZWNJ}فاکتور برای ۲۰۰ عدد دارد.`,
      `بعد از جلسه هیئت${ZWNJ}مدیره تماس می${ZWNJ}گیرد.`,
      `از آخرین ارسال راضی است؛ تخفیف می${ZWNJ}خواهد.`,
      `کاتالوگ را گرفت، این هفته بررسی می${ZWNJ}کند.`,
      `قبل از تصمیم نمونه می${ZWNJ}خواهد.`,
    ],
    offers: [`پیش${ZWNJ}فاکتور ۴۵۰ میلیون ریال، پرداخت ۳۰ روزه`, 'تخفیف ۵٪ برای سفارش بالای ۱ میلیارد ریال'],
    cardNotes: ['با شریکش تصمیم می‌گیرد.', 'صبح‌ها ایمیل را ترجیح می‌دهد.', 'مشتری از ۱۳۹۸.'],
    address: (given, family, female) => (female ? `خانم ${family}` : `آقای ${family}`),
    preferences: ['بعد از ساعت ۱۰', 'فقط ایمیل', 'پنجشنبه تماس نگیرید'],
    // Persian digits as typed on a Persian keyboard, or ASCII.
    phone: ['+98 ۹۱۲ ### ####', '+98 912 ### ####', '+98 ۲۱ #### ####'],
    domains: ['gmail.com', 'yahoo.com', 'firma.ir'],
    tags: ['تهران', 'vip', 'اصفهان'],
  },
  {
    code: 'hy',
    weight: 6,
    givenM: [['Արամ', 'Aram'], ['Տիգրան', 'Tigran'], ['Դավիթ', 'Davit'], ['Գևորգ', 'Gevorg'], ['Նարեկ', 'Narek'], ['Արմեն', 'Armen']],
    givenF: [['Անի', 'Ani'], ['Նունե', 'Nune'], ['Լիլիթ', 'Lilit'], ['Մարիամ', 'Mariam'], ['Սոնա', 'Sona'], ['Գայանե', 'Gayane']],
    family: [
      ['Պետրոսյան', 'Petrosyan'], ['Հովհաննիսյան', 'Hovhannisyan'], ['Սարգսյան', 'Sargsyan'], ['Գրիգորյան', 'Grigoryan'],
      ['Կարապետյան', 'Karapetyan'], ['Մկրտչյան', 'Mkrtchyan'], ['Ավետիսյան', 'Avetisyan'], ['Հարությունյան', 'Harutyunyan'],
    ].map(([native, latin]) => [[native, latin], [native, latin]]),
    companies: ['Արարատ Կոնյակ ՍՊԸ', 'Երևան Տեքս ՓԲԸ', 'Սևան Ձուկ ՍՊԸ', 'Գյումրի Շին ՍՊԸ', 'Դիլիջան Սոֆթ ՍՊԸ'],
    positions: ['տնօրեն', 'գնումների մենեջեր', 'գլխավոր հաշվապահ'],
    notes: [
      'Խնդրում է առաջարկ 150 միավորի համար մինչև ամսվա վերջ։',
      'Կզանգի տնօրենների խորհրդից հետո։',
      'Գոհ է վերջին առաքումից, հարցնում է զեղչի մասին։',
      'Ստացել է կատալոգը, կնայի այս շաբաթ։',
    ],
    offers: ['Առաջարկ 1 200 000 դրամ, վճարում 30 օր', 'Զեղչ 6% 5 000 000 դրամից ավելի պատվերի դեպքում'],
    cardNotes: ['Որոշում է գործընկերոջ հետ։', 'Նախընտրում է էլ. փոստ։'],
    address: (given, family, female) => (female ? `տիկին ${family}` : `պարոն ${family}`),
    preferences: ['ժամը 10-ից հետո', 'միայն էլ. փոստ'],
    phone: ['+374 91 ######', '+374 10 ######'],
    domains: ['mail.am', 'gmail.com', 'firma.am'],
    tags: ['երևան', 'vip'],
  },
  {
    code: 'zh',
    weight: 9,
    // Family name first, no space: 王伟.
    familyFirst: true,
    joiner: '',
    givenM: [['伟', 'Wei'], ['强', 'Qiang'], ['磊', 'Lei'], ['军', 'Jun'], ['洋', 'Yang'], ['建华', 'Jianhua'], ['志明', 'Zhiming']],
    givenF: [['芳', 'Fang'], ['娜', 'Na'], ['秀英', 'Xiuying'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'], ['艳', 'Yan']],
    family: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'], ['周', 'Zhou'], ['吴', 'Wu']].map(
      ([native, latin]) => [[native, latin], [native, latin]],
    ),
    companies: ['上海华东贸易有限公司', '深圳创新电子科技有限公司', '北京长城建材集团', '杭州西湖茶业有限公司', '广州南方物流有限公司'],
    positions: ['采购经理', '总经理', '财务总监', '销售主管'],
    notes: ['需要200件的报价，月底前交货。', '董事会后再联系。', '对上次发货满意，询问折扣。', '已收到目录，本周内查看。', '决定前想要样品。'],
    offers: ['报价 ¥86,000 含税，30天付款', '年度框架协议，优惠5%'],
    cardNotes: ['与合伙人共同决定。', '上午更喜欢邮件联系。', '2020年起的老客户。'],
    address: (given, family, female) => (female ? `${family}女士` : `${family}先生`),
    preferences: ['上午10点以后', '只用邮件', '微信联系'],
    phone: ['+86 138 #### ####', '+86 21 #### ####'],
    domains: ['qq.com', '163.com', 'firma.cn'],
    tags: ['上海', 'vip', '出口'],
  },
  {
    code: 'ja',
    weight: 7,
    // Family name first, with a space: 山田 太郎.
    familyFirst: true,
    joiner: ' ',
    givenM: [['太郎', 'Taro'], ['健一', 'Kenichi'], ['翔太', 'Shota'], ['大輔', 'Daisuke'], ['誠', 'Makoto']],
    givenF: [['花子', 'Hanako'], ['由美', 'Yumi'], ['美咲', 'Misaki'], ['陽子', 'Yoko'], ['さくら', 'Sakura']],
    family: [['山田', 'Yamada'], ['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['田中', 'Tanaka'], ['渡辺', 'Watanabe'], ['伊藤', 'Ito'], ['中村', 'Nakamura']].map(
      ([native, latin]) => [[native, latin], [native, latin]],
    ),
    companies: ['株式会社山田製作所', '東京物産株式会社', '大阪精密工業株式会社', '北海道フーズ株式会社'],
    positions: ['購買部長', '代表取締役', '営業課長', '経理担当'],
    notes: ['200個の見積もりを希望、月末納品。', '役員会の後で連絡するとのこと。', '前回の納品に満足、値引きについて質問。', 'カタログ受領、今週中に検討。'],
    offers: ['見積 ¥1,250,000（税別）', '年間保守契約 ¥480,000'],
    cardNotes: ['共同経営者と相談して決める。', '午前中はメール希望。'],
    address: (given, family) => `${family}様`,
    preferences: ['10時以降', 'メールのみ', '金曜日は不可'],
    phone: ['+81 90 #### ####', '+81 3 #### ####'],
    domains: ['docomo.ne.jp', 'gmail.com', 'firma.co.jp'],
    tags: ['東京', 'vip'],
  },
];

/** How calls end, weighted: most reach the client. */
export const OUTCOME_WEIGHTS = [
  ['reached', 46],
  ['no-answer', 18],
  ['voicemail', 9],
  ['callback', 10],
  ['meeting-set', 6],
  ['offer-sent', 7],
  ['won', 2],
  ['lost', 2],
];

/** What a note says when the client was not reached, per locale. */
export const NOT_REACHED = {
  pl: 'Nie odebrał, zostawiłem wiadomość.',
  de: 'Nicht erreicht, auf die Mailbox gesprochen.',
  bg: 'Не вдигна, оставих съобщение.',
  el: 'Δεν απάντησε, άφησα μήνυμα.',
  tr: 'Açmadı, mesaj bıraktım.',
  fa: 'جواب نداد، پیام گذاشتم.',
  hy: 'Չպատասխանեց, թողեցի հաղորդագրություն։',
  zh: '没接电话，已留言。',
  ja: '不在、留守電にメッセージ。',
};

export const PROMISES = ['send the price list', 'send samples', 'call back with the delivery date', 'send the signed contract', 'check the invoice'];
export const COMPLAINTS = ['delivery two weeks late', 'two pallets damaged', 'wrong invoice amount', 'missing parts in the order'];
