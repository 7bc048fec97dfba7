import Testing
@testable import MierukaCore

@Suite struct LocalDateTests {
    @Test func parsesAndRejectsImpossibleDates() {
        #expect(LocalDate(iso: "2020-07-01")?.japanese == "2020年7月1日")
        #expect(LocalDate(iso: "2020-02-29") != nil)
        #expect(LocalDate(iso: "2021-02-29") == nil)
        #expect(LocalDate(iso: "2020-13-01") == nil)
        #expect(LocalDate(iso: "2020-7-1") == nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
    }

    @Test func epochDaysRoundTrip() {
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let d = LocalDate(daysSinceEpoch: days)
            #expect(d.daysSinceEpoch == days)
        }
        #expect(LocalDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(LocalDate(iso: "2020-07-01")!.daysSinceEpoch == 18444)
    }

    @Test func partialDates() {
        #expect(PartialDate(iso: "2019-06")?.japanese == "2019年6月")
        #expect(PartialDate(iso: "2019-06-12")?.japanese == "2019年6月12日")
        #expect(PartialDate(iso: "2019-13") == nil)
        #expect(PartialDate(iso: "2019-06")! < PartialDate(iso: "2019-06-01")!)
    }
}

@Suite struct NumberFormatTests {
    @Test func groupsThousands() {
        #expect(NumberFormat.grouped(3400) == "3,400")
        #expect(NumberFormat.grouped(-1234567) == "-1,234,567")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.grouped(1234.5) == "1,234.5")
        #expect(NumberFormat.grouped(0.125, maxFractionDigits: 2) == "0.13")
        #expect(NumberFormat.grouped(-0.001) == "0")
        #expect(NumberFormat.withUnit("3,400", unit: "人") == "3,400人")
        #expect(NumberFormat.withUnit("12", unit: "km") == "12 km")
        #expect(NumberFormat.plain(3400.0) == "3400")
        #expect(NumberFormat.plain(0.1) == "0.1")
    }

    /// Every finite double, denormals to ±1.8e308, gives a short text and never traps.
    @Test func extremeNumbersAreShortAndNeverTrap() {
        #expect(NumberFormat.grouped(.greatestFiniteMagnitude) == "1.8e+308")
        #expect(NumberFormat.grouped(-1e308) == "-1e+308")
        #expect(NumberFormat.grouped(-7.3851e241) == "-7.39e+241")
        #expect(NumberFormat.grouped(1e17) == "1e+17")
        #expect(NumberFormat.grouped(5e16) == "50,000,000,000,000,000")
        #expect(NumberFormat.grouped(Double.leastNonzeroMagnitude) == "0")
        #expect(NumberFormat.grouped(1.5e-18, maxFractionDigits: 19) == "1.5e-18")
        #expect(NumberFormat.grouped(4e-20, maxFractionDigits: 19) == "0")
        #expect(NumberFormat.grouped(6e-20, maxFractionDigits: 19) == "1e-19")
        #expect(NumberFormat.grouped(Double.leastNonzeroMagnitude, maxFractionDigits: 324) == "5e-324")
        #expect(NumberFormat.grouped(0.5000001, maxFractionDigits: 7) == "0.5000001")
        #expect(NumberFormat.grouped(0.5, maxFractionDigits: 30) == "0.5")
        #expect(NumberFormat.grouped(12.5, maxFractionDigits: -3) == "13")
        #expect(NumberFormat.grouped(4.999999999999999e307, multipleOf: 307) == "5e+307")
        #expect(NumberFormat.grouped(1.5e-18, multipleOf: -19) == "1.5e-18")
        #expect(NumberFormat.grouped(3400, multipleOf: 2) == "3,400")
        #expect(NumberFormat.grouped(0.3, multipleOf: -1) == "0.3")
        #expect(NumberFormat.scientific(9.96e20, lowestDigit: 19) == "1e+21")
        #expect(NumberFormat.scientific(-2.4567e-18, significantDigits: 3) == "-2.46e-18")
        #expect(NumberFormat.scientific(0, significantDigits: 3) == "0")
        var seed: UInt64 = 7
        for _ in 0..<5000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let x = Double(bitPattern: seed)
            guard x.isFinite else { continue }
            for digits in [0, 2, 7, 19, 400] {
                let text = NumberFormat.grouped(x, maxFractionDigits: digits)
                #expect(text.count <= 26, "\(x) with \(digits) decimals: \(text)")
            }
        }
    }
}

@Suite struct EscapeAndSlugTests {
    @Test func escapesMarkup() {
        #expect(
            Escape.html("<script>\"x\" & 'y'</script>")
                == "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(Escape.urlPath("/tags/行政/") == "/tags/%E8%A1%8C%E6%94%BF/")
    }

    @Test func textWithNothingToEscapeComesBackAsItIs() {
        for text in ["磐梯町のDX（デジタル変革）", "", "full-width ！＂＆＜", "tab\tand\nnewline\r"] {
            #expect(Escape.html(text) == text)
        }
        // Characters XML forbids are dropped, next to ones that share their first byte.
        #expect(Escape.html("a\u{1}b\u{FFFE}c\u{FFFF}d\u{FF01}\u{FFFD}") == "abcd\u{FF01}\u{FFFD}")
        #expect(Escape.html("東京 & 大阪") == "東京 &amp; 大阪")
    }

