/** Codes the UI turns into a message (i18n key `commandError.<code>`). */
export type CommandErrorCode =
  | 'unknown-scenario'
  | 'unknown-entity'
  | 'invalid-field'
  | 'shares-not-100'
  | 'last-scenario'
  | 'wrong-kind'
  | 'team-in-other-unit'
  | 'duplicate-loop'
  | 'too-many-scenarios';

/** Thrown by a command that refuses its arguments; the draft is then discarded. */
export class CommandError extends Error {
  readonly code: CommandErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: CommandErrorCode, detail: string, params: Record<string, string | number> = {}) {
    super(detail);
    this.name = 'CommandError';
    this.code = code;
    this.params = params;
  }
}

export const isCommandError = (e: unknown): e is CommandError => e instanceof CommandError;
