import HazChemCore
import HazChemTestSupport
import Testing

@Suite("Image probe: format and size from the content")
struct ImageProbeTests {
    @Test("PNG and JPEG sizes are read from their headers")
    func sizes() {
        #expect(ImageProbe(TestImages.png(width: 33, height: 7)) == ImageProbe(format: .png, width: 33, height: 7))
        #expect(
            ImageProbe(TestImages.jpeg(width: 2048, height: 1365))
                == ImageProbe(format: .jpeg, width: 2048, height: 1365))
    }

    @Test(
        "other content is not a photo",
        arguments: [[], Array("GIF89a".utf8), [0xFF, 0xD8, 0xFF, 0xDA, 0, 2], Array("<svg></svg>".utf8)])
    func refused(bytes: [UInt8]) {
        #expect(ImageProbe(bytes) == nil)
    }
}
