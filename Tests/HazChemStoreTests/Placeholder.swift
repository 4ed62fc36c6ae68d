import Testing

@Test("HazChemStoreTests target builds") func targetBuilds() { #expect(Bool(true) == true) }
