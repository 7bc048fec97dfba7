import MierukaCore
import MierukaYAML

extension ContentLoader {
    /// Loads the site as a build does, recording every key each reader asks
    /// for, where and how (`KeyRecorder`). `ContentSchemaTests` compares the
    /// result with `ContentSchema`'s tables.
    public static func recordKeys(contentDirectory: String, options: LoadOptions = LoadOptions()) -> (
        KeyRecorder, Diagnostics
    ) {
        let log = DiagnosticLog()
        let recorder = KeyRecorder()
        log.keyRecorder = recorder
        var loader = Loader(files: ContentFiles(root: contentDirectory, log: log), log: log, options: options)
        _ = loader.loadAll()
        return (recorder, log.diagnostics)
    }
}
