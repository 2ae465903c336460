// Customer counts are distinct within a day and summed over the days (metrics.md §5,
// 「多天数据按每天统计结果进行加和」).
export class DailyDistinct {
  private readonly days: Set<string>[]

  constructor(dayCount: number) {
    this.days = Array.from({ length: dayCount }, () => new Set<string>())
  }

  add(day: number, key: string): void {
    this.days[day]!.add(key)
  }

  count(day: number): number {
    return this.days[day]!.size
  }

  total(): number {
    return this.days.reduce((sum, set) => sum + set.size, 0)
  }
}
