import HazChemCore

extension LocalDate {
    /// The Excel serial number (1900 date system): 1 is 1900-01-01, 43466 is 2019-01-01.
    ///
    /// Excel counts the non-existent 1900-02-29, so days from 1900-03-01 on are one more than a plain count.
    package var excelSerial: Int {
        let days = daysSinceUnixEpoch + 25_569
        return days >= 61 ? days : days - 1
    }

    /// The day an Excel serial number stands for (its integer part; the phantom day 60 reads as 1900-03-01);
    /// nil before 1900-01-01 or after 9999-12-31.
    package init?(excelSerial serial: Double) {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        self.init(daysSinceUnixEpoch: (whole >= 61 ? whole : whole + 1) - 25_569)
    }
}
