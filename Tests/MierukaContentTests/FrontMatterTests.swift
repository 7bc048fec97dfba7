import Testing
@testable import MierukaContent

/// The split keeps line numbers: YAML lines count from line 2, body lines
/// from the line after the closing fence.
@Suite struct FrontMatterTests {
    func split(_ text: String) -> FrontMatter? { try? FrontMatter.split(text).get() }

    @Test func splitsYAMLAndBody() throws {
        let fm = try #require(split("---\ntitle: 題\ntags: [a]\n---\n本文\n二行目\n"))
        #expect(fm.yaml == "title: 題\ntags: [a]\n")
        #expect(fm.yamlLineOffset == 1)
        #expect(fm.body == "本文\n二行目\n")
        #expect(fm.bodyLineOffset == 4)
    }

    @Test func fencesMayHaveTrailingSpacesAndCloseWithDots() throws {
        let fm = try #require(split("--- \t\ntitle: x\n...  \nbody"))
        #expect(fm.yaml == "title: x\n")
        #expect(fm.body == "body")
        #expect(fm.bodyLineOffset == 3)
    }

    @Test func emptyFrontMatterAndNoBody() throws {
        let fm = try #require(split("---\n---"))
        #expect(fm.yaml == "\n")
        #expect(fm.body == "")
        #expect(fm.bodyLineOffset == 2)
    }

    @Test func noFenceMeansNoFrontMatter() throws {
        let fm = try #require(split("----\ntitle: x\n---\n"))
        #expect(fm.yaml == nil)
        #expect(fm.body == "----\ntitle: x\n---\n")
        #expect(split(" ---\nx\n---\n")?.yaml == nil, "a fence starts the line")
    }

    @Test func unclosedFrontMatter() {
        #expect(FrontMatter.split("---\ntitle: x\n") == .failure(.neverClosed))
        #expect(FrontMatter.split("---") == .failure(.neverClosed))
        #expect(FrontMatter.split("---\ntitle: x\n----\n") == .failure(.neverClosed), "four dashes do not close it")
    }
}
