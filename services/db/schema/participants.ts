// Tables of the participants domain (its own migration file).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ParticipantsTables {}