    @Test func tagSlugsKeepJapanese() {
        #expect(Slug.tag("行政のDX") == "行政のdx")
        #expect(Slug.tag("Open Data") == "open-data")
        #expect(Slug.tag("../etc") == "etc")
        #expect(Slug.tag("  ") == nil)
        // Separators, full-width letters and letters whose lower case is longer.
        #expect(Slug.tag("C++/Swift") == "c-swift")
        #expect(Slug.tag("tab\there") == "tab-here")
        #expect(Slug.tag("子育て\u{3000}支援") == "子育て-支援")
        #expect(Slug.tag("ＤＸ推進") == "ｄｘ推進")
        #expect(Slug.tag("İstanbul") == "i\u{307}stanbul")
        #expect(Slug.tag("Ωmega\u{85}ÉTÉ") == "ωmega-été")
    }

    @Test func ids() {
        #expect(Slug.isValid("seal-abolition"))
        #expect(!Slug.isValid("Seal"))
        #expect(!Slug.isValid("../x"))
        #expect(!Slug.isValid("-x"))
    }

    @Test func safePaths() {
        #expect(SafePath.relative("data/pop.csv") == "data/pop.csv")
        #expect(SafePath.relative("./a/../b.csv") == "b.csv")
        #expect(SafePath.relative("../secret") == nil)
        #expect(SafePath.relative("/etc/passwd") == nil)
        #expect(SafePath.relative("a/../../b") == nil)
    }

    @Test func suggestions() {
        #expect(Suggest.closest(to: "stauts", in: ["status", "title", "summary"]) == "status")
        #expect(Suggest.closest(to: "zzzzzz", in: ["status", "title"]) == nil)
        // The one policy: a near spelling first, else the one name that contains the word or is contained in it.
        #expect(Suggest.closest(to: "popu", in: ["year", "population"]) == "population")
        #expect(Suggest.closest(to: "yaer", in: ["year", "population"]) == "year")
        #expect(Suggest.closest(to: "コニカミノルタ", in: ["コニカミノルタ株式会社", "会津大学"]) == "コニカミノルタ株式会社")
        #expect(Suggest.closest(to: "pop", in: ["population", "popular"]) == nil)
        #expect(Suggest.closest(to: "x", in: ["xyz"]) == nil)
    }
}

@Suite struct DiagnosticRenderingTests {
    @Test func rendersLineAndCaretUnderJapaneseText() {
        var r = DiagnosticRenderer(readFile: { _ in "title: 磐梯町\nstauts: done\n" })
        let d = Diagnostic.error(
            "unknown key 'stauts'; did you mean 'status'?",
            at: SourceLocation(file: "content/initiatives/seal.yaml", line: 2, column: 1))
        #expect(
            r.render(d) == """
                content/initiatives/seal.yaml:2:1: error: unknown key 'stauts'; did you mean 'status'?
                   2 | stauts: done
                     | ^

                """)
        let wide = Diagnostic.warning("x", at: SourceLocation(file: "f", line: 1, column: 10), hint: "do y")
        // Column 10 is 町: seven narrow cells, then 磐 and 梯 at two cells each.
        #expect(r.render(wide) == "f:1:10: warning: x\n   1 | title: 磐梯町\n     |            ^\n  hint: do y\n")
    }

    @Test func githubAnnotationsEscape() {
        let d = Diagnostic.error("50% done\nnext", at: SourceLocation(file: "a,b.yaml", line: 3, column: 4))
        #expect(DiagnosticRenderer.githubAnnotation(d) == "::error file=a%2Cb.yaml,line=3,col=4::50%25 done%0Anext")
    }

    @Test func sortsByFileThenLine() {
        var bag = Diagnostics()
        bag.error("b", at: SourceLocation(file: "b", line: 1, column: 1))
        bag.error("a2", at: SourceLocation(file: "a", line: 2, column: 1))
        bag.warning("a1", at: SourceLocation(file: "a", line: 1, column: 5))
        bag.error("a2", at: SourceLocation(file: "a", line: 2, column: 1))
        #expect(bag.sorted.map(\.message) == ["a1", "a2", "b"])
        #expect(bag.errorCount == 3)
    }
}

@Suite struct JSONTests {
    @Test func deterministicAndScriptSafe() {
        let j = JSON.object([
            ("b", JSON.int(1)), ("a", .array([.double(3400), .double(0.5), .null])), ("s", .string("</script>\"\n")),
        ])
        #expect(
            j.serialized()
                == "{\n  \"b\": 1,\n  \"a\": [\n    3400,\n    0.5,\n    null\n  ],\n  \"s\": \"\\u003c/script\\u003e\\\"\\n\"\n}\n"
        )
        #expect(j.serialized(pretty: false) == "{\"b\":1,\"a\":[3400,0.5,null],\"s\":\"\\u003c/script\\u003e\\\"\\n\"}")
    }
}

@Suite struct ParallelMapTests {
    final class Counted: @unchecked Sendable {
        nonisolated(unsafe) static var alive = 0
        let value: Int
        init(_ value: Int) { self.value = value; Counted.alive += 1 }
        deinit { Counted.alive -= 1 }
    }

    /// Results come back in order, and nothing is kept once they are dropped
    /// (`make fuzz` found the buffer leaking every element).
    @Test func resultsInOrderAndReleased() {
        do {
            let out = parallelMap(1_000) { i in i * 2 }
            #expect(out == (0..<1_000).map { $0 * 2 })
        }
        let before = Counted.alive
        do {
            // Made here, on one thread; the parallel work only hands them on.
            let made = (0..<100).map { Counted($0) }
            let objects = UncheckedSendable(made)
            let out = parallelMap(100) { i in [objects.value[i]] }
            #expect(out.count == 100 && out[42][0].value == 42 && Counted.alive == before + 100)
        }
        #expect(Counted.alive == before)
    }
}
