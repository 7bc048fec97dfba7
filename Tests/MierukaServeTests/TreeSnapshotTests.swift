import Foundation
import Testing
@testable import MierukaServe
import MierukaTestSupport

/// What `serve` polls: links to folders are not followed (the build refuses
/// them), links to files are.
@Suite struct TreeSnapshotTests {
    @Test func loopsOfFolderLinksAreNotFollowed() throws {
        let f = Fixture("-- content/static/a.txt --\nA\n", withSite: false)
        let dir = f.root + "/content/static"
        // `ln -s . loop` and `ln -s .. up`, each through 19 hidden links, so
        // a walk that follows them is stopped by the kernel after two levels
        // instead of running for hours (the test ends quickly either way).
        for (name, target) in [("loop", "."), ("up", "..")] {
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: ".\(name)1")
            for i in 1..<19 {
                try FileManager.default.createSymbolicLink(
                    atPath: dir + "/.\(name)\(i)", withDestinationPath: ".\(name)\(i + 1)")
            }
            try FileManager.default.createSymbolicLink(atPath: dir + "/.\(name)19", withDestinationPath: target)
        }
        let snapshot = TreeSnapshot([f.root + "/content"])
        #expect(snapshot.files.keys.sorted() == ["a.txt", "loop", "up"].map { dir + "/" + $0 })
    }

    @Test func aLinkedFileIsFollowed() throws {
        let f = Fixture("-- content/shared/logo.txt --\nA\n", withSite: false)
        try FileManager.default.createDirectory(atPath: f.root + "/content/static", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: f.root + "/content/static/logo.txt", withDestinationPath: "../shared/logo.txt")
        let before = TreeSnapshot([f.root + "/content/static"])
        f.write("-- content/shared/logo.txt --\nBB\n")
        let after = TreeSnapshot([f.root + "/content/static"])
        #expect(after.changes(since: before) == [f.root + "/content/static/logo.txt"])
    }
}
