import Dispatch

/// Runs `body` for 0..<count on all cores and returns the results in order.
public func parallelMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    if count == 0 { return [] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    // The elements are released before the memory goes (a deallocate alone
    // would leak everything they hold: LeakSanitizer found it in `make fuzz`).
    defer {
        results.deinitialize()
        results.deallocate()
    }
    let box = UncheckedSendable(results)
    withoutActuallyEscaping(body) { body in
        let work = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            box.value[i] = work.value(i)
        }
    }
    return results.map { $0! }
}

/// Carries a value into concurrently run code. Used only for values that the
/// concurrent code reads and never mutates (the site, the theme, contexts).
public struct UncheckedSendable<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}
