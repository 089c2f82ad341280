@testable import CoalitionModel
import Testing

@Suite struct SideTaskTests {
    /// Small work is done in place, large work on another thread: either way the result is the work's.
    @Test(arguments: [0, SideTask<Int>.minimumBytes - 1, SideTask<Int>.minimumBytes, 1 << 30])
    func givesTheWorksResultWhateverItsSize(bytes: Int) {
        let task = SideTask(bytes: bytes) { (1...1000).reduce(0, +) }
        #expect(task.result == 500_500)
        #expect(task.result == 500_500)
    }
}
