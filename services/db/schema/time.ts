// Tables of the time domain (its own migration file).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TimeTables {}
