import type { en } from './en';
import type { firstScreen } from './en/firstScreen';

/** Widens the English literal strings so the Dutch file must have the same keys. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;
export type FirstScreenMessages = Widen<typeof firstScreen>;
