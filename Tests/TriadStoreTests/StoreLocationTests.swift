import Testing
import TriadStore

@Suite("Where the record is")
struct StoreLocationTests {
    @Test("a connection URI names a server, in either scheme and any case; anything else a file")
    func location() {
        #expect(StoreLocation("postgresql://u@h/db") == .server(uri: "postgresql://u@h/db"))
        #expect(StoreLocation("POSTGRES://h/db") == .server(uri: "POSTGRES://h/db"))
        #expect(StoreLocation("postgresql:db.sqlite") == .file(path: "postgresql:db.sqlite"))
        #expect(StoreLocation("./postgres/triad.sqlite") == .file(path: "./postgres/triad.sqlite"))
        #expect(StoreLocation("~/triad.sqlite") == .file(path: "~/triad.sqlite"))
    }

    @Test(
        "a password in a URI, in the user part or a parameter, never shows",
        arguments: [
            ("postgresql://alice:s3cret@db.example.org:5432/triad", "postgresql://alice:***@db.example.org:5432/triad"),
            ("postgresql://alice:p@ss:w0rd@host/triad", "postgresql://alice:***@host/triad"),
            (
                "postgresql://alice@host/triad?password=s3cret&sslmode=require",
                "postgresql://alice@host/triad?password=***&sslmode=require"
            ),
            ("postgres://host/triad?PassWord=s3cret", "postgres://host/triad?PassWord=***"),
            ("postgresql://alice@/triad?host=/run/postgresql", "postgresql://alice@/triad?host=/run/postgresql"),
            ("postgresql://", "postgresql://"),
        ])
    func redacted(uri: String, shown: String) {
        #expect(ConnectionURI.redacted(uri) == shown)
        #expect(StoreLocation(uri).description == shown)
    }
}
