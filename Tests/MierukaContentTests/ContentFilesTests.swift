import Testing
import MierukaCore
import MierukaYAML
@testable import MierukaContent

/// Reading content files: a BOM and CRLF are accepted, bytes that are not
/// UTF-8 are shown where they are.
@Suite struct ContentFilesTests {
    @Test func bomAndCRLFAreAccepted() {
        let log = DiagnosticLog()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: 磐梯\r\nstatus: done\r\n".utf8)
        #expect(ContentFiles.decode(bytes, path: "f", log: log) == "title: 磐梯\nstatus: done\n")
        #expect(log.diagnostics.isEmpty)
    }

    @Test func notUTF8IsShownAtTheFirstBadCharacter() {
        let log = DiagnosticLog()
        // "title: 磐梯" then Shift_JIS bytes on line 2, after "owner: ".
        let bytes = Array("title: 磐梯\nowner: ".utf8) + [0x91, 0x8D, 0x96, 0xB1]
        #expect(ContentFiles.decode(bytes, path: "f", log: log) == nil)
        #expect(log.diagnostics.all.map(\.location) == [SourceLocation(file: "f", line: 2, column: 8)])
        #expect(
            log.diagnostics.all.first?.message
                == "the file is not saved as UTF-8 text: the first character that cannot be read is here")
    }
}

@Suite struct FileNameHintTests {
    @Test func suggestsAUsableName() {
        #expect(Loader.renameHint("About.md", example: "x.md") == "rename the file to 'about.md'")
        #expect(
            Loader.renameHint("Seal Abolition.yaml", example: "x.yaml") == "rename the file to 'seal-abolition.yaml'")
        #expect(Loader.renameHint("Konica Minolta", example: "x", file: false) == "change it to 'konica-minolta'")
        #expect(Loader.renameHint("v1.2", example: "x", file: false) == "change it to 'v1-2'")
    }

    @Test func japaneseNamesGetAnExample() {
        #expect(
            Loader.renameHint("推移", example: "trend", file: false)
                == "use only lowercase letters a–z, digits and hyphens, e.g. 'trend'")
    }

}
