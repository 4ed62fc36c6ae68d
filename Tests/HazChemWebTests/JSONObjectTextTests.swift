import Foundation
import HazChemStore
import Testing

@testable import HazChemWeb

@Suite("The save answer's JSON, written by hand")
struct JSONObjectTextTests {
    @Test(
        "a quoted string reads back as itself",
        arguments: [
            "", "已保存", "<div class=\"score\">74.4</div>", "back\\slash", "line\nbreak\r\ttab", "\u{1}\u{1f}", "nul\u{0}inside",
            "a/b</script>", "混合 \"引号\" 与 \\ 反斜杠\n", "😀 emoji",
        ])
    func quotedRoundTrip(text: String) throws {
        let quoted = JSONText.quoted(text)
        let decoded = try JSONDecoder().decode(String.self, from: Data(quoted.utf8))
        #expect(decoded == text)
    }

    @Test("a save answer is valid JSON with its fields, nil fields left out")
    func saveAnswerFields() throws {
        var result = ItemSaveResult(
            ok: true, changed: true, item: "A01", expert: "王建国", message: "已保存", messages: ["一", "二\"引\""],
            section: "A", sectionProgress: "已查 15/15", sectionAnswered: 15, totals: nil,
            scoreHTMLJSON: JSONText.quoted("<p class=\"x\">74.4</p>"))
        result.version = "v1"
        result.conflict = true
        result.current = ItemConflict(
            response: "nonConforming", responseLabel: "不符合", finding: "无证\n上岗", expert: nil, version: "v0")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.json.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == true)
        #expect(object["changed"] as? Bool == true)
        #expect(object["item"] as? String == "A01")
        #expect(object["messages"] as? [String] == ["一", "二\"引\""])
        #expect(object["sectionAnswered"] as? Int == 15)
        #expect(object["scoreHTML"] as? String == "<p class=\"x\">74.4</p>")
        #expect(object["totals"] == nil)
        #expect(object["version"] as? String == "v1")
        let current = try #require(object["current"] as? [String: Any])
        #expect(current["finding"] as? String == "无证\n上岗")
        #expect(current["expert"] == nil)
        // Keys in alphabetical order, as JSONEncoder's .sortedKeys wrote them (checked without the nested object).
        var flat = result
        flat.current = nil
        let keys = object.keys.filter { $0 != "current" }.sorted()
        let positions = keys.compactMap { flat.json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }
}
