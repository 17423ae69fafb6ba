// Expected failures of domain functions. Actions turn them into returned form state (or a 404);
// anything else is unexpected and reaches error.tsx.

/** The target does not exist, or the actor may not know it exists: both look the same. */
export class NotFoundError extends Error {
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A rule of the domain refused the request; `message` comes from `fr.messages` and is shown to the user. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
