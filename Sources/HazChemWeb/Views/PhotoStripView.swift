import Foundation
import HazChemStore

/// The photos of one item or hazard at one stage, as thumbnails linking to the full photo, with an upload form
/// (camera on a phone or tablet) when the user may add one. Rendered by the `photos` partial.
struct PhotoStripView {
    struct Thumb {
        var id: Int64
        var alt: String
    }

    /// `item:A01` or `hazard:12`: the upload's target field.
    var target: String
    /// The stage code.
    var stage: String
    /// 检查发现, 整改后, 复查.
    var stageLabel: String
    var photos: [Thumb]
    var hasPhotos: Bool
    var mayAdd: Bool
    /// The upload route.
    var action: String
    /// Shown when there is no photo and none may be added.
    var showEmpty: Bool

    init(assessmentID: Int64, target: PhotoTarget, stage: PhotoStage, photos: [Photo], mayAdd: Bool) {
        switch target {
        case .item(let id): self.target = "item:" + id
        case .hazard(let id): self.target = "hazard:\(id)"
        }
        self.stage = stage.rawValue
        stageLabel = stage.label
        self.photos = photos.map {
            Thumb(id: $0.id, alt: "\(target.label) \(stage.label)照片 #\($0.id)（\($0.takenBy)）")
        }
        hasPhotos = !photos.isEmpty
        self.mayAdd = mayAdd
        action = "/assessments/\(assessmentID)/photos"
        showEmpty = photos.isEmpty && !mayAdd
    }
}
