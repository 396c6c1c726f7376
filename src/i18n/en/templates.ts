/** The template gallery: new projects from example organisations. */
export const templates = {
  fromTemplate: 'New from template',
  title: 'New project from a template',
  intro:
    'Example organisations, each with an as-is and a to-be scenario. Using one adds a copy to your projects; change it as you like.',
  loading: 'Loading templates…',
  empty: 'No templates are available in this version of Latitude.',
  caseKind: 'Modelled on: {{kind}}',
  asIs: 'As-is',
  toBe: 'To-be',
  picture: 'Layout of “{{name}}”, as-is and to-be',
  use: 'Use this template',
  creating: 'Creating…',
  unreadable: 'This template could not be read: {{message}}',
  catalogueUnreadable: 'The list of templates could not be read.',
  failed: 'The project could not be created: {{message}}',
  close: 'Close',
} as const;
