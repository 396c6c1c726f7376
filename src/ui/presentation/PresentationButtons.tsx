import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../lazyPart';
import { useMainView } from '../../app/mainView';
import { enterFullscreen } from './fullscreen';

/** The story editor and the presentation load on first use, not with the app. */
const StoryDialog = lazyPart(() => import('./StoryDialog'), 'StoryDialog');
const PresentationMode = lazyPart(() => import('./PresentationMode'), 'PresentationMode');

/** The top bar's "Story" and "Present" buttons, and what they open. */
export function PresentationButtons() {
  const { t } = useTranslation();
  const { setView } = useMainView();
  const [storyOpen, setStoryOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const present = () => {
    // Full screen must be asked for within the click; the presentation works without it.
    enterFullscreen();
    setStoryOpen(false);
    setView('canvas');
    setPresenting(true);
  };
  return (
    <div className="toolbar-group">
      <button
        type="button"
        aria-pressed={storyOpen}
        title={t('presentation.toolbar.storyHint')}
        data-testid="toolbar.story"
        onClick={() => setStoryOpen(!storyOpen)}
      >
        {t('presentation.toolbar.story')}
      </button>
      <button
        type="button"
        title={t('presentation.toolbar.presentHint')}
        data-testid="toolbar.present"
        onClick={present}
      >
        ▶ {t('presentation.toolbar.present')}
      </button>
      <Suspense fallback={null}>
        {storyOpen && <StoryDialog onClose={() => setStoryOpen(false)} onPresent={present} />}
        {presenting && <PresentationMode onExit={() => setPresenting(false)} />}
      </Suspense>
    </div>
  );
}
