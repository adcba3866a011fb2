/** The part of lunar-javascript the visit rules use (the package ships no types). */
declare module 'lunar-javascript' {
  export class Solar {
    toYmd(): string;
  }
  export class Lunar {
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
  }
}
