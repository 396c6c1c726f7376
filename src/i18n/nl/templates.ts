import type { Messages } from '../types';

/** De sjablonengalerij: nieuwe projecten vanuit voorbeeldorganisaties. */
export const templates: Messages['templates'] = {
  fromTemplate: 'Nieuw vanuit sjabloon',
  title: 'Nieuw project vanuit een sjabloon',
  intro:
    'Voorbeeldorganisaties, elk met een huidige situatie (as-is) en een ontwerp (to-be). Een sjabloon gebruiken voegt een kopie toe aan je projecten; pas die naar wens aan.',
  loading: 'Sjablonen laden…',
  empty: 'Deze versie van Latitude heeft geen sjablonen.',
  caseKind: 'Gebaseerd op: {{kind}}',
  asIs: 'As-is',
  toBe: 'To-be',
  picture: 'Indeling van “{{name}}”, as-is en to-be',
  use: 'Dit sjabloon gebruiken',
  creating: 'Bezig met aanmaken…',
  unreadable: 'Dit sjabloon kon niet worden gelezen: {{message}}',
  catalogueUnreadable: 'De lijst met sjablonen kon niet worden gelezen.',
  failed: 'Het project kon niet worden aangemaakt: {{message}}',
  close: 'Sluiten',
};
