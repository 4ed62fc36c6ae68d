import HazChemCore
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    @Test(
        "FIPS 180-4 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test("UTF-8 text, and updates in pieces equal one update")
    func pieces() {
        #expect(SHA256.hex("危险化学品") == "fb8320bc997be3f56eb31a08ed636a0d5234d0d337418d14c67a195e4b8fa907")
        let bytes = Array(String(repeating: "兴安盟危化品", count: 50).utf8)
        var whole = SHA256()
        whole.update(bytes)
        var split = SHA256()
        for chunk in stride(from: 0, to: bytes.count, by: 37) {
            split.update(Array(bytes[chunk..<min(chunk + 37, bytes.count)]))
        }
        #expect(whole.finalize() == split.finalize())
    }
}
