import Testing
import MierukaCore
@testable import MierukaYAML

/// Inputs the fuzzer found (Fuzz/, docs/fuzzing.md), kept so the bugs they
/// showed stay fixed. Each diagnostic must point at a line of the file that
/// an editor shows.
@Suite struct YAMLFuzzRegressionTests {
    /// fuzz-yaml: libyaml puts the end of a text with no final newline on a
    /// line after it, so an error there was on line 2 of a one-line file,
    /// where the renderer has no line to show.
    @Test func errorAtTheEndOfATextWithoutFinalNewlineIsOnTheLastLine() {
        #expect(
            problems("%YAML 1.2") == """
                content/x.yaml:1:10: error: the YAML cannot be read: did not find expected <document start>
                   1 | %YAML 1.2
                     |          ^
                """ + "\n")
    }

    /// fuzz-yaml: the apostrophe in `it's` was taken for an opening quote, so
    /// the unclosed '[' after it was not found (and the message fell back to
    /// libyaml's words at the end of the text).
    @Test func apostropheInsideAWordOpensNoQuote() {
        #expect(
            problems("title: DX\nit's: {a: [").hasPrefix(
                """
                content/x.yaml:2:11: error: a list that starts with '[' is not closed with ']'
                """))
    }

    /// Behind a fuzz-frontmatter finding: libyaml also ends lines at U+2028,
    /// U+2029 and U+0085, so every position after one was a line too far down.
    @Test func lineSeparatorInAValueDoesNotMoveLaterLines() {
        for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
            let out = problems("title: 'a\(separator)b'\nstatus: done\nstatus: x\n")
            #expect(
                out.hasPrefix(
                    "content/x.yaml:3:1: error: the key 'status' is written twice in the same group (first on line 2)\n"
                ),
                "\(separator.unicodeScalars.first!.value): \(out)")
        }
    }

    /// A control character is a reader error, which has no line and column of
    /// its own: the message pointed at the start of the file.
    @Test func controlCharacterIsPointedAt() {
        #expect(problems("title: a\nsummary: x\u{1}y\n").hasPrefix("content/x.yaml:2:11: error: "))
    }

    /// Positions after wide characters and in embedded YAML still count characters.
    @Test func endOfTextPositionCountsCharactersWithOffset() {
        #expect(problems("題名: [", lineOffset: 3).hasPrefix("content/x.yaml:4:5: error: a list that starts with '['"))
    }
}
