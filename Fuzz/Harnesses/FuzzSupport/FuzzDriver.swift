import CFuzzer
import Foundation

/// Starts libFuzzer from a harness's `@main`.
///
/// SwiftPM links every executable with `main` renamed to the module's entry
/// point (`--defsym main=fuzz_yaml_main`), so libFuzzer's own `main` is never
/// used and a harness without an entry point does not link. Each harness
/// therefore has a `@main` that calls this, which hands the command line to
/// libFuzzer's `LLVMFuzzerRunDriver`.
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(_ callback: Callback) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, callback)
        exit(status)
    }
}
