// A Date whose "local" fields are its UTC fields, so date-fns month arithmetic (which works on
// local fields) runs in UTC whatever the host's time zone. A zone that skipped a day (Pacific/
// Kiritimati skipped 31 December 1994) would otherwise give wrong month ends. date-fns builds
// further dates through the `in` context function, so they are UTC dates too.

/** Internal: a Date with UTC semantics for the getters and setters date-fns' addMonths uses. */
export class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
    return this.setUTCHours(hours, min ?? this.getUTCMinutes(), sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
}

/** The date-fns `in` context: every date it constructs is a {@link UtcDate}. */
export const inUtc = (value: Date | number | string): UtcDate => new UtcDate(value instanceof Date ? value.getTime() : value);
