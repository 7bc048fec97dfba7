/// Axis ticks at round numbers: steps of 1, 2 or 5 times a power of ten.
///
/// Computed with exact multiples rather than logarithms, so the same data gives
/// the same ticks, to the last bit, on every machine.
public enum NiceTicks {
    /// A tick step: `mantissa × 10^exponent`, mantissa 1, 2 or 5.
    public struct Step: Sendable, Hashable {
        public var mantissa: Int
        public var exponent: Int

        /// The step as a double: 0 for steps below the smallest denormal, infinity above 1.8e308.
        public var value: Double { scaled(Double(mantissa)) }

        /// The `i`-th multiple of the step, rounded to the nearest representable number
        /// (so `3 × 0.1` is written `0.3`, not `0.30000000000000004`); infinite
        /// past the largest finite double.
        public func multiple(_ i: Int) -> Double {
            let (product, overflow) = i.multipliedReportingOverflow(by: mantissa)
            return scaled(overflow ? Double(i) * Double(mantissa) : Double(product))
        }

        /// `n × 10^exponent`. 10^309 and beyond are not finite doubles, so the
        /// steps of denormals (down to 5e-324) divide in two goes.
        private func scaled(_ n: Double) -> Double {
            if exponent >= 0 { return n * power(exponent) }
            return -exponent <= 300 ? n / power(-exponent) : n / power(300) / power(-exponent - 300)
        }

        /// Decimals needed to write every multiple exactly.
        public var decimals: Int { Swift.max(0, -exponent) }

        /// The steps in increasing order, from `10^lowest` upwards.
        static func ascending(from lowest: Int) -> some Sequence<Step> {
            (lowest...(lowest + 40)).lazy.flatMap { e in [1, 2, 5].map { Step(mantissa: $0, exponent: e) } }
        }
    }

    /// The most intervals either kind of axis is given, whatever it asks for.
    static let maxIntervals = 1000

    /// Ticks that cover `min…max`: the first is ≤ `min`, the last ≥ `max`, with
    /// the smallest step that needs at most `maxIntervals` intervals. With
    /// `includeZero` the ticks also reach zero (bar charts start at zero).
    /// Equal or non-finite bounds still give at least two ticks.
    ///
    /// Any finite bounds, denormals to ±1.8e308, give finite ticks: where the
    /// round tick beyond `max` (or `min`) would pass the largest finite double,
    /// the last (first) tick is that double, ±1.7976931348623157e308, instead.
    public static func covering(
        min lo: Double, max hi: Double, maxIntervals: Int = 5,
        includeZero: Bool = false
    ) -> (ticks: [Double], step: Step) {
        var lo = lo.isFinite ? lo : 0, hi = hi.isFinite ? hi : 0
        if lo > hi { swap(&lo, &hi) }
        if includeZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        if lo == hi {
            // One value: give it room on the side away from zero.
            if lo == 0 { hi = 1 } else if lo > 0 { lo = 0 } else { hi = 0 }
        }
        let intervals = Swift.min(Self.maxIntervals, Swift.max(1, maxIntervals))
        for step in Step.ascending(from: startExponent(span(lo, hi)) - 3) {
            let s = step.value
            guard s > 0, s.isFinite else { continue }
            var first = (lo / s).rounded(.down), last = (hi / s).rounded(.up)
            // A bound so much smaller than the step that the quotient underflows to ±0
            // (5e-324 beside 1e308) still needs a tick beyond it.
            if first == 0 && lo < 0 { first = -1 }
            if last == 0 && hi > 0 { last = 1 }
            guard first.magnitude < 1e15, last.magnitude < 1e15 else { continue }
            if Int(last) - Int(first) <= intervals {
                let ticks = (Int(first)...Int(last)).map { i -> Double in
                    let t = step.multiple(i)
                    return t.isFinite ? t : (t < 0 ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude)
                }
                return (ticks, step)
            }
        }
        return ([lo, hi], fallbackStep(lo, hi))
    }

    /// Ticks inside `min…max` (an x axis whose ends are the data's own), at most
    /// `maxCount` of them, with a step of at least `minStep` (1 for years).
    public static func within(
        min lo: Double, max hi: Double, maxCount: Int,
        minStep: Double = 0
    ) -> (ticks: [Double], step: Step) {
        guard lo.isFinite, hi.isFinite, hi >= lo else { return ([], Step(mantissa: 1, exponent: 0)) }
        if lo == hi { return ([lo], Step(mantissa: 1, exponent: 0)) }
        let count = Swift.min(Self.maxIntervals + 1, Swift.max(1, maxCount))
        for step in Step.ascending(from: startExponent(span(lo, hi)) - 3) where step.value >= minStep {
            let s = step.value
            guard s > 0, s.isFinite else { continue }
            var first = (lo / s).rounded(.up), last = (hi / s).rounded(.down)
            // As in `covering`: a quotient that underflows to ±0 is not a tick at zero.
            if first == 0 && lo > 0 { first = 1 }
            if last == 0 && hi < 0 { last = -1 }
            guard first.magnitude < 1e15, last.magnitude < 1e15 else { continue }
            if Int(last) - Int(first) + 1 <= count {
                // Inside finite bounds; the filter only guards a product rounded past 1.8e308.
                return (first > last ? [] : (Int(first)...Int(last)).map { step.multiple($0) }.filter(\.isFinite), step)
            }
        }
        return ([lo], fallbackStep(lo, hi))
    }

    /// The step that labels the data's own ends when no round step fits (one
    /// interval asked for data either side of zero): whole units, or for spans
    /// from 10^15 up or below 10^-5, which whole units would write with 17 digits
    /// or as 0, about two significant digits.
    static func fallbackStep(_ lo: Double, _ hi: Double) -> Step {
        let e = startExponent(span(lo, hi))
        return Step(mantissa: 1, exponent: e >= 15 || e <= -6 ? e - 1 : 0)
    }

    /// `hi - lo`, or half of it where that difference passes the largest finite
    /// double (data from -1e308 to 1e308): only its power of ten is needed.
    static func span(_ lo: Double, _ hi: Double) -> Double {
        let d = hi - lo
        return d.isFinite ? d : hi / 2 - lo / 2
    }

    /// The exponent of the largest power of ten not above `range`, found by
    /// multiplying rather than by `log10`, which may differ between platforms.
    static func startExponent(_ range: Double) -> Int {
        guard range > 0, range.isFinite else { return 0 }
        // The loops stop at 10^308 and 10^-300; a smaller range (down to a denormal's 5e-324)
        // is scaled up first. Only a lower bound is needed: callers search upwards from it.
        if range < 1e-299 { return startExponent(range * 1e300) - 300 }
        var e = 0
        while power(e + 1) <= range && e < 308 { e += 1 }
        while e > -300 && 1 / power(-e) > range { e -= 1 }
        return e
    }

    /// 10^e for e ≥ 0 (1 below that), by repeated multiplication by ten: the
    /// same bits on every machine. Infinite from 10^309 on.
    static func power(_ e: Int) -> Double {
        guard e > 0 else { return 1 }
        return e < powers.count ? powers[e] : .infinity
    }

    /// 10^0 through 10^340, each ten times the one before.
    private static let powers: [Double] = {
        var p = [1.0]
        while p.count <= 340 { p.append(p[p.count - 1] * 10) }
        return p
    }()
}
