import Foundation
import Mustache

// The grading sheet is rendered after every saved answer: field lookups by name instead of reflection.

extension ScorePanelView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "scored": scored
        case "total": total
        case "grade": grade
        case "scoreGrade": scoreGrade
        case "start": start
        case "deducted": deducted
        case "bonus": bonus
        case "directRed": directRed
        case "hasDirectRed": hasDirectRed
        case "projects": projects
        case "hasProjects": hasProjects
        case "problems": problems
        case "unconfirmed": unconfirmed.map { $0 as Any }
        case "stored": stored.map { $0 as Any }
        default: nil
        }
    }
}

extension ScorePanelView.Project: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "cap": cap
        case "beforeCap": beforeCap
        case "deducted": deducted
        case "bonus": bonus
        case "capReached": capReached
        case "lines": lines
        default: nil
        }
    }
}

extension ScorePanelView.Line: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "ruleID": ruleID
        case "text": text
        case "answer": answer
        case "amount": amount
        case "bonus": bonus
        case "supersededBy": supersededBy.map { $0 as Any }
        case "prefilled": prefilled
        default: nil
        }
    }
}

extension GradeBadge: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "css": css
        default: nil
        }
    }
}
