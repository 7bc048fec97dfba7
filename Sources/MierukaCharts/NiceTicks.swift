/// Axis ticks at round numbers: steps of 1, 2 or 5 times a power of ten.
///
/// Computed with exact multiples rather than logarithms, so the same data gives
/// the same ticks, to the last bit, on every machine.
public enum NiceTicks {
    /// A tick step: `mantissa × 10^exponent`, mantissa 1, 2 or 5.
    public struct Step: Sendable, Hashable {
        public var mantissa: Int
        public var exponent: Int

        public var value: Double {
            exponent >= 0 ? Double(mantissa) * power(exponent) : Double(mantissa) / power(-exponent)
        }

        /// The `i`-th multiple of the step, rounded to the nearest representable number
        /// (so `3 × 0.1` is written `0.3`, not `0.30000000000000004`).
        public func multiple(_ i: Int) -> Double {
            exponent >= 0 ? Double(i * mantissa) * power(exponent) : Double(i * mantissa) / power(-exponent)
        }

        /// Decimals needed to write every multiple exactly.
        public var decimals: Int { Swift.max(0, -exponent) }

        /// The steps in increasing order, from `10^lowest` upwards.
        static func ascending(from lowest: Int) -> some Sequence<Step> {
            (lowest...(lowest + 40)).lazy.flatMap { e in [1, 2, 5].map { Step(mantissa: $0, exponent: e) } }
        }
    }

    /// Ticks that cover `min…max`: the first is ≤ `min`, the last ≥ `max`, with
    /// the smallest step that needs at most `maxIntervals` intervals. With
    /// `includeZero` the ticks also reach zero (bar charts start at zero).
    /// Equal or non-finite bounds still give at least two ticks.
    public static func covering(min lo: Double, max hi: Double, maxIntervals: Int = 5,
                                includeZero: Bool = false) -> (ticks: [Double], step: Step) {
        var lo = lo.isFinite ? lo : 0, hi = hi.isFinite ? hi : 0
        if lo > hi { swap(&lo, &hi) }
        if includeZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        if lo == hi {
            // One value: give it room on the side away from zero.
            if lo == 0 { hi = 1 } else if lo > 0 { lo = 0 } else { hi = 0 }
        }
        let intervals = Swift.max(1, maxIntervals)
        for step in Step.ascending(from: startExponent(hi - lo) - 3) {
            let s = step.value
            let first = (lo / s).rounded(.down), last = (hi / s).rounded(.up)
            guard first.magnitude < 1e15, last.magnitude < 1e15 else { continue }
            if Int(last) - Int(first) <= intervals {
                let ticks = (Int(first)...Int(last)).map { step.multiple($0) }
                return (ticks, step)
            }
        }
        return ([lo, hi], Step(mantissa: 1, exponent: 0))
    }

    /// Ticks inside `min…max` (an x axis whose ends are the data's own), at most
    /// `maxCount` of them, with a step of at least `minStep` (1 for years).
    public static func within(min lo: Double, max hi: Double, maxCount: Int,
                              minStep: Double = 0) -> (ticks: [Double], step: Step) {
        guard lo.isFinite, hi.isFinite, hi >= lo else { return ([], Step(mantissa: 1, exponent: 0)) }
        if lo == hi { return ([lo], Step(mantissa: 1, exponent: 0)) }
        let count = Swift.max(1, maxCount)
        for step in Step.ascending(from: startExponent(hi - lo) - 3) where step.value >= minStep {
            let s = step.value
            let first = (lo / s).rounded(.up), last = (hi / s).rounded(.down)
            guard first.magnitude < 1e15, last.magnitude < 1e15 else { continue }
            if Int(last) - Int(first) + 1 <= count {
                return (first > last ? [] : (Int(first)...Int(last)).map { step.multiple($0) }, step)
            }
        }
        return ([lo], Step(mantissa: 1, exponent: 0))
    }

    /// The exponent of the largest power of ten not above `range`, found by
    /// multiplying rather than by `log10`, which may differ between platforms.
    static func startExponent(_ range: Double) -> Int {
        guard range > 0, range.isFinite else { return 0 }
        var e = 0
        while power(e + 1) <= range && e < 300 { e += 1 }
        while e > -300 && 1 / power(-e) > range { e -= 1 }
        return e
    }

    static func power(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<Swift.max(0, e) { r *= 10 }
        return r
    }
}
