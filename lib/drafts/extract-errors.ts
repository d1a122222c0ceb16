/** A file the workbench cannot read, with the sentence the person sees. Nothing is saved when it is thrown. */
export class DraftFileError extends Error {
  constructor(
    message: string,
    readonly reason: "empty" | "too-large" | "corrupt" | "encrypted" | "unsupported" | "no-text" | "too-long",
  ) {
    super(message);
    this.name = "DraftFileError";
  }
}
