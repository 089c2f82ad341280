import CoalitionModel

/// What `Update` does for the one-line prompts (dates, go to date): opening one, editing its text
/// (`LineEditing`, as the search does), and Enter, which applies it or says what is wrong.
enum PromptUpdate {
    static func open(_ kind: PromptKind, _ state: inout AppState) {
        let text = kind == .dates ? DateRangeSyntax.text(of: state.dateBounds) : ""
        state.overlay = .prompt(PromptState(kind, text: text))
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        guard case .prompt(var prompt)? = state.overlay else { return }
        switch action {
        case .cancel:
            state.overlay = nil
            return
        case .confirm:
            guard let problem = apply(prompt, &state) else {
                state.overlay = nil
                return
            }
            prompt.error = problem
        default:
            if LineEditing.apply(action, to: &prompt.text) { prompt.error = nil }
        }
        state.overlay = .prompt(prompt)
    }

    /// Applies what was typed; nil when done, else what is wrong with it.
    private static func apply(_ prompt: PromptState, _ state: inout AppState) -> String? {
        switch prompt.kind {
        case .dates:
            switch DateRangeSyntax.parse(prompt.text) {
            case .success(let bounds):
                state.setDateBounds(bounds)
                return nil
            case .failure(let problem):
                return problem.message
            }
        case .goToDate:
            return TimelineUpdate.goTo(prompt.text, &state)
        }
    }
}
