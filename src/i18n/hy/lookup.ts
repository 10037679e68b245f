// Հայերեն: հաճախորդի նշում (commands/lookup.ts). ոչ մեկը չի համապատասխանում, կամ մի քանիսը:
import type { Catalogue } from '../catalogue.js';

export const lookup: Catalogue['lookup'] = {
  // Թվից հետո գոյականը եզակի է՝ "3 հաճախորդ":
  ambiguous: (p) => `"${p.name}"-ին համապատասխանում է ${p.over ? `${p.count}-ից ավելի` : p.count} հաճախորդ, մուտքագրեք այս կարճ անուններից մեկը կամ ավելի շատ տառեր:`,
  andMore: '  ... և այլն',
  didYouMean: (p) => `"${p.name}"-ին ոչ մի հաճախորդ չի համապատասխանում, նկատի ունեի՞ք ${p.handles.join(' կամ ')}`,
  none: (p) => `"${p.name}"-ին ոչ մի հաճախորդ չի համապատասխանում, որոնեք՝ crm find <տեքստ>`,
};
