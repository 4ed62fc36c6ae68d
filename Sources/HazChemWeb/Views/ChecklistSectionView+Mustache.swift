import Foundation
import Mustache

// The checklist has some 170 items of some 20 fields each: field lookups by name instead of reflection.

extension ChecklistSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "specialty": specialty
        case "answered": answered
        case "total": total
        case "nonConforming": nonConforming
        case "progress": progress
        case "complete": complete
        case "open": open
        case "editable": editable
        case "refusal": refusal.map { $0 as Any }
        case "items": items
        default: nil
        }
    }
}

extension ChecklistSectionView.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "requirement": requirement
        case "basis": basis
        case "links": links.map { $0 as Any }
        case "editable": editable
        case "choices": choices
        case "response": response
        case "responseCss": responseCss
        case "finding": finding
        case "location": location
        case "markedMajor": markedMajor
        case "nonConforming": nonConforming
        case "measure": measure
        case "deadline": deadline
        case "responsible": responsible
        case "expert": expert.map { $0 as Any }
        case "detailText": detailText.map { $0 as Any }
        case "errors": errors
        case "hasErrors": hasErrors
        case "saved": saved
        case "photos": photos
        case "version": version
        default: nil
        }
    }
}

extension Choice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}
