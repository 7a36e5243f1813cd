import GRDB

/// Whether an article is stored already, asked on a connection of its own so that the
/// reading threads can skip extracting it while the writer holds the other. It sees what
/// is committed; the writer asks again under its lock before it stores anything.
struct StoredFingerprints: Sendable {
    private let reader: DatabaseQueue?

    /// A reader on `path`; without one (the file cannot be opened a second time), every
    /// article counts as new here and the writer's own check decides.
    init(path: String) {
        reader = ClaimsDatabase.sideConnection(path: path, label: "claimsdb-fingerprints", readonly: true,
                                               busyMode: .callback(BusyWait.callback))
    }

    /// The digests among `digests` that some stored article has.
    func stored(_ digests: [String]) -> Set<String> {
        guard let reader, !digests.isEmpty else { return [] }
        let found = try? reader.read { db in
            var found: Set<String> = []
            for digest in digests where try IngestPipeline.storedID(digest, in: db) != nil { found.insert(digest) }
            return found
        }
        return found ?? []
    }

    /// Closes the reader; later look-ups find nothing, and the writer's check decides.
    func close() {
        try? reader?.close()
    }
}
