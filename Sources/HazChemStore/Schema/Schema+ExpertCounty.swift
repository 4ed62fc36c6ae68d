import Foundation
import GRDB

extension Schema {
    /// v5-expert-county: an expert belongs to the county bureau that manages them (NULL: the prefecture's pool), and is
    /// marked when they are a regulator (安全监管人员) of the bureau rather than an outside expert.
    static let v5ExpertCounty = """
        ALTER TABLE expert ADD COLUMN county_code TEXT REFERENCES region(code);
        ALTER TABLE expert ADD COLUMN regulator INTEGER NOT NULL DEFAULT 0 CHECK (regulator IN (0, 1));
        CREATE INDEX expert_county ON expert(county_code);
        """
}
