/** ISO time as the user reads it: date and minutes, in UTC like the history itself. */
export const shortTime = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
