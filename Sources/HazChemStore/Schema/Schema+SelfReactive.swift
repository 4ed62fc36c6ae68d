import Foundation

extension Schema {
    /// v4: the enterprise flag for units of self-reactive chemicals (涉及自身反应性化学品装置, assessed by the
    /// provincial regulator); existing enterprises get 否.
    static let v4SelfReactive = """
        ALTER TABLE enterprise ADD COLUMN self_reactive_units INTEGER NOT NULL DEFAULT 0
            CHECK (self_reactive_units IN (0, 1));
        """
}
