/** An error the user can act on: its message is Vietnamese and names the file; `cause` is shown only with --debug. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}
