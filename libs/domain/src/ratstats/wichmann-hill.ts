/**
 * Wichmann & Hill (1982), Algorithm AS 183, Applied Statistics 31:188–190: three small multiplicative
 * congruential generators summed mod 1. Written in the algorithm's overflow-free (Schrage) form, which
 * is also the form RAT-STATS uses, so every intermediate is an exact small integer in a double.
 */
export class WichmannHill {
  private x: number;
  private y: number;
  private z: number;

  constructor([x, y, z]: readonly [number, number, number]) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /** The next uniform in [0, 1). */
  next(): number {
    this.x = 171 * (this.x % 177) - 2 * Math.floor(this.x / 177);
    if (this.x <= 0) this.x += 30269;
    this.y = 172 * (this.y % 176) - 35 * Math.floor(this.y / 176);
    if (this.y <= 0) this.y += 30307;
    this.z = 170 * (this.z % 178) - 63 * Math.floor(this.z / 178);
    if (this.z <= 0) this.z += 30323;
    // Same order of additions as RAT-STATS: the last bits of the sum decide ties at item boundaries.
    const sum = this.x / 30269 + this.y / 30307 + this.z / 30323;
    return sum - Math.floor(sum);
  }
}
