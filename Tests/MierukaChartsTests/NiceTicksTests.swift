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
        #expect(
            NiceTicks.covering(min: 3400, max: 3900, maxIntervals: 5).ticks == [3400, 3500, 3600, 3700, 3800, 3900])
        #expect(
            NiceTicks.covering(min: 3410, max: 3890, maxIntervals: 5).ticks == [3400, 3500, 3600, 3700, 3800, 3900])
    }

    @Test func negativeValuesCrossZero() {
        #expect(
            NiceTicks.covering(min: -170, max: 165, maxIntervals: 5, includeZero: true).ticks == [
                -200, -100, 0, 100, 200,
            ])
        #expect(
            NiceTicks.covering(min: -120, max: -15, maxIntervals: 5, includeZero: true).ticks == [-150, -100, -50, 0])
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

    /// Denormals to ±1.8e308: finite ticks that cover the data, in a 1-2-5 step.
    @Test func ticksForTheWholeRangeOfDoubles() {
        let big = Double.greatestFiniteMagnitude
        // 10^308 is found by multiplying, so the middle ticks are a few units in the last place off.
        let wide = NiceTicks.covering(min: -big, max: big, maxIntervals: 5)
        #expect(wide.ticks.first == -big && wide.ticks.last == big && wide.ticks[2] == 0)
        #expect(wide.ticks.map { NumberFormat.grouped($0, multipleOf: 308) }[1...3] == ["-1e+308", "0", "1e+308"])
        #expect(wide.step == .init(mantissa: 1, exponent: 308))
        #expect(NiceTicks.covering(min: 0, max: big, maxIntervals: 5).ticks.last == big)
        let denormal = NiceTicks.covering(
            min: Double.leastNonzeroMagnitude, max: (2 * Double.leastNonzeroMagnitude), maxIntervals: 5,
            includeZero: true)
        #expect(denormal.ticks == [0, Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)])
        #expect(NiceTicks.covering(min: 2e-18, max: 3e-18, maxIntervals: 5).step == .init(mantissa: 2, exponent: -19))
        #expect(
            NiceTicks.within(min: Double.leastNonzeroMagnitude, max: (2 * Double.leastNonzeroMagnitude), maxCount: 5)
                .ticks == [Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)])
        #expect(
            NiceTicks.within(min: -big, max: big, maxCount: 3).ticks.map { NumberFormat.grouped($0, multipleOf: 308) }
                == ["-1e+308", "0", "1e+308"])
        #expect(NiceTicks.covering(min: -Double.leastNonzeroMagnitude, max: 1e308, maxIntervals: 5).ticks.first! < 0)
        #expect(NiceTicks.within(min: Double.leastNonzeroMagnitude, max: 1e308, maxCount: 5).ticks.first! > 0)
        var seed: UInt64 = 99
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed
        }
        for _ in 0..<3000 {
            let a = Double(bitPattern: next()), b = Double(bitPattern: next())
            guard a.isFinite, b.isFinite else { continue }
            let lo = min(a, b), hi = max(a, b)
            // Large powers of ten are a few units in the last place off: allow for that.
            let slack = max(lo.magnitude, hi.magnitude) * 1e-14
            let (ticks, _) = NiceTicks.covering(min: lo, max: hi, maxIntervals: 5)
            #expect(ticks.allSatisfy(\.isFinite) && ticks.count <= 6)
            #expect(ticks.first! <= lo + slack && ticks.last! >= hi - slack, "\(a) \(b): \(ticks)")
            let inside = NiceTicks.within(min: lo, max: hi, maxCount: 8).ticks
            #expect(
                inside.count <= 8 && inside.allSatisfy { $0.isFinite && $0 >= lo - slack && $0 <= hi + slack },
                "\(a) \(b): \(inside)")
        }
    }

    @Test func yearsInsideTheRange() {
        #expect(
            NiceTicks.within(min: 1955, max: 2040, maxCount: 5, minStep: 1).ticks == [1960, 1980, 2000, 2020, 2040])
        #expect(NiceTicks.within(min: 2019, max: 2021, maxCount: 10, minStep: 1).ticks == [2019, 2020, 2021])
        #expect(TimeTicks.years(from: 2020, to: 2020, maxCount: 5).map(\.label) == ["2020"])
    }

    @Test func monthTicksShowTheYearWhereItChanges() {
        let from = date("2020-07-01"), to = date("2021-06-01")
        #expect(
            TimeTicks.dates(from: from, to: to, maxCount: 12).map(\.label)
                == ["2020年7月", "8月", "9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月", "5月", "6月"])
        #expect(TimeTicks.dates(from: from, to: to, maxCount: 4).map(\.label) == ["2020年7月", "10月", "2021年1月", "4月"])
        #expect(
            TimeTicks.dates(from: date("2001-01-01"), to: date("2020-12-31"), maxCount: 5).map(\.label)
                == ["2005年", "2010年", "2015年", "2020年"])
        #expect(
            TimeTicks.dates(from: from, to: date("2020-07-20"), maxCount: 3).map(\.label)
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
