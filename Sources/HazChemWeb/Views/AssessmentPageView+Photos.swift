import Foundation
import HazChemStore

extension AssessmentPageView {
    /// Puts each item's finding photos under it, with the upload form where the user may answer the item.
    mutating func attach(photos: [Photo], permissions: AssessmentPermissions) {
        var byItem: [String: [Photo]] = [:]
        for photo in photos where photo.stage == .finding {
            if let item = photo.itemID { byItem[item, default: []].append(photo) }
        }
        for s in sections.indices {
            for i in sections[s].items.indices {
                let item = sections[s].items[i]
                let strip = PhotoStripView(
                    assessmentID: id, target: .item(item.id), stage: .finding, photos: byItem[item.id] ?? [],
                    mayAdd: item.editable)
                sections[s].items[i].photos = strip.hasPhotos || strip.mayAdd ? [strip] : []
            }
        }
    }
}

extension HazardPageView {
    /// The hazard's photos by stage: the finding (from its checklist item), rectification and re-check; the
    /// latter two may be added by the panel's experts and the bureaus.
    mutating func attach(photos: [Photo], mayAdd: Bool) {
        photoStrips = PhotoStage.allCases.map { stage in
            PhotoStripView(
                assessmentID: assessmentID, target: .hazard(id), stage: stage,
                photos: photos.filter { $0.stage == stage }, mayAdd: mayAdd && stage != .finding)
        }
    }
}
