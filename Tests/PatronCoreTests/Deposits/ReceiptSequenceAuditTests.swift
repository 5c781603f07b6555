import PatronCore
import PropertyBased
import Testing

@Suite struct ReceiptSequenceAuditTests {
    @Test func aCompleteRunWithItsCounterIsClean() {
        let audit = ReceiptSequenceAudit(fiscalYear: 2569, sequences: [3, 1, 2], counter: 3)
        #expect(audit.isClean)
        #expect(audit.problems.isEmpty)
    }

    @Test func anEmptyYearWithoutACounterIsClean() {
        #expect(ReceiptSequenceAudit(fiscalYear: 2570, sequences: [], counter: nil).isClean)
    }

    @Test func gapsRepeatsAndAStrayCounterAreEachNamed() {
        let audit = ReceiptSequenceAudit(fiscalYear: 2569, sequences: [1, 2, 2, 5], counter: 7)
        #expect(audit.duplicates == [2])
        #expect(audit.missing == [3, 4, 6, 7])
        #expect(audit.counterMismatch == 7)
        #expect(audit.problems == [
            "fiscal year 2569: receipt numbers issued twice: 2",
            "fiscal year 2569: receipt numbers missing: 3, 4, 6, 7",
            "fiscal year 2569: the receipt counter stands at 7 but the highest receipt is 5",
        ])
    }

    @Test func aCounterBehindTheReceiptsIsNamed() {
        let audit = ReceiptSequenceAudit(fiscalYear: 2569, sequences: [1, 2, 3], counter: 2)
        #expect(audit.missing.isEmpty)
        #expect(audit.counterMismatch == 2)
    }

    @Test func longListsAreShortened() {
        let audit = ReceiptSequenceAudit(fiscalYear: 2569, sequences: [40], counter: 40)
        #expect(audit.problems == ["fiscal year 2569: receipt numbers missing: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (39 in all)"])
    }

    /// Removing any one receipt from a complete run is always found, as exactly that number (or, for
    /// the last one, as a counter ahead of the receipts).
    @Test func removingAnyReceiptIsFound() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...300), Gen.int(in: 0...299)) { count, pick in
            let removed = pick % count + 1
            let sequences = (1...count).filter { $0 != removed }.shuffled()
            let audit = ReceiptSequenceAudit(fiscalYear: 2569, sequences: sequences, counter: count)
            #expect(!audit.isClean)
            #expect(audit.missing == [removed])
            #expect(audit.duplicates.isEmpty)
            #expect((audit.counterMismatch != nil) == (removed == count))
        }
    }
}
