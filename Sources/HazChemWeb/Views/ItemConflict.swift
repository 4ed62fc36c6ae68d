import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// What is stored for an item whose edit was refused as a conflict (409), for the page to show beside the edit.
struct ItemConflict {
    var response: String
    var responseLabel: String
    var finding: String
    var expert: String?
    var version: String

    /// The JSON object (keys sorted).
    var json: String {
        var object = JSONObjectText()
        object.add("expert", expert)
        object.add("finding", finding)
        object.add("response", response)
        object.add("responseLabel", responseLabel)
        object.add("version", version)
        return object.closed
    }
}

extension ItemSaveResult {
    /// `该项已由李明于其他设备修改为“不符合”（问题：…）：您的修改未保存…`.
    static func conflictMessage(_ current: AssessmentResponse?, expert: String?) -> String {
        guard let current else {
            return "该项的答案已被撤销或不存在，您的修改基于旧的答案，未保存：请核对后重新填写"
        }
        let finding = current.finding.isEmpty ? "" : "（问题描述：\(current.finding)）"
        return "该项在您修改期间已被\(expert ?? "其他人")改为“\(current.response.label)”\(finding)，"
            + "您的修改未保存（避免覆盖较新的答案）：请核对当前答案，如仍需修改请重新填写"
    }

    /// The 409 answer to a conflicting edit.
    static func conflict(_ message: String, item: String, current: AssessmentResponse?, expert: String?) throws
        -> Response
    {
        var result = ItemSaveResult(ok: false, changed: false, item: item, message: message, messages: [message])
        result.conflict = true
        result.current = current.map {
            ItemConflict(
                response: $0.response.rawValue, responseLabel: $0.response.label, finding: $0.finding, expert: expert,
                version: $0.version)
        }
        return try result.encoded(status: .conflict)
    }
}
