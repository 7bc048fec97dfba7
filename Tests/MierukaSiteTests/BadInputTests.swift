import Foundation
import Testing
import MierukaTestSupport

/// The corpus of bad input: each file in `BadInput/` is a small site written
/// as `-- path --` sections (site.yaml is added unless the case writes its
/// own), then a `-- expected --` section with the whole rendered diagnostic
/// output of `mieruka check`. A case passes when the output matches exactly
/// and the check fails (or, for `-- expected-warnings --`, succeeds).
struct BadInputCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    var testDescription: String { name }

    static let all: [BadInputCase] = {
        let dir = repoRoot + "/Tests/MierukaSiteTests/BadInput"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            BadInputCase(
                name: String(name.dropLast(4)),
                text: String(decoding: FileManager.default.contents(atPath: dir + "/" + name)!, as: UTF8.self))
        }
    }()

    /// (site sections, expected output, whether the check must fail)
    var parts: (String, String, Bool) {
        for (marker, fails) in [("-- expected --\n", true), ("-- expected-warnings --\n", false)] {
            if let r = text.range(of: marker) {
                return (String(text[..<r.lowerBound]), String(text[r.upperBound...]), fails)
            }
        }
        return (text, "<no expected section>", true)
    }
}

@Suite struct BadInputTests {
    @Test func corpusHasEnoughCases() {
        #expect(BadInputCase.all.count >= 60)
    }

    @Test(arguments: BadInputCase.all)
    func badInputGivesItsDiagnostic(_ c: BadInputCase) {
        let (site, expected, fails) = c.parts
        let ownSite = site.contains("-- content/site.yaml --")
        let f = Fixture(site, withSite: !ownSite)
        // Raw bytes (not UTF-8, BOM, CRLF) are written by escapes in the case: \xNN and \r.
        BadInputTests.applyByteEscapes(f)
        let report = f.check()
        #expect(f.diagnostics(report) == expected, "case \(c.name)")
        #expect(report.succeeded == !fails, "case \(c.name): exit status")
    }

    /// Tests/SchemaChecks/bad-input.txt says what a JSON Schema validator does
    /// with each case (scripts/check-schemas.sh runs it): every case is there
    /// once, a case whose check passes says `passes`, and every case the
    /// schemas cannot catch names one of the reasons written in the file.
    @Test func everyCaseSaysWhatTheSchemasDoWithIt() throws {
        let text = try String(contentsOfFile: repoRoot + "/Tests/SchemaChecks/bad-input.txt", encoding: .utf8)
        var reasons: Set<String> = [], listed: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let first = words.first else { continue }
            if first.hasPrefix("@") {
                reasons.insert(String(first.dropFirst()))
                #expect(words.count > 3, "the reason \(first) says why")
                continue
            }
            #expect(words.count == 2 && listed[first] == nil, "\(line)")
            listed[first] = words.last
        }
        for c in BadInputCase.all {
            let (_, _, fails) = c.parts
            guard let outcome = listed[c.name] else {
                Issue.record("\(c.name) is not in Tests/SchemaChecks/bad-input.txt"); continue
            }
            if !fails { #expect(outcome == "passes", "\(c.name) passes the check") }
            if outcome.hasPrefix("mieruka:") {
                #expect(reasons.contains(String(outcome.dropFirst("mieruka:".count))), "\(c.name): \(outcome)")
            }
            if fails {
                #expect(["schema", "yaml"].contains(outcome) || outcome.hasPrefix("mieruka:"), "\(c.name): \(outcome)")
            }
        }
        #expect(Set(listed.keys) == Set(BadInputCase.all.map(\.name)), "every listed case exists")
    }

    /// Files whose name ends in `.bytes` hold text with `\xNN` and `\r`
    /// escapes; they are decoded and written without the `.bytes` suffix.
    static func applyByteEscapes(_ f: Fixture) {
        let content = f.root + "/content"
        guard let e = FileManager.default.enumerator(atPath: content) else { return }
        for case let p as String in e where p.hasSuffix(".bytes") {
            let text = String(decoding: FileManager.default.contents(atPath: content + "/" + p)!, as: UTF8.self)
            var bytes: [UInt8] = []
            let u = Array(text.utf8)
            var j = 0
            while j < u.count {
                if u[j] == UInt8(ascii: "\\"), j + 1 < u.count {
                    if u[j + 1] == UInt8(ascii: "r") { bytes.append(13); j += 2; continue }
                    if u[j + 1] == UInt8(ascii: "x"), j + 3 < u.count,
                        let b = UInt8(String(decoding: u[(j + 2)...(j + 3)], as: UTF8.self), radix: 16)
                    {
                        bytes.append(b); j += 4; continue
                    }
                }
                bytes.append(u[j]); j += 1
            }
            try? FileManager.default.removeItem(atPath: content + "/" + p)
            f.writeBytes("content/" + String(p.dropLast(".bytes".count)), bytes)
        }
    }
}
