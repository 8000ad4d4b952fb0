import DyadStore
import Testing

@Suite("Content hash")
struct ContentHashTests {
    @Test("SHA-256 of known vectors (FIPS 180-4 examples)")
    func vectors() {
        // The normalised form of these strings is the string itself.
        #expect(ContentHash.of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ContentHash.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            ContentHash.of(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("layout, quotes, case and Unicode composition do not change the hash")
    func normalisation() {
        let plain = ContentHash.of("Lavrov said: \"It's over.\" Café talks ended.")
        #expect(ContentHash.of("  LAVROV said:\n\n\u{201C}It\u{2019}s over.\u{201D}\tCafe\u{301} talks ended.\n") == plain)
        #expect(ContentHash.of("\u{FEFF}Lavrov said: \u{AB}It's over.\u{BB} Café\u{A0}talks ended.") == plain)
        #expect(ContentHash.of("Lavrov said: \"It's over.\" Café talks ended!") != plain)
        #expect(ContentHash.of("Lavrov said: \"It's over.\" Cafétalks ended.") != plain)
        #expect(String(decoding: ContentHash.normalise(" A\u{2018}b\u{2019}  C "), as: UTF8.self) == "a'b' c")
    }
}
