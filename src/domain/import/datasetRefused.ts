/** A file refused whole (data-format.md): nothing of it is imported, nothing stored changes. */
export class DatasetRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatasetRefused'
  }
}
