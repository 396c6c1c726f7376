import type { Messages } from '../types';

export const canvas: Messages['canvas'] = {
  label: 'Organisatiecanvas',
  palette: {
    label: 'Toevoegen aan het canvas',
    hint: 'Voeg een {{kind}} toe: klik om het in de geselecteerde eenheid of midden in beeld te plaatsen, of sleep het op het canvas.',
    unit: 'Eenheid',
    workstation: 'Werkplek',
    family: 'Familie',
    team: 'Team',
    role: 'Functie',
  },
  newName: {
    unit: 'Eenheid {{n}}',
    workstation: 'Werkplek {{n}}',
    family: 'Productfamilie {{n}}',
    team: 'Team {{n}}',
    role: 'Functie {{n}}',
  },
  toolbar: {
    routeFor: 'Route voor',
    routeForHint: 'Twee werkplekken verbinden voegt een routestap toe voor deze familie.',
    noFamily: 'Nog geen families',
  },
  node: {
    renameHint: 'Dubbelklik om de naam te wijzigen',
    monument: 'Monument',
    monumentHint: 'Monument: een gedeelde voorziening die bewust buiten de cellen blijft',
    noProcessType: 'geen procestype',
    steps_one: '{{count}} stap',
    steps_other: '{{count}} stappen',
    members_one: '{{count}} lid',
    members_other: '{{count}} leden',
    headcount: '×{{count}}',
    headcountHint: '{{count}} mensen vervullen deze functie',
    hours: '{{hours}} u/wk',
    team: 'Team {{name}}',
    noTasks: 'Geen taken',
    moreTasks: '+{{count}}',
    moreTasksHint: 'nog {{count}} taken',
    taskHint: '{{name}} — {{kind}}, {{share}} % van de taak',
    taskHintControl: '{{name}} — {{kind}} ({{level}}), {{share}} % van de taak',
    routeStyle: 'Routelijn van deze familie',
  },
  connect: {
    needFamily:
      'Kies eerst een familie bij “Route voor”; twee werkplekken verbinden voegt daar dan een routestap aan toe.',
    notAllowed:
      'Een {{from}} kan niet verbonden worden met een {{to}}. Verbind werkplek → werkplek of familie → werkplek voor een route, functie → team voor lidmaatschap.',
  },
  a11y: {
    nodeHint:
      'Druk op Enter om te selecteren. Met één element geselecteerd wijzigt Enter of F2 de naam, verplaatsen de pijltjestoetsen het en verwijdert Delete het.',
    edgeHint: 'Druk op Enter om deze verbinding te selecteren.',
    moved: '{{direction}} verplaatst; nu op x {{x}}, y {{y}}.',
    direction: { up: 'Omhoog', down: 'Omlaag', left: 'Naar links', right: 'Naar rechts' },
    controls: 'Zoomknoppen',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fitView: 'Alles in beeld',
    interactive: 'Canvas vergrendelen of ontgrendelen',
    minimap: 'Overzichtskaart',
    handle: 'Verbindingspunt: sleep naar een ander element om te verbinden',
  },
};
