import CoalitionUI
import Testing

@Suite("Rendered screens match their goldens")
struct ScreenGoldenTests {
    @Test(arguments: ScreenScenario.goldens)
    func screenMatchesGolden(_ scenario: ScreenScenario) throws {
        try Golden.check(Renderer.render(scenario.state), named: scenario.name)
    }
}
