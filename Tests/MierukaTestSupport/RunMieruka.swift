import Foundation

/// The real binary: MIERUKA_BIN when set, else the package's debug build.
public let mierukaBinary: String =
    ProcessInfo.processInfo.environment["MIERUKA_BIN"] ?? repoRoot + "/.build/debug/mieruka"

/// Runs the real `mieruka` binary.
public func runMieruka(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> (
    status: Int32, stdout: String, stderr: String
) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: mierukaBinary)
    p.arguments = arguments
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GITHUB_ACTIONS")
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Read both pipes at once: a binary that fills the stderr pipe while the
    // test waits on stdout would otherwise never finish.
    nonisolated(unsafe) var e = Data()
    let errDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        e = err.fileHandleForReading.readDataToEndOfFile()
        errDone.signal()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    errDone.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}
