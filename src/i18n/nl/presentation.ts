import type { Messages } from '../types';

/** Het verhaal, de presentatiemodus en hints voor het verplaatsen van scenariotabbladen. */
export const presentation: Messages['presentation'] = {
  toolbar: {
    story: 'Verhaal',
    storyHint: 'Plan de presentatie: stappen met een scenario, een beeld en een toelichting',
    present: 'Presenteren',
    presentHint: 'Presenteer het verhaal schermvullend',
  },
  tabs: {
    hint: 'Dubbelklik om te hernoemen · sleep of Alt+←/→ om te verplaatsen',
  },
  story: {
    title: 'Verhaal',
    intro:
      'De stappen van je presentatie, op volgorde. Elke stap toont een scenario vanuit een bewaard beeld, met een titel en een toelichting.',
    empty:
      'Nog geen stappen: de presentatie toont elk scenario in de volgorde van de tabbladen. Kader het canvas in en voeg het toe als stap.',
    add: 'Huidig beeld toevoegen',
    addHint: 'Voeg het open scenario toe, ingekaderd zoals het canvas het nu toont',
    close: 'Sluiten',
    present: 'Presenteren',
    step: 'Stap {{n}}',
    titleLabel: 'Titel van stap {{n}}',
    notePlaceholder: 'Toelichting voor de groep (optioneel)',
    noteLabel: 'Toelichting bij stap {{n}}',
    scenarioLabel: 'Scenario van stap {{n}}',
    savedView: 'Bewaard beeld',
    wholeScenario: 'Hele scenario',
    recapture: 'Huidig beeld gebruiken',
    recaptureHint: 'Vervang het scenario en het beeld van deze stap door wat het canvas nu toont',
    noCanvas: 'Open het canvas om een beeld vast te leggen.',
    moveUp: 'Omhoog',
    moveDown: 'Omlaag',
    drag: 'Sleep om te verplaatsen',
    delete: 'Stap verwijderen',
  },
  mode: {
    label: 'Presentatie',
    counter: '{{n}} / {{count}}',
    counterLabel: 'Stap {{n}} van {{count}}',
    next: 'Volgende',
    prev: 'Vorige',
    exit: 'Stoppen',
    exitHint: 'Stop de presentatie (Esc)',
    overlay: 'Analyse',
    overlayHint: 'Analyse tonen of verbergen (O)',
    inspector: 'Inspector',
    inspectorHint: 'Inspector tonen of verbergen om te bewerken (I)',
    keys: '→ volgende · ← vorige · O analyse · I inspector · Esc stoppen',
  },
  overlay: {
    title: 'Analyse',
    parameters: 'Structuur P1–P7',
    parametersHint: '0 = eenvoudige organisatie, 1 = complex',
    quadrants: 'Functies per Karasek-kwadrant',
    highStrain: 'Hoge spanning',
    none: 'Geen functie met hoge spanning',
    iso: 'iso-strain',
    more: '+{{count}} meer',
    na: 'n.v.t.',
  },
};
