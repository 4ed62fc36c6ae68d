import Foundation

extension Schema {
    /// v5: the panel's overall opinion (专家组综合意见), required before submission, frozen once signed.
    static var v5Conclusion: String {
        """
        ALTER TABLE assessment ADD COLUMN conclusion TEXT;
        CREATE TRIGGER assessment_conclusion_signed_no_update BEFORE UPDATE OF conclusion ON assessment
        WHEN OLD.status IN \(frozen) AND NEW.conclusion IS NOT OLD.conclusion
        BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改已签署评估的专家组综合意见'); END;
        """
    }
}
