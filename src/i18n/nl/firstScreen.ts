import type { FirstScreenMessages } from '../types';

export const firstScreen: FirstScreenMessages = {
  analysis: {
    quadrant: {
      'high-strain': {
        name: 'Hoge spanning',
        meaning: 'Hoge taakeisen en weinig regelmogelijkheden: risico op stress.',
      },
      active: {
        name: 'Actief',
        meaning: 'Hoge taakeisen met de regelruimte om ze aan te kunnen: werk waarin mensen leren.',
      },
      'low-strain': {
        name: 'Lage spanning',
        meaning: 'Matige taakeisen en ruime regelmogelijkheden.',
      },
      passive: {
        name: 'Passief',
        meaning: 'Matige taakeisen en weinig regelmogelijkheden: risico op verlies van vaardigheden en motivatie.',
      },
    },
    flag: {
      LOW_LATITUDE: {
        short: 'Weinig regelruimte',
        long: 'Weinig regelmogelijkheden: weinig vaardigheden benut en weinig zeggenschap',
      },
      HIGH_STRAIN: { short: 'Hoge spanning', long: 'Hoge spanning: hoge taakeisen met weinig regelmogelijkheden' },
      ISO_STRAIN: { short: 'Iso-strain', long: 'Iso-strain: hoge spanning zonder de steun van een team' },
      PASSIVE: { short: 'Passief', long: 'Passieve functie: weinig te leren, risico op verlies van vaardigheden' },
      CONTROL_PROBLEM: {
        short: 'Regelprobleem',
        long: 'Regelprobleem: de regelbehoefte is groter dan de regelcapaciteit (spanningsratio boven 1)',
      },
      SHORT_CYCLE: {
        short: 'Kortcyclisch',
        long: 'Kortcyclisch werk: het uitvoerende werk herhaalt zich binnen 1,5 minuut',
      },
      WEBA_STRESS_RISK: {
        short: 'Stressrisico',
        long: 'WEBA-stressrisico: hoge taakeisen en een knelpunt op criterium 2, 5 of 7',
      },
      WEBA_LEARNING_RISK: { short: 'Leerrisico', long: 'WEBA-leerrisico: twee of meer knelpunten op de criteria 1–4' },
    },
    coverage: {
      qualified: '{{count}} gekwalificeerd',
      redZoneHint: 'Rode zone: maar {{count}} persoon is hier gekwalificeerd (doel {{k}})',
      uncoveredHint: 'Niemand is gekwalificeerd op deze werkplek (doel {{k}})',
    },
    badge: {
      quadrantHint: '{{quadrant}}: {{meaning}} DL {{dl}}, PD {{pd}}.',
      flags: 'Risico’s',
    },
  },
  qrm: {
    polca: {
      entity: 'POLCA-lus',
      ends: 'A = {{from}} · B = {{to}}',
      edgeLabel_one: 'POLCA · {{count}} kaart',
      edgeLabel_other: 'POLCA · {{count}} kaarten',
      edgeLabelNone: 'POLCA-lus',
      edgeAria: 'POLCA-lus van {{from}} naar {{to}}',
      times: 'Tijden (dagen)',
      leadTimeFrom: 'LT_A: doorlooptijd A',
      transit: 'MT_AB: vervoer A → B',
      leadTimeTo: 'LT_B: doorlooptijd B',
      returnTime: 'RT_BA: retour B → A',
      throughput: 'Orders door de lus',
      jobs: 'NUM: orders',
      periodDays: 'D: in dagen',
      safety: 'S: veiligheid (%)',
      cardsTitle: 'Kaarten in de lus',
      cards_one: '{{count}} kaart',
      cards_other: '{{count}} kaarten',
      noCards: 'Geen aantal kaarten: de periode D moet meer dan 0 dagen zijn.',
      formula: 'ceil((LT_A + MT_AB + LT_B + RT_BA) × NUM / D × (1 + S))',
      explain:
        'Met een kaart mag A een order voor B starten; de kaart gaat terug naar A zodra B de order af heeft. Te weinig kaarten laten B stilvallen, te veel laten werk opstapelen.',
      notCell: '“{{unit}}” is geen cel meer ({{kind}}); POLCA-lussen lopen tussen cellen.',
      delete: 'Lus verwijderen',
      handleOut: 'POLCA: sleep naar een andere cel om een lus vanuit deze cel toe te voegen',
      handleIn: 'POLCA: zet hier een lus vanuit een andere cel neer',
      connect: {
        notCell: 'POLCA-lussen lopen tussen cellen; “{{unit}}” is een {{kind}}. Maak er eerst een cel van.',
        duplicate: 'Er is al een POLCA-lus van “{{from}}” naar “{{to}}”.',
        wrongEnd: 'Zet een POLCA-lus neer op het POLCA-punt van een andere cel (het kaartje aan de linkerkant).',
      },
    },
  },
  compare: {
    tidy: {
      label: 'Opruimen',
      labelSelection: 'Selectie opruimen',
      hint: 'Het scenario ordenen: routes van links naar rechts, families links, elke eenheid om haar inhoud heen. Ctrl+Z maakt het ongedaan.',
      hintSelection:
        'De geselecteerde onderdelen ordenen (een eenheid met alles erin); de rest blijft staan. Ctrl+Z maakt het ongedaan.',
      failed: 'De indeling kon niet worden geladen. Laad de pagina opnieuw en probeer het nog eens.',
    },
  },
  presentation: {
    toolbar: {
      story: 'Verhaal',
      storyHint: 'Plan de presentatie: stappen met een scenario, een beeld en een toelichting',
      present: 'Presenteren',
      presentHint: 'Presenteer het verhaal schermvullend',
    },
    tabs: {
      hint: 'Dubbelklik om te hernoemen · sleep of Alt+←/→ om te verplaatsen',
    },
  },
  export: {
    menu: {
      pdf: 'Pdf-rapport',
      pdfHint: 'Een afdrukbaar pdf-rapport van dit scenario exporteren',
      picture: 'Afbeelding',
      pictureHint: 'Het canvas exporteren als png- of svg-afbeelding',
    },
  },
  csv: {
    menu: { button: 'CSV', title: 'Functies, taken en de vaardighedenmatrix als CSV importeren of exporteren' },
  },
};
