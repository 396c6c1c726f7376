import type { Project } from '../../src/model/types';
import type { TemplateEntry } from '../../src/ui/templates/catalogue';

/** One example organisation: its catalogue entry and a function that builds the project. */
export interface TemplateDefinition extends TemplateEntry {
  build(): Project;
}
