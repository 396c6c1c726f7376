import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import { entityNamer, type MessageContext, type Translate } from './messageText';

/** What messageText needs, for the open scenario and the current language. */
export function useMessageContext(): MessageContext {
  const { t, i18n } = useTranslation();
  const scenario = useScenario();
  const language = i18n.language;
  const translate = useMemo<Translate>(() => (key, options) => String(t(key, options as never)), [t]);
  const nameOf = useMemo(() => entityNamer(scenario, translate), [scenario, translate]);
  return useMemo(() => ({ t: translate, language, nameOf }), [translate, language, nameOf]);
}
