/** Which greeting fits the hour in the member's own time zone. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export function partOfDay(now: Date, timeZone: string): PartOfDay {
  let hour: number;
  try {
    hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  } catch {
    hour = now.getHours();
  }
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return 'evening';
}
