import CoalitionModel

/// What each list shows for a record, and the text search looks through.
enum RecordRows {
    static func count(_ pane: Pane, in dataset: Dataset) -> Int {
        dataset.count(of: pane.recordKind)
    }

    static func reference(_ pane: Pane, _ index: Int, in dataset: Dataset) -> RecordRef {
        switch pane {
        case .meetings: .meeting(dataset.meetings[index].id)
        case .resolutions: .resolution(dataset.resolutions[index].id)
        case .sessions: .session(dataset.sessions[index].id)
        case .members: .member(dataset.members[index].id)
        }
    }

    /// The text that `/` searches (the same as `coalition list --search`).
    static func searchText(_ pane: Pane, _ index: Int, in dataset: Dataset) -> String {
        dataset.searchText(of: pane.recordKind, at: index)
    }

    /// The search fields a row's columns show; a match only elsewhere is named beside the row.
    static func shownFields(_ pane: Pane) -> Set<SearchField.Name> {
        switch pane {
        case .meetings: [.title, .kind, .date, .place]
        case .resolutions: [.summary]
        case .sessions: [.title, .date, .place]
        case .members: [.name, .kind, .region]
        }
    }

    /// Where the record lies and what it concerns, for the region filter.
    static func places(_ pane: Pane, _ index: Int, in dataset: Dataset) -> [String] {
        dataset.places(of: pane.recordKind, at: index)
    }

    /// The row as text columns for a list of the given width.
    static func line(_ pane: Pane, _ index: Int, in dataset: Dataset, width: Int, glyphs: Glyphs) -> (text: String, accent: Color?) {
        switch pane {
        case .meetings:
            let meeting = dataset.meetings[index]
            let place = dataset.placeLabel(city: meeting.city, country: meeting.country, virtual: meeting.isVirtual)
            var text = "\(pad(meeting.date.description, 10)) \(pad(meeting.kind.shortLabel, 3)) \(meeting.title)"
            if width >= 60 { text += glyphs.separator + place }
            return (text, color(for: meeting.kind))
        case .resolutions:
            let resolution = dataset.resolutions[index]
            let date = resolution.parentID.flatMap { dataset.meeting(id: $0)?.date ?? dataset.session(id: $0)?.date }
            let order = resolution.order < 10 ? " \(resolution.order)" : "\(resolution.order)"
            return ("\(pad(date?.description ?? "", 10)) \(order) \(resolution.summary)", resolution.themes.first.map(color(for:)))
        case .sessions:
            let session = dataset.sessions[index]
            let place = dataset.placeLabel(city: session.city, country: session.country, virtual: session.virtual ?? false)
            return ("#\(session.number) \(pad(session.date.description, 10)) \(session.title)\(glyphs.separator)\(place)", .magenta)
        case .members:
            let member = dataset.members[index]
            let kind = member.kind == .state ? "state" : "org."
            let nameWidth = max(12, min(32, width / 3))
            var text = "\(pad(TextWidth.truncate(member.name, to: nameWidth, ellipsis: glyphs.ellipsis), nameWidth)) \(pad(kind, 5))"
            text += " \(pad(TextWidth.truncate(dataset.regionLabel(of: member), to: 18, ellipsis: glyphs.ellipsis), 18))"
            text += " " + (member.joined?.readable ?? "date unknown")
            return (text, member.kind == .organisation ? .cyan : nil)
        }
    }

    /// A meeting's colour is its timeline lane's, so a kind looks the same in the lists and on the timeline.
    static func color(for kind: MeetingKind) -> Color {
        TimelineLane.lane(for: kind).color
    }

    static func color(for theme: Theme) -> Color {
        switch theme {
        case .africa: .magenta
        case .iraqSyria, .militaryPartnerForces: .yellow
        case .prevention, .counterNarratives, .coordination: .cyan
        case .stabilization, .resourcesFunding, .humanitarian, .protectionOfCivilians: .green
        case .terroristFinancing, .foreignTerroristFighters, .afghanistanIsisK: .red
        case .membership: .blue
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }
}
