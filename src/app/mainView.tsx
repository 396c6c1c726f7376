import { createContext, useContext } from 'react';

/** The views of the main area; the canvas is the default. */
export const MAIN_VIEWS = ['canvas', 'tasks', 'analysis', 'skills', 'compare'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export const MainViewContext = createContext<{ view: MainView; setView: (view: MainView) => void }>({
  view: 'canvas',
  setView: () => {},
});

/** Lets any panel switch the main view, e.g. a finding that shows its role on the canvas. */
export const useMainView = () => useContext(MainViewContext);
