import MierukaCore
import Testing
@testable import MierukaCharts

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

@Suite struct NiceTicksTests {
    @Test func coversPopulationFromZero() {
        let (ticks, step) = NiceTicks.covering(min: 2200, max: 7800, maxIntervals: 5, includeZero: true)
        #expect(ticks == [0, 2000, 4000, 6000, 8000])
        #expect(step == .init(mantissa: 2, exponent: 3))
    }

    @Test func coversDataWithoutZero() {
        #expect(NiceTicks.covering(min: 3400, max: 3900, maxIntervals: 5).ticks == [3400, 3500, 3600, 3700, 3800, 3900])
        #expect(NiceTicks.covering(min: 3410, max: 3890, maxIntervals: 5).ticks == [3400, 3500, 3600, 3700, 3800, 3900])
    }

    @Test func negativeValuesCrossZero() {
        #expect(NiceTicks.covering(min: -170, max: 165, maxIntervals: 5, includeZero: true).ticks == [-200, -100, 0, 100, 200])
        #expect(NiceTicks.covering(min: -120, max: -15, maxIntervals: 5, includeZero: true).ticks == [-150, -100, -50, 0])
    }

    @Test func decimalsAreExact() {
        let (ticks, step) = NiceTicks.covering(min: 0.12, max: 0.47, maxIntervals: 5)
        #expect(ticks == [0.1, 0.2, 0.3, 0.4, 0.5])
        #expect(step.decimals == 1)
    }

    @Test func equalValuesStillGiveAnAxis() {
        #expect(NiceTicks.covering(min: 3400, max: 3400, maxIntervals: 5).ticks == [0, 1000, 2000, 3000, 4000])
        #expect(NiceTicks.covering(min: 0, max: 0, maxIntervals: 5).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.covering(min: -5, max: -5, maxIntervals: 5).ticks == [-5, -4, -3, -2, -1, 0])
        #expect(NiceTicks.covering(min: .nan, max: .infinity, maxIntervals: 5).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    /// Whatever the data, ticks cover it, use a 1-2-5 step, stay within the
    /// interval budget and are evenly spaced.
    @Test func invariantsHoldAcrossRanges() {
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 11) / Double(1 << 53)
        }
        for _ in 0..<2000 {
            let scale = [0.01, 1, 100, 10_000, 1_000_000][Int(next() * 5)]
            let a = (next() - 0.3) * scale, b = (next() - 0.3) * scale
            let maxIntervals = 2 + Int(next() * 8)
            let (ticks, step) = NiceTicks.covering(min: min(a, b), max: max(a, b), maxIntervals: maxIntervals)
            #expect(ticks.first! <= min(a, b) && ticks.last! >= max(a, b))
            #expect(ticks.count - 1 <= maxIntervals)
            #expect([1, 2, 5].contains(step.mantissa))
            for (x, y) in zip(ticks, ticks.dropFirst()) {
                #expect(abs((y - x) - step.value) <= step.value * 1e-9)
            }
        }
    }

    @Test func yearsInsideTheRange() {
        #expect(NiceTicks.within(min: 1955, max: 2040, maxCount: 5, minStep: 1).ticks == [1960, 1980, 2000, 2020, 2040])
        #expect(NiceTicks.within(min: 2019, max: 2021, maxCount: 10, minStep: 1).ticks == [2019, 2020, 2021])
        #expect(TimeTicks.years(from: 2020, to: 2020, maxCount: 5).map(\.label) == ["2020"])
    }

    @Test func monthTicksShowTheYearWhereItChanges() {
        let from = date("2020-07-01"), to = date("2021-06-01")
        #expect(TimeTicks.dates(from: from, to: to, maxCount: 12).map(\.label)
                == ["2020年7月", "8月", "9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月", "5月", "6月"])
        #expect(TimeTicks.dates(from: from, to: to, maxCount: 4).map(\.label) == ["2020年7月", "10月", "2021年1月", "4月"])
        #expect(TimeTicks.dates(from: date("2001-01-01"), to: date("2020-12-31"), maxCount: 5).map(\.label)
                == ["2005年", "2010年", "2015年", "2020年"])
        #expect(TimeTicks.dates(from: from, to: date("2020-07-20"), maxCount: 3).map(\.label)
                == ["7月1日", "7月8日", "7月15日"])
    }

    @Test func coordinatesAreWrittenTheSameEverywhere() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(12.345) == "12.35")
        #expect(SVGNumber.format(0.05) == "0.05")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(-3.1) == "-3.1")
        #expect(SVGNumber.format(.nan) == "0")
    }
}
