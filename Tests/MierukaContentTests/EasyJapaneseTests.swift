import Testing
@testable import MierukaContent

@Suite struct EasyJapaneseTests {
    func kinds(_ text: String, endings: Bool = true) -> [EasyJapanese.Finding.Kind] {
        EasyJapanese.check(text, checkEndings: endings).map(\.kind)
    }

    @Test func easySentencesPass() {
        #expect(kinds("{町|まち}の{仕事|しごと}を{見|み}せます。これは{本|ほん}です！ {来|き}てください。") == [])
        #expect(kinds("{明日|あした}も{来|き}ますか？") == [])
        #expect(kinds("そうですね。いっしょに{行|い}きましょう。「はい」と{言|い}いました。") == [])
    }

    @Test func longSentencesAreFoundWithoutCountingReadings() {
        let long = String(repeating: "あ", count: 34) + "です。"
        #expect(kinds(long) == [.tooLong(36)])
        // The readings do not count: 35 characters of text (3 + 30 + 2).
        let ruby = String(repeating: "{字|じじじじじじじじ}", count: 3) + String(repeating: "あ", count: 30) + "です。"
        #expect(kinds(ruby) == [])
    }

    @Test func kanjiWithoutFuriganaAreCounted() {
        #expect(kinds("市役所に{行|い}きます。") == [])
        #expect(kinds("市役所窓口に{行|い}きます。") == [.kanjiWithoutFurigana("市役所窓口")])
        #expect(kinds("{市役所窓口|しやくしょまどぐち}に{行|い}きます。") == [])
    }

    @Test func plainStyleEndingsAreFound() {
        #expect(kinds("{町|まち}の{仕事|しごと}を{見|み}せる。") == [.notPolite])
        #expect(kinds("{町|まち}の{仕事|しごと}") == [.notPolite])
        #expect(kinds("{町|まち}の{仕事|しごと}", endings: false) == [])
        #expect(kinds("See https://example.jp") == [])
    }

    @Test func sentencesKeepTheirOffsetsAndSoftBreaks() {
        let found = EasyJapanese.check("これです。\nそれは{本|ほん}だ。")
        #expect(found.count == 1)
        #expect(found.first?.sentence == "それは本だ。")
        #expect(found.first?.written == "それは{本|ほん}だ。")
        #expect(found.first?.offset == 6)
    }
}
